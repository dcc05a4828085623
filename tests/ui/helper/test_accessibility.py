"""On every helper screen: big targets, names for screen readers, every control
reachable with Tab, and every word through Qt's translation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from voiceapp.ui.widgets import MIN_TARGET

from .conftest import Chair, Driver, Places
from .tour import every_screen

if TYPE_CHECKING:
    from tests.ui.conftest import PseudoTranslation

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QDateEdit, QPlainTextEdit)


def controls_on(screen: QWidget) -> list[QWidget]:
    return [
        w
        for w in screen.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and w.isVisible()
        and w.isEnabled()
        and not isinstance(w.parentWidget(), QDateEdit | QComboBox)  # their inner parts
    ]


def test_targets_names_and_keyboard_on_every_screen(
    qtbot: QtBot, driver: Driver, chair: Chair, places: Places
) -> None:
    """Every visible control is at least 48 px tall, has an accessible name (buttons a
    description too), and Tab reaches every one of them."""
    for name, screen in every_screen(driver, chair, places):
        found = controls_on(screen)
        assert found, name
        pictures = [
            w
            for w in screen.findChildren(QLabel)
            if w.isVisible()
            and not w.pixmap().isNull()
            and not w.text()
            and not isinstance(w.parentWidget(), QAbstractButton)  # the button names it
        ]
        unnamed = [
            f"{p.objectName() or p.parentWidget().objectName()}"
            for p in pictures
            if not p.accessibleName().strip()
        ]
        assert unnamed == [], f"{name}: pictures without a name: {unnamed}"
        for control in found:
            label = f"{name}: {control.objectName() or type(control).__name__}"
            assert control.height() >= MIN_TARGET, label
            assert control.accessibleName().strip(), label
            if isinstance(control, QAbstractButton):
                assert control.accessibleDescription().strip(), label
            assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, label
        reached: set[int] = set()
        start = found[0]
        start.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(start.hasFocus, timeout=5000)
        for _ in range(3 * len(found) + 10):
            focused = QApplication.focusWidget()
            assert focused is not None, name
            reached.add(id(focused))
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
        missed = [c.objectName() or type(c).__name__ for c in found if id(c) not in reached]
        assert missed == [], f"{name}: Tab never reaches {missed}"


def from_data(child: QWidget, screen: QWidget) -> bool:
    """True for widgets showing the person's own words or a content page's words (marked
    ``userData``, on themselves or a parent): those are not the app's to translate."""
    widget: QWidget | None = child
    while widget is not None and widget is not screen:
        if widget.property("userData"):
            return True
        widget = widget.parentWidget()
    return False


def words_on(screen: QWidget) -> list[str]:
    words = []
    for child in [screen, *screen.findChildren(QWidget)]:
        if not child.isVisible() or from_data(child, screen):
            continue
        if isinstance(child, QLabel | QAbstractButton) and child.text():
            words.append(child.text())
        words += [w for w in (child.accessibleName(), child.accessibleDescription()) if w]
    return words


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
