"""An honest page for parts of My Voice that are still being built."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from voiceapp.ui.widgets import BigButton


class NotReadyPage(QWidget):
    """Says plainly that this part is not ready, with a Back button (no dead ends)."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notReadyPage")
        self._heading_source: str = ""

        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.heading.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.message.setWordWrap(True)
        self.back = BigButton(self)
        self.back.setObjectName("back")
        self.back.setMinimumSize(200, 64)
        self.back.clicked.connect(self.back_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(24)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setFocusProxy(self.back)
        self.retranslate()

    def set_heading(self, text: str) -> None:
        """Show ``text`` (already translated) as the page heading."""
        self.heading.setText(text)

    def retranslate(self) -> None:
        """Set every word on this page in the current language."""
        self.message.setText(
            QCoreApplication.translate(
                "NotReadyPage",
                "This part of My Voice is not ready yet. We are building it now.",
            )
        )
        self.back.setText(QCoreApplication.translate("NotReadyPage", "Back"))
        self.back.setAccessibleName(QCoreApplication.translate("NotReadyPage", "Back"))
        self.back.setAccessibleDescription(
            QCoreApplication.translate("NotReadyPage", "Go back to the start screen.")
        )
        self.setAccessibleName(QCoreApplication.translate("NotReadyPage", "Not ready yet"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
