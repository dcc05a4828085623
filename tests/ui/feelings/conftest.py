"""Fixtures for the "How I feel" and "Three houses" tests: each page shown and
active in a 1280 × 800 window, with a 50 ms autosave pause so tests are quick."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from voiceapp.ui.feelings import FeelingsPage, HousesPage


@pytest.fixture
def feelings(qtbot: QtBot, themed_app: QApplication) -> Iterator[FeelingsPage]:
    """A shown, active "How I feel" page."""
    made = FeelingsPage(autosave_ms=50)
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    qtbot.waitExposed(made)
    made.activateWindow()
    qtbot.waitActive(made)
    yield made


@pytest.fixture
def houses(qtbot: QtBot, themed_app: QApplication) -> Iterator[HousesPage]:
    """A shown, active "Three houses" page."""
    made = HousesPage(autosave_ms=50)
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    qtbot.waitExposed(made)
    made.activateWindow()
    qtbot.waitActive(made)
    yield made
