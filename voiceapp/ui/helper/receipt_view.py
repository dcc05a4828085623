"""The receipt on screen, with "Print..." and "Save as PDF..."."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from voiceapp.core.atomic import atomic_write
from voiceapp.ui.error_text import user_message
from voiceapp.ui.helper import file_dialogs
from voiceapp.ui.helper.receipt import Receipt, pdf_bytes
from voiceapp.ui.page_parts import button, label, name_buttons, row, show_alert
from voiceapp.ui.vault_jobs import VaultJobs


class ReceiptView(QWidget):
    """The lines of a :class:`Receipt`, and ways to keep it on paper or as a PDF."""

    pdf_saved = Signal(str)

    def __init__(self, jobs: VaultJobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptView")
        self._jobs = jobs
        self.receipt: Receipt | None = None
        self.lines: list[QLabel] = []
        self._box = QVBoxLayout()
        self._box.setSpacing(8)
        self.alert = label(self, "alert")
        self.print_button = button(self, "printReceipt")
        self.pdf_button = button(self, "saveReceipt")
        self._printer: QPrinter | None = None
        self._dialog: QPrintDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addLayout(self._box)
        layout.addWidget(self.alert)
        layout.addLayout(row(self.print_button, self.pdf_button, None))
        self.print_button.clicked.connect(self.print_receipt)
        self.pdf_button.clicked.connect(self.ask_where_to_save)
        self.retranslate()

    def show_receipt(self, receipt: Receipt) -> None:
        self.receipt = receipt
        for old in self.lines:
            old.deleteLater()
        self.lines = []
        for kind, words in receipt.lines():
            widget = label(
                self, {"heading": "subTitle", "item": "receiptItem"}.get(kind, "message")
            )
            widget.setText(words)
            self._box.addWidget(widget)
            widget.show()
            self.lines.append(widget)

    def print_receipt(self) -> None:
        if self.receipt is None:
            return
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._dialog = QPrintDialog(self._printer, self)
        self._dialog.accepted.connect(self._print_now)
        self._dialog.setModal(True)
        self._dialog.show()

    def _print_now(self) -> None:
        if self.receipt is not None and self._printer is not None:
            self.receipt.document().print_(self._printer)

    def ask_where_to_save(self) -> None:
        if self.receipt is None:
            return
        suggested = f"receipt-{self.receipt.file_name.removesuffix('.voice')}.pdf"
        path = file_dialogs.save_file(
            self, QCoreApplication.translate("ReceiptView", "Save the receipt"), suggested
        )
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str) -> None:
        """Make the PDF in memory, then write it (atomically) off the GUI thread."""
        assert self.receipt is not None
        data = pdf_bytes(self.receipt)

        def work(_progress: Any, _cancelled: Any) -> str:
            with atomic_write(path, 0o600) as f:
                f.write(data)
            return path

        self._jobs.run(work, self._saved, self._failed)

    def _saved(self, path: object) -> None:
        show_alert(self.alert, "")
        self.pdf_saved.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        show_alert(self.alert, user_message(error))

    def retranslate(self) -> None:
        name_buttons(
            (
                self.print_button,
                QCoreApplication.translate("ReceiptView", "Print..."),
                QCoreApplication.translate("ReceiptView", "Print the receipt on paper."),
            ),
            (
                self.pdf_button,
                QCoreApplication.translate("ReceiptView", "Save as PDF..."),
                QCoreApplication.translate(
                    "ReceiptView", "Save the receipt as a PDF file where you choose."
                ),
            ),
        )
        if self.receipt is not None:
            self.show_receipt(self.receipt)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
