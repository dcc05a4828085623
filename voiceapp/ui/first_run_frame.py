"""A heading and a Back button around a first-run page that has no way back of its own
(the chair's setup), so the start screen is always one press away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from voiceapp.ui.page_parts import FocusFirst, button, label, row
from voiceapp.ui.start_screen import Role, role_title


class FirstRunFrame(FocusFirst):
    back_requested = Signal()

    def __init__(self, role: Role, inner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunFrame")
        self.role = role
        self.inner = inner
        self.back = button(self, "back")
        self.heading = label(self, "subTitle")
        top = row(self.back, self.heading, None)
        top.setContentsMargins(32, 16, 32, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        inner.setParent(self)
        layout.addWidget(inner, 1)
        self.back.clicked.connect(self.back_requested)
        self.first_focus = inner
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(role_title(self.role))
        self.back.setText(QCoreApplication.translate("FirstRunFrame", "Back"))
        self.back.setAccessibleName(QCoreApplication.translate("FirstRunFrame", "Back"))
        self.back.setAccessibleDescription(
            QCoreApplication.translate("FirstRunFrame", "Go back to the start screen.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
