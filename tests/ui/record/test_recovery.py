"""Recordings that did not finish are offered back: listen, keep or throw away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests import media_samples
from tests.recording.conftest import Pulse
from voiceapp.core.recording import SegmentStore
from voiceapp.core.recording.opus import duration_of
from voiceapp.ui.record import RecoveredRecording, RecoveryOffer

Show = Callable[[QWidget], QWidget]
Check = Callable[[QWidget], list[QWidget]]
LEFT = Qt.MouseButton.LeftButton


def cut_short(store: SegmentStore, data: bytes, pieces: int = 4) -> str:
    """Segments as a crash leaves them: the start of the Ogg stream in a few segments
    (the last one torn mid-page), and no final segment."""
    writer = store.begin("audio")
    kept = data[: len(data) * 3 // 4]
    step = len(kept) // pieces + 1
    for start in range(0, len(kept), step):
        writer.append(kept[start : start + step])
    return writer.id


def test_keep_and_throw_away_leftovers(
    qtbot: QtBot,
    mic: Pulse,
    store: SegmentStore,
    shown: Show,
    check_controls: Check,
    ogg: Callable[[float], bytes],
) -> None:
    """Two cut-short recordings in a real store: the first is offered ("did not
    finish"), rebuilt on a worker and playable before choosing; Keep it hands over the
    rebuilt Ogg Opus with its id (the host discards it); the second, thrown away after
    one kind question, leaves the store, and then ``done`` comes."""
    first = cut_short(store, ogg(4.0))
    second = cut_short(store, ogg(3.0))
    leftovers = store.recoverable()
    assert {left.id for left in leftovers} == {first, second}
    assert not any(left.finished for left in leftovers)

    offer = RecoveryOffer(store, leftovers=leftovers)
    discarded: list[str] = []
    offer.discarded.connect(discarded.append)
    done: list[bool] = []
    offer.done.connect(lambda: done.append(True))
    shown(offer)
    qtbot.waitUntil(lambda: offer.rebuilt is not None, timeout=20_000)
    current = offer.current
    assert current is not None and current.id == leftovers[0].id
    assert offer.message.text().startswith("We found a recording from ")
    assert "did not finish" in offer.message.text()
    assert offer.keep_button.isEnabled()
    check_controls(offer)

    player = offer.player.player
    qtbot.waitUntil(lambda: player.duration() > 0, timeout=15_000)
    qtbot.mouseClick(offer.player.play_button, LEFT)
    qtbot.waitUntil(
        lambda: (
            player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
            and player.position() > 0
        ),
        timeout=20_000,
    )

    with qtbot.waitSignal(offer.kept, timeout=5_000) as kept:
        qtbot.mouseClick(offer.keep_button, LEFT)
    result = kept.args[0]
    assert isinstance(result, RecoveredRecording)
    assert result.recording_id == current.id and result.kind == "audio"
    assert result.data.startswith(b"OggS")
    assert duration_of(result.data) == result.duration_s > 1.0
    store.discard(result.recording_id)  # as the host does once it is saved

    qtbot.waitUntil(lambda: offer.rebuilt is not None, timeout=20_000)
    other = offer.current
    assert other is not None and other.id != current.id
    qtbot.mouseClick(offer.throw_button, LEFT)
    assert offer.confirm.isVisible() and offer.confirm.no_button.hasFocus()
    with qtbot.waitSignal(offer.done, timeout=5_000):
        qtbot.mouseClick(offer.confirm.yes_button, LEFT)
    assert discarded == [other.id]
    assert store.recoverable() == []
    assert done == [True] and offer.current is None


def test_lists_by_itself_and_decide_later_keeps_it(
    qtbot: QtBot, store: SegmentStore, shown: Show, ogg: Callable[[float], bytes]
) -> None:
    """Without a list it looks for leftovers itself (on a worker); Decide later moves on
    without touching the segments, so it is offered again next time; then ``done``."""
    leftover = cut_short(store, ogg(2.0))
    offer = RecoveryOffer(store)
    shown(offer)
    qtbot.waitUntil(lambda: offer.rebuilt is not None, timeout=20_000)
    with qtbot.waitSignal(offer.done, timeout=5_000):
        qtbot.mouseClick(offer.later_button, LEFT)
    assert [left.id for left in store.recoverable()] == [leftover]


def test_nothing_left_means_done(qtbot: QtBot, store: SegmentStore, shown: Show) -> None:
    """No leftovers at all: ``done`` comes at once (after the host has connected)."""
    offer = RecoveryOffer(store)
    with qtbot.waitSignal(offer.done, timeout=10_000):
        shown(offer)


def test_damaged_leftover_can_be_thrown_away(
    qtbot: QtBot, store: SegmentStore, shown: Show, check_controls: Check
) -> None:
    """Segments that do not make a recording: it says so kindly, there is nothing to
    keep or play, and throwing it away (asked once) still works."""
    writer = store.begin("audio")
    writer.append(b"this is not an ogg stream at all")
    offer = RecoveryOffer(store)
    shown(offer)
    qtbot.waitUntil(
        lambda: "could not be put back together" in offer.message.text(), timeout=20_000
    )
    assert not offer.keep_button.isEnabled() and not offer.player.isVisible()
    check_controls(offer)
    qtbot.mouseClick(offer.throw_button, LEFT)
    with qtbot.waitSignal(offer.discarded, timeout=5_000) as gone:
        qtbot.mouseClick(offer.confirm.yes_button, LEFT)
    assert gone.args == [writer.id]
    assert store.recoverable() == []


def test_video_leftover_plays_with_its_picture(
    qtbot: QtBot, store: SegmentStore, shown: Show
) -> None:
    """A cut-short video is offered with the video player (picture and sound), and
    Keep it hands over the rebuilt WebM marked as a video."""
    writer = store.begin("video")
    data = media_samples.webm(3.0)
    writer.append(data[: len(data) * 3 // 4])
    offer = RecoveryOffer(store)
    shown(offer)
    qtbot.waitUntil(lambda: offer.rebuilt is not None, timeout=20_000)
    assert offer.player is offer.video_player
    assert offer.video_player.isVisible() and not offer.audio_player.isVisible()
    qtbot.waitUntil(lambda: offer.video_player.player.hasVideo(), timeout=15_000)
    with qtbot.waitSignal(offer.kept, timeout=5_000) as kept:
        qtbot.mouseClick(offer.keep_button, LEFT)
    assert kept.args[0].kind == "video" and kept.args[0].data.startswith(b"\x1a\x45\xdf\xa3")
