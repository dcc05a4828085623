"""Fixtures for the "learn about my meeting" tests: a shown LearnView that reads
aloud with Qt's ``mock`` speech engine (never the real one, which never finishes
without a sound server)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from voiceapp.core.content import LocalSettings
from voiceapp.ui.learn import LearnView

MakeView = Callable[..., LearnView]


@pytest.fixture
def make_view(qtbot: QtBot, themed_app: QApplication) -> MakeView:
    """A function making a shown, active LearnView: ``make_view(age_band="4-7", ...)``."""

    def make(
        age_band: str = "8-12",
        language: str = "en",
        settings: LocalSettings | None = None,
        engine: str = "mock",
    ) -> LearnView:
        view = LearnView(language, age_band, settings, engine=engine)
        qtbot.addWidget(view)
        view.resize(1100, 760)
        with qtbot.waitExposed(view):
            view.show()
        with qtbot.waitActive(view):
            view.activateWindow()
        view.setFocus()
        return view

    return make


@pytest.fixture
def view(make_view: MakeView) -> LearnView:
    """A LearnView for an 8-12 year old (younger pages), on its contents page."""
    return make_view()
