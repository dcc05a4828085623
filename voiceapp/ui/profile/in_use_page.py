"""When another copy of My Voice has the vault open: say so kindly, offer to try again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget

from voiceapp.ui.error_text import user_message
from voiceapp.ui.page_parts import FocusFirst, add_all, button, column, label, row


class InUsePage(FocusFirst):
    """The reason in one sentence, "Try again" and "Close My Voice"."""

    retry_requested = Signal()
    quit_requested = Signal()

    def __init__(self, error: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inUsePage")
        self._error = error
        self.heading = label(self, "pageTitle")
        self.message = label(self, "message")
        self.retry = button(self, "retry", primary=True)
        self.quit = button(self, "quit")
        body = column(self, 700)
        body.addSpacing(60)
        add_all(body, self.heading, self.message, row(self.quit, None, self.retry))
        self.retry.clicked.connect(self.retry_requested)
        self.quit.clicked.connect(self.quit_requested)
        self.first_focus = self.retry
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("InUsePage", "My Voice cannot open yet"))
        self.message.setText(user_message(self._error))
        self.retry.setText(QCoreApplication.translate("InUsePage", "Try again"))
        self.retry.setAccessibleName(QCoreApplication.translate("InUsePage", "Try again"))
        self.retry.setAccessibleDescription(
            QCoreApplication.translate(
                "InUsePage", "Try to open My Voice again, after closing the other window."
            )
        )
        self.quit.setText(QCoreApplication.translate("InUsePage", "Close My Voice"))
        self.quit.setAccessibleName(QCoreApplication.translate("InUsePage", "Close My Voice"))
        self.quit.setAccessibleDescription(
            QCoreApplication.translate("InUsePage", "Close this window.")
        )
        self.setAccessibleName(QCoreApplication.translate("InUsePage", "My Voice cannot open yet"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
