"""Playing a recording or a video from memory: never a file, and the usual controls."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QApplication, QPushButton, QStackedWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests import media_samples
from tests.recording.conftest import Pulse
from voiceapp.ui.chair.media import MediaView
from voiceapp.ui.record import MemoryPlayer

Show = Callable[[QWidget], QWidget]
Check = Callable[[QWidget], list[QWidget]]
PLAYING = QMediaPlayer.PlaybackState.PlayingState


def files_in(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_ogg_opus_plays_from_memory(
    qtbot: QtBot,
    mic: Pulse,
    private_tmp: Path,
    shown: Show,
    check_controls: Check,
    ogg: Callable[[float], bytes],
) -> None:
    """Ogg Opus bytes play from a QBuffer: the length is known, Play starts it (through
    the null sink, about 2 s late), the time and the slider follow, Pause pauses, the
    arrow keys move the position, and nothing at all is written to the temp folder."""
    view = MemoryPlayer()
    shown(view)
    assert not view.play_button.isEnabled(), "nothing to play yet"
    played: list[bool] = []
    view.played.connect(lambda: played.append(True))
    view.load(ogg(3.0), "ogg")
    player = view.player
    assert player.audioOutput() is view.audio and view.audio.parent() is player
    qtbot.waitUntil(lambda: abs(player.duration() - 3000) < 100, timeout=15_000)
    assert view.time_label.text() == "0:00 / 0:03"
    assert view.slider.maximum() == player.duration()
    check_controls(view)

    qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: player.playbackState() == PLAYING and bool(played), timeout=20_000)
    assert view.play_button.text() == "Pause" and view.play_button.accessibleName() == "Pause"
    qtbot.waitUntil(lambda: view.slider.value() > 0, timeout=10_000)
    qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: player.playbackState() == QMediaPlayer.PlaybackState.PausedState, timeout=5_000
    )
    assert view.play_button.text() == "Play"

    view.slider.setFocus()
    before = player.position()
    qtbot.keyClick(view.slider, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: player.position() >= min(before + 900, 2900), timeout=5_000)
    assert files_in(private_tmp) == []

    view.unload()
    assert view.buffer is None and not view.play_button.isEnabled()
    assert view.time_label.text() == "0:00 / 0:00"


def test_webm_video_plays_from_memory(qtbot: QtBot, private_tmp: Path, shown: Show) -> None:
    """A WebM video (as the camera will make) plays from memory too, with a picture."""
    view = MemoryPlayer(video=True)
    shown(view)
    assert view.video_widget is not None and view.video_widget.accessibleName()
    view.load(media_samples.webm(2.0), "webm")
    player = view.player
    qtbot.waitUntil(lambda: abs(player.duration() - 2000) < 150, timeout=15_000)
    assert player.hasVideo()
    view.toggle()
    qtbot.waitUntil(lambda: player.playbackState() == PLAYING, timeout=10_000)
    qtbot.waitUntil(lambda: player.position() > 0, timeout=20_000)
    assert files_in(private_tmp) == []


@pytest.mark.parametrize(
    "make",
    [lambda parent: MemoryPlayer(parent, video=True), lambda parent: MediaView(True, parent)],
    ids=["young person's player", "chair's player"],
)
def test_the_video_never_keeps_the_keyboard_focus(
    qtbot: QtBot, shown: Show, make: Callable[[QWidget], QWidget]
) -> None:
    """Qt draws a video in a window of its own, which (offscreen, or on a click) becomes
    the focus window and leaves the keyboard on a container no key works in. Both
    players take the focus back at once, to where it was: as the page shows, the focus
    stays on the button the person was on, and the app's own window becomes active."""
    page = QWidget()
    layout = QVBoxLayout(page)
    stack = QStackedWidget(page)
    layout.addWidget(stack)
    stack.addWidget(QWidget())
    step = QWidget()
    step_layout = QVBoxLayout(step)
    before = QPushButton("Before", step)
    step_layout.addWidget(before)
    step_layout.addWidget(make(step))
    stack.addWidget(step)
    shown(page)
    seen: list[str] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusWindowChanged.connect(
        lambda window: seen.append(window.metaObject().className() if window else "")
    )
    with qtbot.waitSignal(app.focusWindowChanged, timeout=10_000):
        stack.setCurrentWidget(step)
        before.setFocus()
    assert QApplication.focusWidget() is before
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is page.windowHandle(), timeout=5_000)
    assert QApplication.focusWidget() is before, f"focus windows on the way: {seen}"
    assert "QVideoWindow" in seen, "the video's window did try to take the focus here"
