"""Fixtures for the voice recording screen: the recording tests' own sound server.

``pulse`` and ``mic`` (the same, from ``tests/recording/conftest.py``) start a
private PulseAudio daemon per test, with a 523 Hz sine as the default microphone
and a null sink as the speaker; they fail (never skip) when the tools are missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests import media_samples
from tests.recording.conftest import (  # noqa: F401 - fixtures, found by name
    Pulse,
    mic,
    new_case,
    no_sound_server,
    private_tmp,
    pulse,
    vault,
)
from voiceapp.core.recording import SegmentStore
from voiceapp.core.vault import Vault
from voiceapp.ui.record import MemoryPlayer
from voiceapp.ui.widgets import MIN_TARGET


@pytest.fixture
def store(vault: Vault) -> Iterator[SegmentStore]:  # noqa: F811 - the imported fixture
    """The segment store of a new case in an unlocked test vault."""
    yield SegmentStore.for_case(vault, new_case(vault))


@pytest.fixture
def shown(qtbot: QtBot, themed_app: QApplication) -> Iterator[Callable[[QWidget], QWidget]]:
    """A function that shows a widget in an active window of its own (so the keyboard
    focus works as it does on screen).

    Afterwards every media player on it is stopped and the widget deleted, before the
    test's sound server goes (ask for this fixture after ``mic``): a player still
    connected when its sound server dies takes the process down with it.
    """
    widgets: list[QWidget] = []

    def show(widget: QWidget) -> QWidget:
        widgets.append(widget)
        widget.resize(900, 700)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        qtbot.waitActive(widget)
        return widget

    yield show
    for widget in widgets:
        reset = getattr(widget, "reset", None)
        if callable(reset):
            reset()  # a recording still running lets go of the microphone
        for view in [widget, *widget.findChildren(MemoryPlayer)]:
            if isinstance(view, MemoryPlayer):
                view.unload()
    players = [p for w in widgets for p in w.findChildren(QMediaPlayer)]
    no_media = QMediaPlayer.MediaStatus.NoMedia
    # the player's threads end from the event loop (see voiceapp/ui/record/playback.py)
    qtbot.waitUntil(lambda: all(p.mediaStatus() == no_media for p in players), timeout=10_000)
    gone: list[bool] = []
    for widget in widgets:
        widget.destroyed.connect(lambda *_: gone.append(True))
        widget.close()
        widget.deleteLater()
    qtbot.waitUntil(lambda: len(gone) == len(widgets), timeout=10_000)


def controls(widget: QWidget) -> list[QWidget]:
    """Every visible widget on ``widget`` that a person can reach with Tab."""
    return [
        child
        for child in widget.findChildren(QWidget)
        if child.isVisible() and child.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


@pytest.fixture
def check_controls() -> Callable[[QWidget], list[QWidget]]:
    """A function that checks every visible control of a widget: an accessible name and
    description, at least MIN_TARGET px high, and (buttons) words and a picture."""

    def check(widget: QWidget) -> list[QWidget]:
        found = controls(widget)
        assert found, "there are controls to check"
        for control in found:
            what = f"{type(control).__name__} {control.objectName()!r}"
            assert control.accessibleName(), f"{what} has no accessible name"
            assert control.accessibleDescription(), f"{what} has no accessible description"
            assert control.height() >= MIN_TARGET, f"{what} is {control.height()} px high"
            if isinstance(control, QAbstractButton):
                assert control.text(), f"{what} has no words"
                assert not control.icon().isNull(), f"{what} has no picture"
        return found

    return check


@pytest.fixture
def ogg() -> Callable[[float], bytes]:
    """Real Ogg Opus bytes of a 440 Hz tone (PyAV), ``seconds`` long."""
    return lambda seconds: media_samples.ogg_opus(seconds)
