"""The voice recording screen, driven like a young person would, with a real
(PulseAudio) microphone: record, pause, stop, listen back, keep or throw away."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.recording.conftest import Pulse
from tests.ui.record.take import record_for, seconds_on, stop_and_listen
from voiceapp.core.errors import MicrophoneUnavailable, NoMicrophone
from voiceapp.core.recording import (
    DEVICE_LOST,
    MAX_LENGTH,
    STOPPED,
    InputDevice,
    Recording,
    SegmentStore,
)
from voiceapp.core.recording.opus import duration_of
from voiceapp.ui.error_text import user_message
from voiceapp.ui.record import VoicePage, states

Show = Callable[[QWidget], QWidget]
LEFT = Qt.MouseButton.LeftButton


def ready_page(qtbot: QtBot, shown: Show, store: SegmentStore | None, **kwargs: float) -> VoicePage:
    page = VoicePage(store, **kwargs)  # type: ignore[arg-type]
    shown(page)
    qtbot.waitUntil(lambda: page.state == states.READY, timeout=20_000)
    return page


def test_record_listen_back_and_keep(
    qtbot: QtBot, mic: Pulse, store: SegmentStore, shown: Show
) -> None:
    """Record pressed: the level meter moves with the fake microphone and the timer runs;
    Stop shows the listen step, where the recording plays from memory (the player knows
    its length and plays); Keep it hands over Ogg Opus bytes about 2 s long, whose
    segments stay in the store until the host discards them."""
    page = ready_page(qtbot, shown, store)
    assert page.picker.count() >= 1 and page.picker.currentIndex() == 0
    assert page.picker.devices[0].is_default, "the usual microphone is chosen"
    busy: list[bool] = []
    page.busy_changed.connect(busy.append)
    levels: list[int] = []
    page.meter.valueChanged.connect(levels.append)

    record_for(qtbot, page, 2)
    assert page.is_busy() and busy == [True]
    assert max(levels) > 50, "the meter showed the sine"
    assert page.timer.accessibleName().endswith("0:02")

    recording = stop_and_listen(qtbot, page)
    assert busy == [True, False] and not page.is_busy()
    assert page.meter.value() == 0
    player = page.player.player
    qtbot.waitUntil(lambda: player.duration() > 1500, timeout=15_000)
    qtbot.mouseClick(page.player.play_button, LEFT)
    # playback through the null sink starts about 2 s late
    qtbot.waitUntil(
        lambda: (
            player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
            and player.position() > 0
        ),
        timeout=20_000,
    )
    assert page.player.play_button.text() == "Pause"
    assert abs(player.duration() / 1000 - recording.duration_s) < 0.2

    with qtbot.waitSignal(page.kept, timeout=5_000) as kept:
        qtbot.mouseClick(page.keep_button, LEFT)
    rec = kept.args[0]
    assert isinstance(rec, Recording)
    assert rec.ended == STOPPED
    assert rec.data.startswith(b"OggS") and b"OpusHead" in rec.data[:200]
    assert 2.0 <= rec.duration_s < 3.5
    assert duration_of(rec.data) == rec.duration_s
    assert [left.id for left in store.recoverable()] == [rec.recording_id]
    assert page.state == states.READY and page.timer.text() == "0:00"
    assert page.player.buffer is None, "the page let go of the bytes"
    assert "kept" in page.status.text()


def test_pause_is_left_out_and_the_timer_stands_still(
    qtbot: QtBot, mic: Pulse, shown: Show
) -> None:
    """pause_if_recording (Hide, I need a break) pauses at once: the timer stands still
    while paused, Pause becomes Carry on, the page is still busy; after Carry on and
    Stop the recording is as long as the time not paused, not the time on the clock."""
    page = ready_page(qtbot, shown, None)
    started = time.monotonic()
    record_for(qtbot, page, 1)
    page.pause_if_recording()
    assert page.state == states.PAUSED and page.is_busy()
    assert page.pause_button.text() == "Carry on"
    frozen = page.timer.text()
    paused_at = time.monotonic()
    # waiting on the clock itself: the pause must last a while to be measured
    qtbot.waitUntil(lambda: time.monotonic() - paused_at >= 1.5, timeout=5_000)
    assert page.timer.text() == frozen
    qtbot.mouseClick(page.pause_button, LEFT)
    assert page.state == states.RECORDING and page.pause_button.text() == "Pause"
    qtbot.waitUntil(lambda: seconds_on(page) >= 2, timeout=20_000)
    recording = stop_and_listen(qtbot, page)
    wall = time.monotonic() - started
    assert 2.0 <= recording.duration_s <= wall - 1.3


def test_throw_away_asks_once_and_discards_the_segments(
    qtbot: QtBot, mic: Pulse, store: SegmentStore, shown: Show
) -> None:
    """Throw it away asks first (nothing is lost by one tap, No keeps it); Yes removes
    the recording's segments from the store and the page is ready for a new one."""
    page = ready_page(qtbot, shown, store)
    record_for(qtbot, page, 1)
    recording = stop_and_listen(qtbot, page)
    assert [left.id for left in store.recoverable()] == [recording.recording_id]

    qtbot.mouseClick(page.throw_button, LEFT)
    assert page.confirm.isVisible() and page.state == states.LISTENING
    assert page.confirm.no_button.hasFocus(), "the safe answer has the focus"
    qtbot.mouseClick(page.confirm.no_button, LEFT)
    assert not page.confirm.isVisible() and page.recording is recording
    assert len(store.recoverable()) == 1

    qtbot.mouseClick(page.throw_button, LEFT)
    with qtbot.assertNotEmitted(page.kept):
        qtbot.mouseClick(page.confirm.yes_button, LEFT)
    assert store.recoverable() == []
    assert page.state == states.READY and page.recording is None
    assert "thrown away" in page.status.text()


def test_record_again_asks_then_records_a_new_one(
    qtbot: QtBot, mic: Pulse, store: SegmentStore, shown: Show
) -> None:
    """Record again asks first (it throws this recording away); Yes discards the old
    segments and starts recording at once."""
    page = ready_page(qtbot, shown, store)
    record_for(qtbot, page, 1)
    first = stop_and_listen(qtbot, page)
    qtbot.mouseClick(page.again_button, LEFT)
    assert page.confirm.isVisible() and page.confirm.yes_button.text() == "Yes, record again"
    qtbot.mouseClick(page.confirm.yes_button, LEFT)
    qtbot.waitUntil(lambda: page.state == states.RECORDING, timeout=20_000)
    qtbot.waitUntil(lambda: seconds_on(page) >= 1, timeout=20_000)
    assert first.recording_id not in [left.id for left in store.recoverable()]
    page.stop_and_offer()
    qtbot.waitUntil(lambda: page.state == states.LISTENING, timeout=20_000)
    assert page.recording is not None and page.recording.recording_id != first.recording_id


def test_stop_and_offer_and_reset(
    qtbot: QtBot, mic: Pulse, store: SegmentStore, shown: Show
) -> None:
    """stop_and_offer (I'm finished) stops and shows the listen step; reset goes back to
    the start and throws nothing away (the segments stay to be offered again)."""
    page = ready_page(qtbot, shown, store)
    record_for(qtbot, page, 1)
    with qtbot.waitSignal(page.busy_changed, timeout=20_000) as busy:
        page.stop_and_offer()
    assert busy.args == [False]
    qtbot.waitUntil(lambda: page.state == states.LISTENING, timeout=5_000)
    page.reset()
    assert page.state == states.READY and page.recording is None
    assert len(store.recoverable()) == 1


@pytest.mark.own_process  # may leave a stream libpulse never closes
def test_unplugged_microphone_keeps_what_was_said(qtbot: QtBot, mic: Pulse, shown: Show) -> None:
    """The microphone (here the whole sound server) goes mid-recording: the page says so
    kindly and shows the listen step with what was recorded up to then."""
    page = ready_page(qtbot, shown, None)
    record_for(qtbot, page, 2)
    mic.kill()
    qtbot.waitUntil(lambda: page.state == states.LISTENING, timeout=20_000)
    assert page.recording is not None and page.recording.ended == DEVICE_LOST
    assert page.recording.duration_s >= 1.5
    assert page.note.isVisible() and "microphone stopped working" in page.note.text()
    assert page.keep_button.isEnabled()


def test_microphone_giving_no_sound_is_explained(qtbot: QtBot, mic: Pulse, shown: Show) -> None:
    """A microphone that opens but never gives a sound: after Record, the page explains
    it as a microphone problem (never as a damaged file), with Try again, and is no
    longer busy."""
    page = ready_page(qtbot, shown, None)
    mic.silence()
    qtbot.mouseClick(page.record_button, LEFT)
    qtbot.waitUntil(lambda: page.state == states.PROBLEM, timeout=20_000)
    assert page.problem_text.text() == user_message(MicrophoneUnavailable())
    assert page.try_again_button.isVisible() and not page.is_busy()


def test_gentle_warning_before_the_limit(qtbot: QtBot, mic: Pulse, shown: Show) -> None:
    """A warning shows before the maximum length; at the maximum the recording stops by
    itself, and the listen step says why."""
    page = ready_page(qtbot, shown, None, max_seconds=3.0, warn_before=1.5)
    assert page.limit_hint.text().endswith("0:03")
    qtbot.mouseClick(page.record_button, LEFT)
    qtbot.waitUntil(page.warning.isVisible, timeout=20_000)
    assert "Nearly at the end" in page.warning.text()
    assert page.warning.accessibleName() == page.warning.text()
    qtbot.waitUntil(lambda: page.state == states.LISTENING, timeout=20_000)
    assert page.recording is not None and page.recording.ended == MAX_LENGTH
    assert abs(page.recording.duration_s - 3.0) < 0.05
    assert page.note.isVisible() and "as long as a recording can be" in page.note.text()
    assert not page.warning.isVisible()


@pytest.mark.own_process  # PortAudio must read the (empty) list afresh
def test_no_sound_server_is_explained_kindly(
    qtbot: QtBot, no_sound_server: None, shown: Show
) -> None:
    """No sound server at all: no microphone is found, and the page says so in plain words
    with what to try and a Try again button; trying again changes nothing, calmly."""
    page = VoicePage(None)
    shown(page)
    qtbot.waitUntil(lambda: page.state == states.PROBLEM, timeout=20_000)
    assert page.problem_text.isVisible()
    assert page.problem_text.text() == user_message(NoMicrophone())
    assert page.try_again_button.isVisible() and page.try_again_button.hasFocus()
    assert not page.is_busy()
    page.pause_if_recording()  # harmless when nothing is recording
    page.stop_and_offer()
    qtbot.mouseClick(page.try_again_button, LEFT)
    qtbot.waitUntil(lambda: page.state == states.PROBLEM, timeout=20_000)
    assert page.problem_text.text() == user_message(NoMicrophone())


def test_microphone_that_will_not_open_is_explained(qtbot: QtBot, mic: Pulse, shown: Show) -> None:
    """The chosen microphone has gone by the time Record is pressed: the friendly
    explanation and Try again show instead of a crash, and Try again finds the
    microphone there is and is ready to record."""
    page = ready_page(qtbot, shown, None)
    gone = InputDevice(index=9999, name="Gone", host_api="ALSA", channels=1, is_default=True)
    page.picker.set_devices([gone])
    qtbot.mouseClick(page.record_button, LEFT)
    qtbot.waitUntil(lambda: page.state == states.PROBLEM, timeout=20_000)
    assert page.problem_text.text() in (
        user_message(NoMicrophone()),
        user_message(MicrophoneUnavailable()),
    )
    assert not page.is_busy()
    qtbot.mouseClick(page.try_again_button, LEFT)
    qtbot.waitUntil(lambda: page.state == states.READY, timeout=20_000)
    assert page.picker.devices[0].index != 9999
