"""What every screen must do, checked the same way on the helper's, the young
person's and the chair's screens: controls at least 48 px tall, named (buttons
described too), every control reached with Tab, every picture named, every word
through Qt's translation, and no word cut off (at any text size)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from voiceapp.ui.widgets import MIN_TARGET

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


def screen_problems(qtbot: QtBot, name: str, screen: QWidget) -> list[str]:
    """Every way ``screen`` falls short, one line each (empty when it is fine)."""
    found = controls_on(screen)
    if not found:
        return [f"{name}: no controls"]
    problems = []
    for picture in screen.findChildren(QLabel):
        shown = picture.isVisible() and not picture.pixmap().isNull() and not picture.text()
        in_button = isinstance(picture.parentWidget(), QAbstractButton)  # the button names it
        if shown and not in_button and not picture.accessibleName().strip():
            problems.append(f"{name}: a picture without a name")
    for control in found:
        label = f"{name}: {control.objectName() or type(control).__name__}"
        radio = isinstance(control, QRadioButton) and control.autoExclusive()
        if control.height() < MIN_TARGET:
            problems.append(f"{label} is {control.height()} px tall")
        if not control.accessibleName().strip():
            problems.append(f"{label} has no name")
        if isinstance(control, QAbstractButton) and not control.accessibleDescription().strip():
            problems.append(f"{label} has no description")
        if not control.focusPolicy() & Qt.FocusPolicy.TabFocus and not radio:
            problems.append(f"{label} is not a Tab stop")
    reached: set[int] = set()
    found[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(found[0].hasFocus, timeout=5000)
    for _ in range(3 * len(found) + 10):
        focused = QApplication.focusWidget()
        if focused is None:
            return [*problems, f"{name}: the focus was lost"]
        reached.add(id(focused))
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    radios = [c for c in found if isinstance(c, QRadioButton)]
    if any(id(r) in reached for r in radios):  # in a group, arrow keys move between them
        reached |= {id(r) for r in radios}
    missed = [c.objectName() or type(c).__name__ for c in found if id(c) not in reached]
    if missed:
        problems.append(f"{name}: Tab never reaches {missed}")
    return problems


def from_data(child: QWidget, screen: QWidget) -> bool:
    """True for widgets showing the person's own words or a content page's words (marked
    ``userData``, on themselves or a parent): those are not the app's to translate."""
    widget: QWidget | None = child
    while widget is not None and widget is not screen:
        if widget.property("userData"):
            return True
        widget = widget.parentWidget()
    return False


def words_on(screen: QWidget, *, visible_only: bool = True) -> list[str]:
    """Every piece of the app's text a person can see or hear on ``screen`` (only its
    visible part, unless ``visible_only`` is False): the window title, label and button
    words, accessible names and descriptions, placeholders and tooltips; not the
    person's own words (``from_data``)."""
    words = [screen.windowTitle()] if screen.isWindow() and screen.windowTitle() else []
    for child in [screen, *screen.findChildren(QWidget)]:
        if (visible_only and not child.isVisible()) or from_data(child, screen):
            continue
        if isinstance(child, QLabel | QAbstractButton) and child.text():
            words.append(child.text())
        if isinstance(child, QLineEdit | QPlainTextEdit | QTextEdit) and child.placeholderText():
            words.append(child.placeholderText())
        words += [w for w in (child.accessibleName(), child.accessibleDescription()) if w]
        if child.toolTip():
            words.append(child.toolTip())
    return words


def settle() -> None:
    """Deliver the layout requests a style change posts (no waiting on a clock)."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def clipped(screen: QWidget) -> list[str]:
    """Words on ``screen`` that do not fit the widget showing them."""
    found = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    found.append(f"{widget.objectName()}: {widget.text()[:40]}")
            elif widget.fontMetrics().horizontalAdvance(widget.text()) > widget.width() + 1:
                found.append(f"{widget.objectName()}: {widget.text()[:40]}")
        elif isinstance(widget, QAbstractButton) and widget.text() and not widget.layout():
            room = widget.width() - 16 - (widget.iconSize().width() + 4 if widget.icon() else 0)
            if widget.fontMetrics().horizontalAdvance(widget.text()) > room:
                found.append(f"{widget.objectName()}: {widget.text()[:40]}")
    return found
