"""On every helper screen: big targets, names for screen readers, every control
reachable with Tab, and every word through Qt's translation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.audit import screen_problems, words_on

from .conftest import Chair, Driver, Places
from .tour import every_screen

if TYPE_CHECKING:
    from tests.ui.conftest import PseudoTranslation


def test_targets_names_and_keyboard_on_every_screen(
    qtbot: QtBot, driver: Driver, chair: Chair, places: Places
) -> None:
    """Every visible control is at least 48 px tall, has an accessible name (buttons a
    description too), Tab reaches every one of them, and every picture is named."""
    problems = [
        problem
        for name, screen in every_screen(driver, chair, places)
        for problem in screen_problems(qtbot, name, screen)
    ]
    assert problems == [], "\n".join(problems)


def test_every_word_on_every_screen_is_translated(
    driver: Driver, chair: Chair, places: Places, pseudo: PseudoTranslation
) -> None:
    """With a pseudo-translation installed, every word on every helper screen comes
    through it (the young person's own words, names and dates aside)."""
    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(pseudo.folder / "voiceapp_cy.qm"))
    app.installTranslator(translator)
    try:
        for name, screen in every_screen(driver, chair, places):
            missed = [w for w in words_on(screen) if not pseudo.covers(w)]
            assert missed == [], name
    finally:
        app.removeTranslator(translator)
