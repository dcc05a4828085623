"""First run: after "who are you?", choose the passphrase that protects everything.

The rule (at least 10 characters, not one letter over and over) is the
core's ``check_passphrase``; this page explains it in friendly words, checks
as the person types, and makes the profile off the GUI thread (scrypt takes
about a second on purpose).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget

from voiceapp.core import errors
from voiceapp.core.vault import Vault, check_passphrase
from voiceapp.ui.error_text import user_message
from voiceapp.ui.page_parts import FocusFirst, add_all, button, column, label, row, show_alert
from voiceapp.ui.profile.pin import valid_pin
from voiceapp.ui.profile.secret_field import SecretField
from voiceapp.ui.start_screen import Role, role_title
from voiceapp.ui.vault_jobs import VaultJobs

PROFILE_KIND = {Role.HELPER: "helper", Role.YOUNG_PERSON: "young-person", Role.CHAIR: "chair"}


class CreateProfilePage(FocusFirst):
    """Two passphrase boxes, the rule in plain words, and (for helpers) an optional PIN."""

    back_requested = Signal()
    created = Signal(str)
    """The vault now has a profile and is unlocked; carries the PIN ("" for none)."""

    def __init__(
        self, role: Role, vault: Vault, jobs: VaultJobs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("createProfilePage")
        self.role = role
        self.kind = PROFILE_KIND[role]
        self._vault = vault
        self._jobs = jobs
        self._pin = ""

        self.heading = label(self, "pageTitle")
        self.title = label(self, "subTitle")
        self.rule = label(self, "message")
        self.first_label = label(self, "fieldLabel")
        self.first = SecretField(self)
        self.second_label = label(self, "fieldLabel")
        self.second = SecretField(self)
        self.feedback = label(self, "hint")
        self.pin_label = label(self, "fieldLabel")
        self.pin = SecretField(self, digits_only=True)
        self.pin_hint = label(self, "hint")
        self.alert = label(self, "alert")
        self.working = label(self, "hint")
        self.working.setVisible(False)
        self.back = button(self, "back")
        self.make = button(self, "makeProfile", primary=True)

        for widget in (self.pin_label, self.pin, self.pin_hint):
            widget.setVisible(self.kind == "helper")
        self.first_label.setBuddy(self.first.edit)
        self.second_label.setBuddy(self.second.edit)
        self.pin_label.setBuddy(self.pin.edit)

        body = column(self)
        add_all(
            body,
            self.heading,
            self.title,
            self.rule,
            self.first_label,
            self.first,
            self.second_label,
            self.second,
            self.feedback,
            self.pin_label,
            self.pin,
            self.pin_hint,
            self.alert,
            self.working,
            row(self.back, None, self.make),
        )
        self.first.edit.textChanged.connect(self._check_as_typed)
        self.second.edit.textChanged.connect(self._check_as_typed)
        self.first.submitted.connect(self.second.setFocus)
        self.second.submitted.connect(self.submit)
        self.pin.submitted.connect(self.submit)
        self.back.clicked.connect(self.back_requested)
        self.make.clicked.connect(self.submit)
        self.first_focus = self.first
        self.retranslate()

    # -- checking ----------------------------------------------------------------

    def _problem(self) -> str:
        """The first thing stopping this passphrase, in words; "" when it is fine."""
        first, second = self.first.text(), self.second.text()
        try:
            check_passphrase(first)
        except errors.WeakPassphrase as e:
            return user_message(e)
        if first != second:
            return QCoreApplication.translate(
                "CreateProfilePage", "The two passphrases are not the same yet."
            )
        if self.kind == "helper" and self.pin.text() and not valid_pin(self.pin.text()):
            return QCoreApplication.translate(
                "CreateProfilePage", "A PIN is 4 to 8 numbers. Or leave it empty."
            )
        return ""

    def _check_as_typed(self) -> None:
        if not self.first.text():
            self.feedback.setText("")
            return
        problem = self._problem()
        self.feedback.setText(
            problem
            or QCoreApplication.translate("CreateProfilePage", "That passphrase will do nicely.")
        )

    def submit(self) -> None:
        problem = self._problem()
        if problem:
            show_alert(self.alert, problem)
            return
        show_alert(self.alert, "")
        self._set_working(True)
        passphrase, kind = self.first.text(), self.kind
        self._pin = self.pin.text() if self.kind == "helper" else ""
        vault = self._vault

        def work(_progress: Any, _cancelled: Any) -> None:
            vault.create(kind, passphrase)

        self._jobs.run(work, self._made, self._failed)

    def _set_working(self, working: bool) -> None:
        for widget in (self.first, self.second, self.pin, self.make, self.back):
            widget.setEnabled(not working)
        self.working.setVisible(working)

    def _made(self, _result: object) -> None:
        self._set_working(False)
        self.first.clear()
        self.second.clear()
        self.pin.clear()
        self.created.emit(self._pin)

    def _failed(self, error: BaseException) -> None:
        self._set_working(False)
        show_alert(self.alert, user_message(error))

    # -- words ---------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(role_title(self.role))
        self.title.setText(QCoreApplication.translate("CreateProfilePage", "Choose a passphrase"))
        if self.kind == "young-person":
            self.rule.setText(
                QCoreApplication.translate(
                    "CreateProfilePage",
                    "A passphrase is like a secret password made of a few words. It keeps your things private. Use at least 10 letters: three words you will remember, like 'purple kettle seven', are perfect. Nobody can find it out for you if you forget it, so keep it safe.",  # noqa: E501 - one literal for lupdate
                )
            )
        else:
            self.rule.setText(
                QCoreApplication.translate(
                    "CreateProfilePage",
                    "Your passphrase locks everything My Voice keeps on this computer. Use at least 10 characters: a few words you will remember, like 'purple kettle seven', work well. Keep it somewhere safe. If it is lost, nobody can open what is kept here, not even us.",  # noqa: E501 - one literal for lupdate
                )
            )
        self.first_label.setText(QCoreApplication.translate("CreateProfilePage", "Passphrase"))
        self.first.set_names(
            QCoreApplication.translate("CreateProfilePage", "Passphrase"),
            QCoreApplication.translate(
                "CreateProfilePage", "At least 10 characters. A few words work well."
            ),
        )
        self.second_label.setText(
            QCoreApplication.translate("CreateProfilePage", "The same passphrase again")
        )
        self.second.set_names(
            QCoreApplication.translate("CreateProfilePage", "The same passphrase again"),
            QCoreApplication.translate(
                "CreateProfilePage", "Type it once more, to be sure it is right."
            ),
        )
        self.pin_label.setText(
            QCoreApplication.translate(
                "CreateProfilePage", "A short PIN (you can leave this empty)"
            )
        )
        self.pin.set_names(
            QCoreApplication.translate("CreateProfilePage", "A short PIN"),
            QCoreApplication.translate(
                "CreateProfilePage", "4 to 8 numbers, to leave a young person's space quickly."
            ),
        )
        self.pin_hint.setText(
            QCoreApplication.translate(
                "CreateProfilePage",
                "With a PIN you can leave a young person's space quickly. It is forgotten whenever My Voice locks; without one, your passphrase is needed.",  # noqa: E501 - one literal for lupdate
            )
        )
        self.working.setText(
            QCoreApplication.translate(
                "CreateProfilePage", "Setting up your private space. This takes a moment..."
            )
        )
        self.back.setText(QCoreApplication.translate("CreateProfilePage", "Back"))
        self.back.setAccessibleName(QCoreApplication.translate("CreateProfilePage", "Back"))
        self.back.setAccessibleDescription(
            QCoreApplication.translate("CreateProfilePage", "Go back to the start screen.")
        )
        self.make.setText(QCoreApplication.translate("CreateProfilePage", "Make my profile"))
        self.make.setAccessibleName(
            QCoreApplication.translate("CreateProfilePage", "Make my profile")
        )
        self.make.setAccessibleDescription(
            QCoreApplication.translate(
                "CreateProfilePage", "Keeps your passphrase and opens My Voice."
            )
        )
        self.setAccessibleName(
            QCoreApplication.translate("CreateProfilePage", "Choose a passphrase")
        )
        self._check_as_typed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
