"""Later runs: type the passphrase to unlock (and, for helpers, set a PIN)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget

from voiceapp.core import errors
from voiceapp.core.vault import Vault
from voiceapp.ui.display_page import DisplayPage
from voiceapp.ui.error_text import user_message
from voiceapp.ui.helper.confirm import ConfirmDialog
from voiceapp.ui.page_parts import (
    FocusFirst,
    add_all,
    button,
    column,
    danger_button,
    label,
    row,
    show_alert,
)
from voiceapp.ui.profile.pin import valid_pin
from voiceapp.ui.profile.secret_field import SecretField
from voiceapp.ui.vault_jobs import VaultJobs


class UnlockPage(FocusFirst):
    """One passphrase box and an Unlock button; the work runs off the GUI thread."""

    unlocked = Signal(str)
    start_over_requested = Signal()
    """The person confirmed: delete everything kept here and start again."""
    """The vault is unlocked; carries the PIN the helper chose ("" for none)."""

    def __init__(
        self, vault: Vault, jobs: VaultJobs, kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPage")
        self._vault = vault
        self._jobs = jobs
        self.kind = kind
        self._pin = ""
        self._dialog: ConfirmDialog | None = None

        self.heading = label(self, "pageTitle")
        self.message = label(self, "message")
        self.passphrase_label = label(self, "fieldLabel")
        self.passphrase = SecretField(self)
        self.pin_label = label(self, "fieldLabel")
        self.pin = SecretField(self, digits_only=True)
        self.pin_hint = label(self, "hint")
        self.alert = label(self, "alert")
        self.working = label(self, "hint")
        self.working.setVisible(False)
        self.forgotten = label(self, "hint")
        self.start_over = danger_button(self, "startOver")
        self.unlock = button(self, "unlock", primary=True)
        self.passphrase_label.setBuddy(self.passphrase.edit)
        self.pin_label.setBuddy(self.pin.edit)
        for widget in (self.pin_label, self.pin, self.pin_hint):
            widget.setVisible(kind == "helper")

        self.display = button(self, "displayButton")
        body = column(self, 700)
        body.addSpacing(40)
        add_all(
            body,
            self.heading,
            self.message,
            self.passphrase_label,
            self.passphrase,
            self.pin_label,
            self.pin,
            self.pin_hint,
            self.alert,
            self.working,
            row(None, self.unlock),
            self.forgotten,
            row(self.start_over, None, self.display),
        )
        self.display.clicked.connect(self.show_display)
        self.start_over.clicked.connect(self._ask_start_over)
        self.passphrase.submitted.connect(self.submit)
        self.pin.submitted.connect(self.submit)
        self.unlock.clicked.connect(self.submit)
        self.first_focus = self.passphrase
        self.retranslate()

    def submit(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            show_alert(self.alert, user_message(errors.InvalidPassphrase()))
            return
        pin = self.pin.text() if self.kind == "helper" else ""
        if pin and not valid_pin(pin):
            show_alert(
                self.alert,
                QCoreApplication.translate(
                    "UnlockPage", "A PIN is 4 to 8 numbers. Or leave it empty."
                ),
            )
            return
        show_alert(self.alert, "")
        self._pin = pin
        self._set_working(True)
        vault = self._vault

        def work(_progress: Any, _cancelled: Any) -> None:
            vault.unlock(passphrase)

        self._jobs.run(work, self._done, self._failed)

    def _ask_start_over(self) -> None:
        dialog = ConfirmDialog(
            QCoreApplication.translate("UnlockPage", "Delete everything and start again?"),
            QCoreApplication.translate(
                "UnlockPage",
                "Everything kept in My Voice on this computer will be deleted for good: every young person, everything they made, and your key. Nobody can get it back. A chair can then restore their key from its backup.",  # noqa: E501 - one literal for lupdate
            ),
            QCoreApplication.translate("UnlockPage", "Delete everything"),
            self,
        )
        dialog.accepted.connect(self.start_over_requested)
        self._dialog = dialog
        dialog.open()

    def _set_working(self, working: bool) -> None:
        for widget in (self.passphrase, self.pin, self.unlock):
            widget.setEnabled(not working)
        self.working.setVisible(working)

    def _done(self, _result: object) -> None:
        self._set_working(False)
        self.passphrase.clear()
        self.pin.clear()
        self.unlocked.emit(self._pin)

    def _failed(self, error: BaseException) -> None:
        self._set_working(False)
        show_alert(self.alert, user_message(error))
        self.passphrase.edit.selectAll()
        self.passphrase.setFocus()

    def show_display(self) -> None:
        """Text size, high contrast, sounds and movement (a small window)."""
        self.display_page = DisplayPage(self)
        self.display_page.open()

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("UnlockPage", "Welcome back"))
        self.display.setText(QCoreApplication.translate("UnlockPage", "Text and colours"))
        self.display.setAccessibleName(self.display.text())
        self.display.setAccessibleDescription(
            QCoreApplication.translate(
                "UnlockPage", "Bigger words, high contrast, and sounds or movement off."
            )
        )
        self.message.setText(
            QCoreApplication.translate(
                "UnlockPage", "My Voice is locked. Type your passphrase to open it."
            )
        )
        self.passphrase_label.setText(QCoreApplication.translate("UnlockPage", "Passphrase"))
        self.passphrase.set_names(
            QCoreApplication.translate("UnlockPage", "Passphrase"),
            QCoreApplication.translate(
                "UnlockPage", "The passphrase you chose when you first used My Voice."
            ),
        )
        self.pin_label.setText(
            QCoreApplication.translate(
                "UnlockPage", "A short PIN for today (you can leave this empty)"
            )
        )
        self.pin.set_names(
            QCoreApplication.translate("UnlockPage", "A short PIN for today"),
            QCoreApplication.translate(
                "UnlockPage", "4 to 8 numbers, to leave a young person's space quickly."
            ),
        )
        self.pin_hint.setText(
            QCoreApplication.translate(
                "UnlockPage",
                "With a PIN you can leave a young person's space quickly. It is forgotten whenever My Voice locks; without one, your passphrase is needed.",  # noqa: E501 - one literal for lupdate
            )
        )
        self.working.setText(
            QCoreApplication.translate("UnlockPage", "Opening... this takes a moment.")
        )
        self.forgotten.setText(
            QCoreApplication.translate(
                "UnlockPage",
                "Forgotten your passphrase? Nobody can open what is kept here without it, not even us or your IT team. If it is lost for good, you can start again, which deletes everything kept here.",  # noqa: E501 - one literal for lupdate
            )
        )
        self.unlock.setText(QCoreApplication.translate("UnlockPage", "Unlock"))
        start_over = QCoreApplication.translate("UnlockPage", "Start again...")
        self.start_over.setText(start_over)
        self.start_over.setAccessibleName(start_over)
        self.start_over.setAccessibleDescription(
            QCoreApplication.translate(
                "UnlockPage", "Delete everything kept here, after a question, and set up again."
            )
        )
        self.unlock.setAccessibleName(QCoreApplication.translate("UnlockPage", "Unlock"))
        self.unlock.setAccessibleDescription(
            QCoreApplication.translate("UnlockPage", "Checks your passphrase and opens My Voice.")
        )
        self.setAccessibleName(QCoreApplication.translate("UnlockPage", "Unlock My Voice"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
