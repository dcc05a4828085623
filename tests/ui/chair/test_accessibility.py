"""Every chair screen: big enough targets, a name for every control, every control
reached with Tab, and every word translated."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.audit import clipped, screen_problems, settle, words_on
from tests.ui.chair.conftest import DialogAnswers
from tests.ui.chair.tour import every_screen
from tests.ui.conftest import PseudoTranslation
from voiceapp.ui.display import Display, apply_display


def test_targets_names_and_keyboard_on_every_chair_screen(
    qtbot: QtBot,
    themed_app: QApplication,
    tmp_path: Path,
    answers: DialogAnswers,
    media: dict[str, bytes],
) -> None:
    """Every visible control on every chair screen is at least 48 px tall, has an
    accessible name (buttons a description too), Tab reaches every one (arrow keys
    within a radio group), and every picture is named."""
    problems = [
        problem
        for name, screen in every_screen(qtbot, tmp_path, answers, media)
        for problem in screen_problems(qtbot, name, screen)
    ]
    assert problems == [], "\n".join(problems)


def test_every_word_on_every_chair_screen_is_translated(
    qtbot: QtBot,
    themed_app: QApplication,
    tmp_path: Path,
    answers: DialogAnswers,
    media: dict[str, bytes],
    pseudo: PseudoTranslation,
) -> None:
    """With a pseudo-translation installed, every word on every chair screen comes
    through it (the young person's own words and names aside)."""
    translator = QTranslator()
    assert translator.load(str(pseudo.folder / "voiceapp_cy.qm"))
    themed_app.installTranslator(translator)
    try:
        missed = [
            f"{name}: {w}"
            for name, screen in every_screen(qtbot, tmp_path, answers, media)
            for w in words_on(screen)
            if not pseudo.covers(w)
        ]
        assert missed == [], "\n".join(missed)
    finally:
        themed_app.removeTranslator(translator)


def test_every_chair_screen_at_200_percent(
    qtbot: QtBot,
    themed_app: QApplication,
    tmp_path: Path,
    answers: DialogAnswers,
    media: dict[str, bytes],
) -> None:
    """At 200 % text, on every chair screen no word is cut off and nothing needs a
    window wider than a 1280 px screen."""
    apply_display(Display(text_scale=2.0))
    try:
        problems: list[str] = []
        for name, screen in every_screen(qtbot, tmp_path, answers, media):
            settle()
            problems += [f"{name}: {words}" for words in clipped(screen)]
            width = screen.window().minimumSizeHint().width()
            if width > 1280:
                problems.append(f"{name}: the window needs {width} px")
        assert problems == [], "\n".join(problems)
    finally:
        apply_display(Display())
