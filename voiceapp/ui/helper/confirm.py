"""A clear question before anything that cannot be undone (deleting)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from voiceapp.ui.page_parts import button, danger_button, label, row


class ConfirmDialog(QDialog):
    """A heading, the consequences in plain words, "Keep" (the default) and the action.

    Open it with ``open()`` (not ``exec()``), and connect ``accepted``.
    """

    def __init__(
        self, heading: str, message: str, action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self.setModal(True)
        self.setWindowTitle(heading)
        self.heading = label(self, "subTitle")
        self.heading.setText(heading)
        self.message = label(self, "message")
        self.message.setText(message)
        self.keep = button(self, "keep", primary=True)
        self.keep.setText(QCoreApplication.translate("ConfirmDialog", "No, keep them"))
        self.keep.setAccessibleName(QCoreApplication.translate("ConfirmDialog", "No, keep them"))
        self.keep.setAccessibleDescription(
            QCoreApplication.translate("ConfirmDialog", "Go back without changing anything.")
        )
        self.action = danger_button(self, "confirmAction")
        self.action.setText(action)
        self.action.setAccessibleName(action)
        self.action.setAccessibleDescription(message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(18)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addLayout(row(self.keep, None, self.action))
        self.keep.clicked.connect(self.reject)
        self.action.clicked.connect(self.accept)
        self.keep.setDefault(True)
        self.keep.setFocus()
        self.setMinimumWidth(560)

        self.setAccessibleName(heading)
        self.setAccessibleDescription(message)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_words()

    def fit_words(self) -> None:
        """Tall enough for the words at any text size: a window does not grow by
        itself for a sentence that wraps onto more lines."""
        layout = self.layout()
        if layout is None:
            return
        width = max(self.width(), layout.totalMinimumSize().width())
        height = self.height()
        if layout.hasHeightForWidth():
            height = max(height, layout.totalHeightForWidth(width))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
