"""A sent case's receipt, shown again from the young person's page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget

from voiceapp.ui.helper.receipt import Receipt
from voiceapp.ui.helper.receipt_view import ReceiptView
from voiceapp.ui.page_parts import FocusFirst, add_all, button, column, label, row
from voiceapp.ui.vault_jobs import VaultJobs


class ReceiptPage(FocusFirst):
    back_requested = Signal()

    def __init__(self, jobs: VaultJobs, receipt: Receipt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptPage")
        self.receipt = receipt
        self.back = button(self, "back")
        self.heading = label(self, "pageTitle")
        self.view = ReceiptView(jobs, self)
        self.view.show_receipt(receipt)
        body = column(self, 900)
        add_all(body, row(self.back, None), self.heading, self.view)
        self.back.clicked.connect(self.back_requested)
        self.first_focus = self.back
        self.retranslate()

    def retranslate(self) -> None:
        name = self.receipt.name
        self.heading.setText(QCoreApplication.translate("ReceiptPage", "Receipt"))
        self.back.setText(
            QCoreApplication.translate("ReceiptPage", "Back to {name}'s page").format(name=name)
        )
        self.back.setAccessibleName(self.back.text())
        self.back.setAccessibleDescription(
            QCoreApplication.translate("ReceiptPage", "Go back to the young person's page.")
        )
        self.setAccessibleName(self.heading.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
