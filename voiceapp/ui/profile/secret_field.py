"""A passphrase (or PIN) box with a Show button, so people can check what they typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from voiceapp.ui.page_parts import FocusFirst
from voiceapp.ui.widgets import MIN_TARGET, BigButton


class SecretField(FocusFirst):
    """A hidden-text line edit and a Show/Hide toggle; ``submitted`` on Enter."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None, *, digits_only: bool = False) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMinimumHeight(MIN_TARGET)
        self.edit.setObjectName("secret")
        if digits_only:
            self.edit.setMaxLength(8)
            self.edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.edit.returnPressed.connect(self.submitted)
        self.show_button = BigButton(self)
        self.show_button.setCheckable(True)
        self.show_button.setObjectName("showSecret")
        self.show_button.toggled.connect(self._toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_button)
        self.first_focus = self.edit
        self._name = ""
        self.retranslate()

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.show_button.setChecked(False)

    def set_names(self, name: str, description: str) -> None:
        """What a screen reader says for the box (already translated)."""
        self._name = name
        self.edit.setAccessibleName(name)
        self.edit.setAccessibleDescription(description)
        self.retranslate()

    def _toggle(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.retranslate()

    def retranslate(self) -> None:
        shown = self.show_button.isChecked()
        self.show_button.setText(
            QCoreApplication.translate("SecretField", "Hide")
            if shown
            else QCoreApplication.translate("SecretField", "Show")
        )
        self.show_button.setAccessibleName(
            QCoreApplication.translate("SecretField", "Hide what I typed")
            if shown
            else QCoreApplication.translate("SecretField", "Show what I typed")
        )
        self.show_button.setAccessibleDescription(
            QCoreApplication.translate(
                "SecretField", "Shows or hides the letters in the box next to it."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
