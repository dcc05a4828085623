"""The chair's key: the key card to share (fingerprint in large letters), and backups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from voiceapp.core import age
from voiceapp.core.atomic import atomic_write
from voiceapp.core.chair import ChairStore, keys
from voiceapp.core.keycard import KeyCard
from voiceapp.ui.chair import dialogs
from voiceapp.ui.chair.common import MessageBar, PassphrasePair, button, label, passphrase_problem
from voiceapp.ui.chair.pdf import key_card_document
from voiceapp.ui.flow_layout import FlowLayout
from voiceapp.ui.page_parts import FocusFirst
from voiceapp.ui.tasks import Task
from voiceapp.ui.widgets import MIN_TARGET


class KeyPage(FocusFirst):
    """Show, save and print the key card; make a backup of the key."""

    def __init__(
        self, store: ChairStore, identity: age.AnyIdentity, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.identity = identity
        self.task: Task | None = None
        self.recipient = identity.recipient().to_string()

        heading = label(self.tr("My key"), "heading")
        intro = label(
            self.tr(
                "Send your key card to the helpers (social workers and advocates) who help young "
                "people get ready for your conferences. When a helper brings it into My Voice, "
                "read the fingerprint to each other over the phone: if the letters match, the "
                "card really is yours."
            )
        )
        self.name = QLineEdit(self.store.name, self)
        self.name.setAccessibleName(self.tr("Your name, as helpers know you"))
        self.name.setMaxLength(100)
        self.organisation = QLineEdit(self.store.organisation, self)
        self.organisation.setAccessibleName(self.tr("Your organisation"))
        self.organisation.setMaxLength(100)
        for field in (self.name, self.organisation):
            field.setMinimumHeight(MIN_TARGET)
            field.editingFinished.connect(self._details_changed)
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Organisation"), self.organisation)

        fp_title = label(self.tr("Fingerprint"), "subheading")
        self.fingerprint = label("", None)
        self.fingerprint.setProperty("userData", True)  # letters of the key, not words
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = label("", "hint")
        self.card_text = QPlainTextEdit(self)
        self.card_text.setReadOnly(True)
        self.card_text.setAccessibleName(self.tr("The key card as text"))
        mono = QFont("DejaVu Sans Mono")
        mono.setPointSize(10)
        self.card_text.setFont(mono)
        self.card_text.setMinimumHeight(110)
        self.card_text.setMaximumHeight(160)
        self.save_card_button = button(
            self.tr("Save key card…"), self.tr("Save the key card as a file to send to helpers.")
        )
        self.save_card_button.clicked.connect(lambda: self.save_card())
        self.print_card_button = button(
            self.tr("Print key card…"), self.tr("Print the key card, fingerprint in large letters.")
        )
        self.print_card_button.clicked.connect(self._print_card)
        card_row = FlowLayout(spacing=10)  # wraps at large text sizes
        card_row.add(self.save_card_button, self.print_card_button)
        self.card_message = MessageBar(self)

        backup_heading = label(self.tr("Back up your key"), "subheading")
        warning = label(
            self.tr(
                "If this key is lost (a broken or replaced computer, a forgotten passphrase), "
                "the young people's views sent to it can never be opened, by anyone. Not even "
                "My Voice can get them back."
            )
        )
        warning.setProperty("tone", "warning")
        how = label(
            self.tr(
                "A backup is locked with a recovery passphrase. Choose one different from your "
                "everyday passphrase, keep it apart from the backup, and keep the backup away "
                "from this computer."
            ),
            "hint",
        )
        self.backup_pair = PassphrasePair(
            self.tr("Choose a recovery passphrase"),
            self.tr("Type the recovery passphrase again"),
            self.tr("At least 10 characters, and not the same as your everyday passphrase."),
        )
        self.backup_button = button(
            self.tr("Save a backup…"), self.tr("Choose where to save the backup of your key.")
        )
        self.backup_button.clicked.connect(lambda: self.save_backup())
        self.backup_message = MessageBar(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        for w in (heading, intro):
            layout.addWidget(w)
        layout.addLayout(form)
        for shown in (fp_title, self.fingerprint, self.kind, self.card_text):
            layout.addWidget(shown)
        layout.addLayout(card_row)
        layout.addWidget(self.card_message)
        for part in (backup_heading, warning, how, self.backup_pair):
            layout.addWidget(part)
        row = FlowLayout(spacing=10)
        row.add(self.backup_button)
        layout.addLayout(row)
        layout.addWidget(self.backup_message)
        layout.addStretch(1)
        self.first_focus = self.name  # not a focus proxy: that would trap Tab (see FocusFirst)
        self._show_card()

    @property
    def post_quantum(self) -> bool:
        return self.recipient.startswith("age1pq1")

    def card(self) -> KeyCard:
        name = self.name.text().strip() or self.tr("Conference chair")
        organisation = self.organisation.text().strip() or "-"
        return KeyCard.make(name, organisation, self.recipient)

    def _details_changed(self) -> None:
        name, org = self.name.text().strip(), self.organisation.text().strip()
        if (name, org) != (self.store.name, self.store.organisation):
            self.store.set_card_details(name, org)
        self._show_card()

    def _show_card(self) -> None:
        try:
            card = self.card()
        except ValueError:
            self.card_message.show_message(
                self.tr("Names must be one short line of plain text."), "error"
            )
            return
        self.fingerprint.setText(card.fingerprint)
        spoken = " ".join(card.fingerprint.replace("-", " - "))
        self.fingerprint.setAccessibleName(self.tr("Fingerprint: %1").replace("%1", spoken))
        self.kind.setText(
            self.tr("Standard key (post-quantum)")
            if self.post_quantum
            else self.tr("Compatibility key (X25519): also opens with older age tools")
        )
        self.card_text.setPlainText(card.to_text())

    def save_card(self, path: str | None = None) -> None:
        self._details_changed()
        card = self.card()
        if path is None:
            path = dialogs.save_path(
                self,
                self.tr("Save your key card"),
                "my-voice-key-card.voicekey",
                self.tr("Key cards (*.voicekey)"),
            )
        if not path:
            return
        try:
            with atomic_write(path, 0o644) as f:
                f.write(card.to_text().encode("utf-8"))
        except OSError as e:
            self.card_message.show_error(e)
            return
        self.card_message.show_message(self.tr("Key card saved: %1").replace("%1", path), "ok")

    def _print_card(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        self._details_changed()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            key_card_document(self.card(), self.post_quantum).print_(printer)

    def save_backup(self, path: str | None = None) -> None:
        problem = passphrase_problem(self.backup_pair)
        if problem:
            self.backup_message.show_message(problem, "error")
            return
        recovery = self.backup_pair.value()
        if path is None:
            path = dialogs.save_path(
                self,
                self.tr("Save the backup of your key"),
                keys.backup_file_name(),
                self.tr("Key backups (*.age)"),
            )
        if not path:
            return
        identity = self.identity
        target = path

        def work(progress: Any, cancelled: Any) -> str:
            data = keys.backup_bytes(identity, recovery)
            with atomic_write(target, 0o600) as f:
                f.write(data)
            return target

        self.backup_message.show_message(self.tr("Saving the backup…"), "info")
        self.backup_button.setEnabled(False)
        task = Task(work, self)
        self.task = task

        def ok(where: str) -> None:
            self.backup_pair.clear()
            self.backup_message.show_message(
                self.tr("Backup saved: %1. Keep it, and its recovery passphrase, safe.").replace(
                    "%1", where
                ),
                "ok",
            )

        task.succeeded.connect(ok)
        task.failed.connect(self.backup_message.show_error)
        task.finished.connect(lambda: self.backup_button.setEnabled(True))
        task.start()
