"""Fixtures for the letter tests: a letter editor shown and active in a
1280 × 800 window, with Qt's ``mock`` speech engine (never the real one) and a
50 ms autosave pause so tests are quick."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from voiceapp.ui.write import LetterEditor


@pytest.fixture
def letter(qtbot: QtBot, themed_app: QApplication) -> Iterator[LetterEditor]:
    """A shown, active letter editor."""
    made = LetterEditor(speech_engine="mock", autosave_ms=50)
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    qtbot.waitExposed(made)
    made.activateWindow()
    qtbot.waitActive(made)
    yield made
