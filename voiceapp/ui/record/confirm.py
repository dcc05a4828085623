"""Asking once, kindly, before anything is lost: a question with Yes and No.

Not a dialog box: the question appears in the page, where the young person is
looking, and the safe answer ("No") gets the keyboard focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal, SignalInstance
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from voiceapp.ui.page_parts import button, danger_button, label, row
from voiceapp.ui.record import icons


class Confirm(QFrame):
    """Hidden until ``ask``; then ``yes`` or ``no``, once."""

    yes = Signal()
    no = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmBox")
        self.question = label(self, "message")
        self.yes_button = danger_button(self, "confirmYes")
        self.no_button = button(self, "confirmNo")
        self.no_button.setIcon(icons.back())
        self.yes_button.clicked.connect(lambda: self._answer(self.yes))
        self.no_button.clicked.connect(lambda: self._answer(self.no))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(self.question)
        layout.addLayout(row(self.yes_button, self.no_button, None))
        QWidget.setTabOrder(self.yes_button, self.no_button)
        self._words: Callable[[], tuple[str, str, str, str, str]] | None = None
        self.setVisible(False)

    def ask(self, words: Callable[[], tuple[str, str, str, str, str]], icon: QIcon) -> None:
        """Show the question; ``words()`` gives (question, yes, yes described, no,
        no described) in the current language (called again on a language change)."""
        self._words = words
        self.yes_button.setIcon(icon)
        self.retranslate()
        self.setVisible(True)
        self.no_button.setFocus()

    def close_question(self) -> None:
        self._words = None
        self.setVisible(False)

    def _answer(self, signal: SignalInstance) -> None:
        if not self.isVisible():
            return
        self.close_question()
        signal.emit()

    def retranslate(self) -> None:
        if self._words is None:
            return
        question, yes, yes_about, no, no_about = self._words()
        self.question.setText(question)
        self.question.setAccessibleName(question)
        for widget, text, about in (
            (self.yes_button, yes, yes_about),
            (self.no_button, no, no_about),
        ):
            widget.setText(text)
            widget.setAccessibleName(text)
            widget.setAccessibleDescription(about)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
