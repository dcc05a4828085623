"""Small parts that the profile and helper pages are built from.

Labels and buttons get their object names here, so that ``assets/style.qss``
styles them the same way on every page, and so that every button is a
:class:`~voiceapp.ui.widgets.BigButton` (48 px, Enter works, visible focus).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from voiceapp.ui.flow_layout import FlowLayout
from voiceapp.ui.widgets import MIN_TARGET, BigButton


def label(parent: QWidget, name: str = "message", *, data: bool = False) -> QLabel:
    """A word-wrapped label; ``name`` picks its style (pageTitle, message, hint, alert...).

    ``data=True`` marks a label that shows the person's own words (a name, a
    date, a fingerprint) rather than words of the app, so the translation test
    knows not to expect them translated.
    """
    widget = QLabel(parent)
    widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if data:
        widget.setProperty("userData", True)
    if name == "alert":
        widget.setVisible(False)
    return widget


def button(parent: QWidget, name: str = "", *, primary: bool = False) -> BigButton:
    """A big button; ``primary`` gives it the strong colour of the main action."""
    widget = BigButton(parent)
    if name:
        widget.setObjectName(name)
    widget.setProperty("kind", "primary" if primary else "plain")
    widget.setMinimumHeight(MIN_TARGET + 8)
    return widget


def name_buttons(*rows: tuple[QAbstractButton, str, str]) -> None:
    """Give each button its words, and the same words and a description to
    assistive technology (so a screen reader says what a sighted person reads)."""
    for widget, text, description in rows:
        widget.setText(text)
        widget.setAccessibleName(text)
        widget.setAccessibleDescription(description)


def danger_button(parent: QWidget, name: str = "") -> BigButton:
    """A button for something that cannot be undone (deleting)."""
    widget = button(parent, name)
    widget.setProperty("kind", "danger")
    return widget


def row(*widgets: QWidget | None) -> FlowLayout:
    """Widgets side by side, in reading order (``None`` sends the rest to the far
    end); they wrap onto another line when the text is large or the words long."""
    layout = FlowLayout(spacing=16)
    layout.add(*widgets)
    return layout


def column(page: QWidget, max_width: int = 820) -> QVBoxLayout:
    """The page's main column, centred on big screens; returns the layout to fill."""
    inner = QVBoxLayout()
    inner.setSpacing(18)
    holder = QWidget(page)
    holder.setObjectName("pageColumn")
    holder.setLayout(inner)
    holder.setMaximumWidth(max_width)
    middle = QHBoxLayout()
    middle.addStretch(1)
    middle.addWidget(holder, 100)
    middle.addStretch(1)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(32, 28, 32, 28)
    outer.addLayout(middle)
    outer.addStretch(1)
    return inner


def scrolling_column(page: QWidget, max_width: int = 820) -> tuple[QWidget, QVBoxLayout]:
    """Like :func:`column`, inside a scroll area filling ``page``, so that very large
    text scrolls instead of being squeezed. Returns the inner widget (the parent for
    the page's parts) and the layout to fill."""
    inner = QWidget()
    scroller = QScrollArea(page)
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    scroller.setWidget(inner)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroller)
    return inner, column(inner, max_width)


def add_all(layout: QBoxLayout, *items: QWidget | QLayout) -> None:
    for item in items:
        if isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)


def show_alert(widget: QLabel, text: str) -> None:
    """Show an error sentence where the person is looking; screen readers hear it."""
    widget.setText(text)
    widget.setAccessibleName(text)
    widget.setVisible(bool(text))


class FocusFirst(QWidget):
    """A page or compound field whose ``setFocus()`` (from Python) gives the focus to
    ``first_focus``.

    Not Qt's focus proxy on purpose: in Qt 6 a widget with a focus proxy is a Tab
    stop of its own, so Tab from the last control of a page would jump back to its
    first one and never reach controls added later (a young person's things).
    """

    first_focus: QWidget | None = None

    def setFocus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        target = self.first_focus
        if target is None:
            super().setFocus(reason)
        else:
            target.setFocus(reason)
