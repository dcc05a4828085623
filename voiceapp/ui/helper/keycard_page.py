"""The chair's key card: open the file or paste its text, then check the name
and the fingerprint (in big letters, to read back to the chair on the phone)
before the case uses it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QPlainTextEdit, QStackedWidget, QVBoxLayout, QWidget

from voiceapp.core import keycard
from voiceapp.core.errors import InvalidKeyCard
from voiceapp.core.vault import Case, Vault
from voiceapp.ui.error_text import user_message
from voiceapp.ui.helper import file_dialogs
from voiceapp.ui.page_parts import (
    FocusFirst,
    add_all,
    button,
    column,
    label,
    name_buttons,
    row,
    show_alert,
)
from voiceapp.ui.vault_jobs import VaultJobs

MAX_CARD_FILE = keycard.MAX_SIZE


class KeyCardPage(FocusFirst):
    back_requested = Signal()
    saved = Signal()
    checked = Signal()  # a card passed the checks and waits for the helper's "yes"

    def __init__(
        self, vault: Vault, jobs: VaultJobs, case: Case, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keyCardPage")
        self._vault = vault
        self._jobs = jobs
        self.case = case
        self.card: keycard.KeyCard | None = None

        self.back = button(self, "back")
        self.heading = label(self, "pageTitle")
        self.alert = label(self, "alert")
        self.steps = QStackedWidget(self)

        self.find_page = QWidget(self.steps)
        self.explain = label(self.find_page, "message")
        self.open_file = button(self.find_page, "openKeyCard", primary=True)
        self.paste_label = label(self.find_page, "fieldLabel")
        self.paste = QPlainTextEdit(self.find_page)
        self.paste.setObjectName("pasteKeyCard")
        self.paste.setTabChangesFocus(True)
        self.paste.setMinimumHeight(160)
        self.paste_label.setBuddy(self.paste)
        self.check = button(self.find_page, "checkKeyCard")
        box = QVBoxLayout(self.find_page)
        box.setContentsMargins(0, 0, 0, 0)
        add_all(box, self.explain, row(self.open_file, None), self.paste_label, self.paste)
        add_all(box, row(self.check, None))

        self.confirm_page = QWidget(self.steps)
        self.ask = label(self.confirm_page, "message")
        self.chair = label(self.confirm_page, "bigName", data=True)
        self.organisation = label(self.confirm_page, "message", data=True)
        self.fingerprint_label = label(self.confirm_page, "fieldLabel")
        self.fingerprint = label(self.confirm_page, "fingerprint", data=True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.classic = label(self.confirm_page, "hint")
        self.no = button(self.confirm_page, "noMatch")
        self.yes = button(self.confirm_page, "yesMatch", primary=True)
        box = QVBoxLayout(self.confirm_page)
        box.setContentsMargins(0, 0, 0, 0)
        add_all(
            box,
            self.ask,
            self.chair,
            self.organisation,
            self.fingerprint_label,
            self.fingerprint,
            self.classic,
            row(self.no, None, self.yes),
        )
        self.steps.addWidget(self.find_page)
        self.steps.addWidget(self.confirm_page)

        body = column(self, 860)
        add_all(body, row(self.back, None), self.heading, self.alert, self.steps)
        self.back.clicked.connect(self.back_requested)
        self.open_file.clicked.connect(self.ask_for_file)
        self.check.clicked.connect(lambda: self.check_text(self.paste.toPlainText()))
        self.no.clicked.connect(self._not_this_one)
        self.yes.clicked.connect(self.use_card)
        self.first_focus = self.open_file
        self.retranslate()

    def ask_for_file(self) -> None:
        path = file_dialogs.open_file(
            self,
            QCoreApplication.translate("KeyCardPage", "Open the chair's key card"),
            QCoreApplication.translate(
                "KeyCardPage", "My Voice key cards (*.voicekey);;All files (*)"
            ),
        )
        if not path:
            return
        try:
            with open(path, "rb") as f:  # a key card is tiny: reading it is instant
                untrusted = f.read(MAX_CARD_FILE + 1)
        except OSError as e:
            show_alert(self.alert, user_message(e))
            return
        self.check_text(untrusted)

    def check_text(self, untrusted: str | bytes) -> None:
        try:
            self.card = keycard.parse(untrusted)
        except InvalidKeyCard as e:
            self.card = None
            show_alert(self.alert, user_message(e))
            return
        show_alert(self.alert, "")
        self.steps.setCurrentWidget(self.confirm_page)
        self.retranslate()
        self.yes.setFocus()
        self.checked.emit()

    def _not_this_one(self) -> None:
        self.card = None
        self.steps.setCurrentWidget(self.find_page)
        show_alert(
            self.alert,
            QCoreApplication.translate(
                "KeyCardPage",
                "That key card was not used. Ask the chair to send their key card again, then check the letters together.",  # noqa: E501 - one literal for lupdate
            ),
        )
        self.open_file.setFocus()

    def use_card(self) -> None:
        card = self.card
        if card is None:
            return
        self.yes.setEnabled(False)
        vault, case_id = self._vault, self.case.id

        def work(_progress: Any, _cancelled: Any) -> None:
            case = vault.get_case(case_id)
            details = case.details.with_changes(key_cards=(card.to_text(),))
            vault.update_case(Case(case_id, details))

        self._jobs.run(work, self._saved, self._failed)

    def _saved(self, _result: object) -> None:
        self.yes.setEnabled(True)
        self.saved.emit()

    def _failed(self, error: BaseException) -> None:
        self.yes.setEnabled(True)
        show_alert(self.alert, user_message(error))

    def retranslate(self) -> None:
        name = self.case.details.chosen_name
        self.heading.setText(QCoreApplication.translate("KeyCardPage", "The chair's key card"))
        self.explain.setText(
            QCoreApplication.translate(
                "KeyCardPage",
                "The conference chair shares a small key card file (it ends in .voicekey). With it, {name}'s things are locked so that only the chair can open them. Open the file, or paste its text below.",  # noqa: E501 - one literal for lupdate
            ).format(name=name)
        )
        self.paste_label.setText(
            QCoreApplication.translate("KeyCardPage", "Or paste the key card text here")
        )
        self.paste.setAccessibleName(QCoreApplication.translate("KeyCardPage", "Key card text"))
        self.paste.setAccessibleDescription(
            QCoreApplication.translate(
                "KeyCardPage",
                "Paste the whole key card, from 'My Voice key card' to the fingerprint.",
            )
        )
        self.ask.setText(
            QCoreApplication.translate(
                "KeyCardPage",
                "Phone the chair and ask them to read out their fingerprint. Do the letters match the ones below?",  # noqa: E501 - one literal for lupdate
            )
        )
        self.fingerprint_label.setText(QCoreApplication.translate("KeyCardPage", "Fingerprint"))
        card = self.card
        if card is not None:
            self.chair.setText(card.name)
            self.organisation.setText(card.organisation)
            self.fingerprint.setText(card.fingerprint.replace("-", " - "))
            self.fingerprint.setAccessibleName(
                QCoreApplication.translate("KeyCardPage", "Fingerprint: {letters}").format(
                    letters=" ".join(card.fingerprint.replace("-", ""))
                )
            )
            self.classic.setText(
                ""
                if card.post_quantum
                else QCoreApplication.translate(
                    "KeyCardPage",
                    "This is an older kind of key. It works, but ask the chair whether they have a newer key card.",  # noqa: E501 - one literal for lupdate
                )
            )
            self.classic.setVisible(not card.post_quantum)
        name_buttons(
            (
                self.back,
                QCoreApplication.translate("KeyCardPage", "Back to {name}'s page").format(
                    name=name
                ),
                QCoreApplication.translate("KeyCardPage", "Go back without changing the key card."),
            ),
            (
                self.open_file,
                QCoreApplication.translate("KeyCardPage", "Open a key card file..."),
                QCoreApplication.translate(
                    "KeyCardPage", "Opens a window to pick the .voicekey file."
                ),
            ),
            (
                self.check,
                QCoreApplication.translate("KeyCardPage", "Check the pasted text"),
                QCoreApplication.translate(
                    "KeyCardPage", "Checks the text and shows the chair's name and fingerprint."
                ),
            ),
            (
                self.no,
                QCoreApplication.translate("KeyCardPage", "No, they are different"),
                QCoreApplication.translate("KeyCardPage", "Do not use this key card."),
            ),
            (
                self.yes,
                QCoreApplication.translate("KeyCardPage", "Yes, they match: use it"),
                QCoreApplication.translate(
                    "KeyCardPage", "Use this key card to send {name}'s things."
                ).format(name=name),
            ),
        )
        self.setAccessibleName(self.heading.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
