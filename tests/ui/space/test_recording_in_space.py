"""Recording in the young person's space, from a real (PulseAudio) microphone: a
kept recording becomes an item and its crash-safety segments go; leaving in the
middle keeps what was said; a recording cut short by a crash is offered back."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import av
import pytest
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from tests import media_samples
from tests.recording.conftest import Pulse
from tests.recording.video_source import make_video
from tests.ui.record.take import record_for, seconds_on, stop_and_listen
from voiceapp.core.recording import SegmentStore
from voiceapp.core.recording.opus import duration_of
from voiceapp.core.vault import Vault
from voiceapp.ui.record import RecoveryOffer, VideoPage, VoicePage, states
from voiceapp.ui.space.recording import CAMERA_VARIABLE, ListenPage
from voiceapp.ui.space.space import YoungSpace

from .conftest import WAIT, add_case, click


def open_voice(qtbot: QtBot, space: YoungSpace) -> VoicePage:
    qtbot.waitUntil(lambda: space.segments is not None, timeout=WAIT)
    click(qtbot, space.menu.buttons["voice"])
    page = space.page
    assert isinstance(page, VoicePage)
    qtbot.waitUntil(lambda: page.state == states.READY, timeout=WAIT)
    return page


def test_a_kept_recording_is_an_item_and_its_segments_go(
    qtbot: QtBot, mic: Pulse, make_space: Callable[..., YoungSpace], vault: Vault
) -> None:
    """Record two seconds, stop, keep: the vault holds an audio item with exactly the
    recording's bytes and length, the crash-safety segments are removed, and My
    things opens it to listen again, from memory."""
    space = make_space()
    page = open_voice(qtbot, space)
    record_for(qtbot, page, 2)
    recording = stop_and_listen(qtbot, page)
    with qtbot.waitSignal(space.things_shown, timeout=WAIT):
        click(qtbot, page.keep_button)
    [item] = vault.items(space.case.id)
    assert item.kind == "audio" and item.title == "My voice recording"
    assert vault.read_item(space.case.id, item.id)[1] == recording.data
    assert item.duration_s == pytest.approx(recording.duration_s, abs=0.01)
    assert 1.9 <= duration_of(recording.data) <= 3.5
    store = SegmentStore.for_case(vault, space.case.id)
    qtbot.waitUntil(lambda: store.recoverable() == [], timeout=WAIT)
    card = space.things.card_for(item.id)
    assert card is not None
    click(qtbot, card.open)
    qtbot.waitUntil(lambda: isinstance(space.page, ListenPage), timeout=WAIT)
    listen = space.page
    assert isinstance(listen, ListenPage)
    qtbot.waitUntil(
        lambda: listen.player.player.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia,
        timeout=WAIT,
    )
    assert listen.player.player.duration() == pytest.approx(recording.duration_s * 1000, abs=150)


def test_going_home_in_the_middle_keeps_what_was_said(
    qtbot: QtBot, mic: Pulse, make_space: Callable[..., YoungSpace], vault: Vault
) -> None:
    """Pressing "My space" while recording does not lose it: the recording stops and
    is kept as an item (the young person can delete it in My things, with Undo)."""
    space = make_space()
    page = open_voice(qtbot, space)
    click(qtbot, page.record_button)
    qtbot.waitUntil(lambda: seconds_on(page) >= 1, timeout=WAIT)
    click(qtbot, space.bar.home)
    assert space.page is space.menu
    qtbot.waitUntil(lambda: len(vault.items(space.case.id)) == 1, timeout=WAIT)
    [item] = vault.items(space.case.id)
    assert item.kind == "audio" and (item.duration_s or 0) >= 0.9
    data = vault.read_item(space.case.id, item.id)[1]
    assert duration_of(data) >= 0.9


def test_hiding_pauses_the_recording(
    qtbot: QtBot, mic: Pulse, make_space: Callable[..., YoungSpace]
) -> None:
    """Escape while recording covers the screen and pauses the recording at once;
    "Carry on" shows it paused, ready to go on."""
    space = make_space()
    page = open_voice(qtbot, space)
    click(qtbot, page.record_button)
    qtbot.waitUntil(lambda: page.state == states.RECORDING, timeout=WAIT)
    qtbot.keyClick(page.stop_button, Qt.Key.Key_Escape)
    assert space.hidden and page.state == states.PAUSED
    click(qtbot, space.cover.back)
    assert space.page is page and page.state == states.PAUSED


def test_a_recording_cut_short_is_offered_back_when_the_space_opens(
    qtbot: QtBot, themed_app: object, vault: Vault
) -> None:
    """A recording a crash left behind (segments, no end) is offered when the space
    opens; "Keep it" saves it as an item and removes its segments, then the choices
    show."""
    case = add_case(vault, "Robin")
    store = SegmentStore.for_case(vault, case.id)
    data = media_samples.ogg_opus(3.0)
    writer = store.begin("audio")
    kept = data[: len(data) * 3 // 4]
    for start in range(0, len(kept), len(kept) // 3 + 1):
        writer.append(kept[start : start + len(kept) // 3 + 1])
    from voiceapp.ui.vault_jobs import VaultJobs

    jobs = VaultJobs()
    space = YoungSpace(vault, jobs, case)
    qtbot.addWidget(space)
    space.show()
    qtbot.waitUntil(lambda: isinstance(space.page, RecoveryOffer), timeout=WAIT)
    offer = space.page
    assert isinstance(offer, RecoveryOffer)
    qtbot.waitUntil(lambda: offer.keep_button.isEnabled(), timeout=WAIT)
    click(qtbot, offer.keep_button)
    qtbot.waitUntil(lambda: space.page is space.menu, timeout=WAIT)
    qtbot.waitUntil(lambda: len(vault.items(case.id)) == 1 and not jobs.busy, timeout=WAIT)
    [item] = vault.items(case.id)
    assert item.kind == "audio" and 1.0 <= (item.duration_s or 0) <= 3.0
    assert store.recoverable() == []
    space.end()
    jobs.wait()


def test_a_kept_video_is_an_item_and_its_segments_go(
    qtbot: QtBot,
    mic: Pulse,
    make_space: Callable[..., YoungSpace],
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Record a video in the space (a video file stands in for the camera): after the
    3-2-1 countdown and two seconds, Stop and Keep make a video item whose WebM holds
    both a picture and sound about two seconds long; its segments are removed."""
    monkeypatch.setenv(CAMERA_VARIABLE, str(make_video(tmp_path / "camera.avi", 4.0)))
    space = make_space()
    qtbot.waitUntil(lambda: space.segments is not None, timeout=WAIT)
    click(qtbot, space.menu.buttons["video"])
    page = space.page
    assert isinstance(page, VideoPage)
    qtbot.waitUntil(lambda: page.state == states.READY, timeout=WAIT)
    page.countdown_ms = 200  # a quicker 3-2-1
    record_for(qtbot, page, 2)
    recording = stop_and_listen(qtbot, page)
    with qtbot.waitSignal(space.things_shown, timeout=WAIT):
        click(qtbot, page.keep_button)
    [item] = vault.items(space.case.id)
    assert item.kind == "video" and item.title == "My video"
    data = vault.read_item(space.case.id, item.id)[1]
    assert data == recording.data
    with av.open(io.BytesIO(data)) as container:
        assert container.streams.video and container.streams.audio
        seconds = float(container.duration or 0) / av.time_base
    assert 1.8 <= seconds <= 3.6
    store = SegmentStore.for_case(vault, space.case.id)
    qtbot.waitUntil(lambda: store.recoverable() == [], timeout=WAIT)
