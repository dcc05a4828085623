"""A take driven as a young person would, on either recording page: press Record,
wait on the page's own timer, press Stop and wait for the listen (or watch) step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from voiceapp.core.recording import Recording
from voiceapp.ui.record import VideoPage, VoicePage, states

Page = VoicePage | VideoPage
WAIT = 20_000


def seconds_on(page: Page) -> int:
    """The time the page's timer shows, in whole seconds."""
    minutes, seconds = page.timer.text().split(":")
    return int(minutes) * 60 + int(seconds)


def record_for(qtbot: QtBot, page: Page, seconds: int) -> None:
    """Press Record, and wait until recording (after any 3-2-1) has shown ``seconds``."""
    assert page.record_button.isVisible() and page.record_button.isEnabled()
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state == states.RECORDING, timeout=WAIT)
    qtbot.waitUntil(lambda: seconds_on(page) >= seconds, timeout=WAIT)


def stop_and_listen(qtbot: QtBot, page: Page) -> Recording:
    """Press Stop, and wait for the step that plays the recording back."""
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state == states.LISTENING, timeout=WAIT)
    assert page.recording is not None
    return page.recording
