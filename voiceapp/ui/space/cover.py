"""What "Hide" shows: a calm picture that says nothing about the young person.

It covers the whole space at once. Coming back needs a deliberate press of
"Carry on" (a tap anywhere first shows it, for a young person who forgot where
it was); Escape and other keys do nothing, so a passer-by cannot undo it by accident.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from voiceapp.ui.page_parts import button, name_buttons
from voiceapp.ui.paths import asset


class HideCover(QWidget):
    """A full-size picture of hills and sky, with one small way back."""

    uncovered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hideCover")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._picture = QSvgRenderer(str(asset("space/cover.svg")), self)
        self.back = button(self, "carryOn")
        self.back.clicked.connect(self._uncover)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.setVisible(False)
        self.retranslate()

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.back.setFocus()

    def _uncover(self) -> None:
        self.hide()
        self.uncovered.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._picture.render(painter, QRectF(self.rect()))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.back.setFocus()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # keys never uncover; only "Carry on" does

    def retranslate(self) -> None:
        name_buttons(
            (
                self.back,
                QCoreApplication.translate("HideCover", "Carry on"),
                QCoreApplication.translate("HideCover", "Go back to where you were."),
            )
        )
        self.setAccessibleName(QCoreApplication.translate("HideCover", "A picture of hills"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
