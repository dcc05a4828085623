"""Every chair screen: big enough targets, a name for every control, every control
reached with Tab, and every word translated."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from tests.ui.chair.conftest import DialogAnswers
from tests.ui.chair.tour import every_screen
from tests.ui.conftest import PseudoTranslation
from tests.ui.helper.test_accessibility import controls_on, words_on
from tests.ui.test_display import clipped, settle
from voiceapp.ui.display import Display, apply_display
from voiceapp.ui.widgets import MIN_TARGET


def test_targets_names_and_keyboard_on_every_chair_screen(
    qtbot: QtBot,
    themed_app: QApplication,
    tmp_path: Path,
    answers: DialogAnswers,
    media: dict[str, bytes],
) -> None:
    """Every visible control on every chair screen is at least 48 px tall, has an
    accessible name (buttons a description too), and Tab reaches every one."""
    problems: list[str] = []
    for name, screen in every_screen(qtbot, tmp_path, answers, media):
        found = controls_on(screen)
        assert found, name
        pictures = [
            w
            for w in screen.findChildren(QLabel)
            if w.isVisible() and not w.pixmap().isNull() and not w.text()
            if not isinstance(w.parentWidget(), QAbstractButton)  # the button names it
        ]
        problems += [
            f"{name}: a picture without a name" for p in pictures if not p.accessibleName()
        ]
        for control in found:
            label = f"{name}: {control.objectName() or type(control).__name__}"
            label += f" ({control.accessibleName() or getattr(control, 'text', str)()!s})"
            if control.height() < MIN_TARGET:
                problems.append(f"{label} is {control.height()} px")
            if not control.accessibleName().strip():
                problems.append(f"{label} has no name")
            if isinstance(control, QAbstractButton) and not control.accessibleDescription():
                problems.append(f"{label} has no description")
            radio = isinstance(control, QRadioButton) and control.autoExclusive()
            if not control.focusPolicy() & Qt.FocusPolicy.TabFocus and not radio:
                problems.append(f"{label} is not a Tab stop")
        reached: set[int] = set()
        start = found[0]
        start.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(start.hasFocus, timeout=5000)
        for _ in range(3 * len(found) + 10):
            focused = QApplication.focusWidget()
            assert focused is not None, name
            reached.add(id(focused))
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
        radios = [c for c in found if isinstance(c, QRadioButton)]
        if any(id(r) in reached for r in radios):  # in a group, arrow keys move between them
            reached |= {id(r) for r in radios}
        missed = [c.objectName() or type(c).__name__ for c in found if id(c) not in reached]
        if missed:
            problems.append(f"{name}: Tab never reaches {missed}")
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
