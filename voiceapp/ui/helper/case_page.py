"""One young person's page: their details, the chair's key card, their things,
and the ways on: add something, start their space, send, change, delete."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget

from voiceapp.core import keycard
from voiceapp.core.errors import InvalidKeyCard
from voiceapp.core.vault import Case, Vault
from voiceapp.ui.error_text import user_message
from voiceapp.ui.helper.confirm import ConfirmDialog
from voiceapp.ui.helper.items_view import ItemsView
from voiceapp.ui.helper.previews import Preview, make_previews
from voiceapp.ui.helper.receipt import Receipt
from voiceapp.ui.helper.words import conference_words, deleted_on_words, status_words
from voiceapp.ui.page_parts import (
    FocusFirst,
    add_all,
    button,
    column,
    danger_button,
    label,
    name_buttons,
    row,
    show_alert,
)
from voiceapp.ui.vault_jobs import VaultJobs


def chair_card(case: Case) -> keycard.KeyCard | None:
    """The chair's key card kept with the case (checked again), or None."""
    for text in case.details.key_cards:
        try:
            return keycard.parse(text)
        except InvalidKeyCard:
            continue
    return None


class CasePage(FocusFirst):
    back_requested = Signal()
    edit_requested = Signal(object)
    add_item_requested = Signal(object)
    keycard_requested = Signal(object)
    space_requested = Signal(object)
    send_requested = Signal(object)
    receipt_requested = Signal(object)
    deleted = Signal(str)  # the name, for the notice on the list
    loaded = Signal()

    def __init__(
        self,
        vault: Vault,
        jobs: VaultJobs,
        case: Case,
        previews: dict[str, Preview],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("casePage")
        self._vault = vault
        self._jobs = jobs
        self.case = case
        self._previews = previews
        self.shown: list[Preview] = []
        self.ready = False
        self._dialog: ConfirmDialog | None = None

        self.back = button(self, "back")
        self.heading = label(self, "pageTitle", data=True)
        self.facts = label(self, "message")
        self.deletion = label(self, "hint")
        self.sent = label(self, "notice")
        self.receipt = button(self, "showReceipt")
        self.delete_now = danger_button(self, "deleteNow")
        self.card_heading = label(self, "subTitle")
        self.card = label(self, "message")
        self.card_button = button(self, "keyCard")
        self.things_heading = label(self, "subTitle")
        self.loading = label(self, "hint")
        self.empty = label(self, "hint")
        self.items = ItemsView(self, editable=True)
        self.alert = label(self, "alert")
        self.add_item = button(self, "addItem")
        self.space = button(self, "startSpace", primary=True)
        self.send = button(self, "send", primary=True)
        self.edit = button(self, "edit")
        self.delete = danger_button(self, "deleteCase")

        body = column(self, 960)
        add_all(
            body,
            row(self.back, None),
            self.heading,
            self.facts,
            self.deletion,
            self.sent,
            row(self.receipt, self.delete_now, None),
            row(self.space, self.send, None),
            self.alert,
            self.card_heading,
            self.card,
            row(self.card_button, None),
            self.things_heading,
            self.loading,
            self.empty,
            self.items,
            row(self.add_item, None),
            row(self.edit, None, self.delete),
        )
        self.back.clicked.connect(self.back_requested)
        self.edit.clicked.connect(lambda: self.edit_requested.emit(self.case))
        self.add_item.clicked.connect(lambda: self.add_item_requested.emit(self.case))
        self.card_button.clicked.connect(lambda: self.keycard_requested.emit(self.case))
        self.space.clicked.connect(lambda: self.space_requested.emit(self.case))
        self.send.clicked.connect(lambda: self.send_requested.emit(self.case))
        self.receipt.clicked.connect(lambda: self.receipt_requested.emit(self.case))
        self.delete.clicked.connect(self._ask_delete_case)
        self.delete_now.clicked.connect(self._ask_delete_case)
        self.items.audience_change_requested.connect(self._change_audience)
        self.items.remove_requested.connect(self._ask_remove)
        self.first_focus = self.back
        self.retranslate()
        self.reload()

    # -- loading -------------------------------------------------------------------

    def reload(self) -> None:
        """Read the case and make previews of its things (as a vault job)."""
        self.ready = False
        self.loading.setVisible(True)
        vault, case_id, known = self._vault, self.case.id, dict(self._previews)

        def work(_progress: Any, cancelled: Any) -> tuple[Case, list[Preview]]:
            return vault.get_case(case_id), make_previews(vault, case_id, known, cancelled)

        self._jobs.run(work, self._loaded, self._failed)

    def _loaded(self, result: object) -> None:
        self.ready = True
        case, previews = cast(tuple[Case, list[Preview]], result)
        self.case = case
        self.shown = previews
        self._previews.clear()
        self._previews.update({p.item.id: p for p in previews})
        self.loading.setVisible(False)
        self.retranslate()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.loading.setVisible(False)
        show_alert(self.alert, user_message(error))

    # -- changes -------------------------------------------------------------------

    def _change_audience(self, item_id: str, audience: str) -> None:
        vault, case_id = self._vault, self.case.id
        item = next(p.item for p in self.shown if p.item.id == item_id)

        def work(_progress: Any, _cancelled: Any) -> None:
            vault.update_item_info(case_id, item.with_changes(audience=audience))

        self._jobs.run(work, self._changed, self._failed)

    def _changed(self, _result: object) -> None:
        self.reload()

    def _ask_remove(self, item_id: str) -> None:
        item = next(p.item for p in self.shown if p.item.id == item_id)
        self._dialog = ConfirmDialog(
            QCoreApplication.translate("CasePage", "Remove “{title}”?").format(title=item.title),
            QCoreApplication.translate(
                "CasePage",
                "It will be deleted from this laptop and cannot be brought back. Only do this if {name} agrees.",  # noqa: E501 - one literal for lupdate
            ).format(name=self.case.details.chosen_name),
            QCoreApplication.translate("CasePage", "Yes, remove it"),
            self,
        )
        self._removing = item_id
        self._dialog.accepted.connect(self._remove)
        self._dialog.open()

    def _remove(self) -> None:
        vault, case_id, item_id = self._vault, self.case.id, self._removing

        def work(_progress: Any, _cancelled: Any) -> None:
            vault.delete_item(case_id, item_id)

        self._jobs.run(work, self._changed, self._failed)

    def ask_delete(self) -> None:
        """Ask before deleting the whole case (also used after a send)."""
        self._ask_delete_case()

    def _ask_delete_case(self) -> None:
        name = self.case.details.chosen_name
        message = QCoreApplication.translate(
            "CasePage",
            "Everything {name} made and everything about them will be deleted from this laptop, for good. Nobody can bring it back. Anything already sent to the chair stays with the chair.",  # noqa: E501 - one literal for lupdate
        ).format(name=name)
        if self.case.details.status != "sent" and self.shown:
            message += " " + QCoreApplication.translate(
                "CasePage", "Their things have not been sent yet."
            )
        self._dialog = ConfirmDialog(
            QCoreApplication.translate("CasePage", "Delete {name} and all their things?").format(
                name=name
            ),
            message,
            QCoreApplication.translate("CasePage", "Yes, delete everything"),
            self,
        )
        self._dialog.accepted.connect(self._delete_case)
        self._dialog.open()

    def _delete_case(self) -> None:
        vault, case_id = self._vault, self.case.id

        def work(_progress: Any, _cancelled: Any) -> None:
            vault.delete_case(case_id)

        self._jobs.run(work, self._case_deleted, self._failed)

    def _case_deleted(self, _result: object) -> None:
        self._previews.clear()
        self.deleted.emit(self.case.details.chosen_name)

    # -- words -----------------------------------------------------------------------

    def retranslate(self) -> None:
        details = self.case.details
        name = details.chosen_name
        today = dt.date.today()
        self.heading.setText(name)
        facts = [conference_words(details.conference_date), status_words(details.status)]
        if details.reference:
            facts.insert(
                1,
                QCoreApplication.translate("CasePage", "Reference {reference}").format(
                    reference=details.reference
                ),
            )
        self.facts.setText("  ·  ".join(facts))
        self.deletion.setText(
            deleted_on_words(name, details.days_until_deletion(today), details.deletion_date)
        )
        sent = details.status == "sent"
        receipt = Receipt.from_case(self.case)
        self.sent.setText(
            QCoreApplication.translate(
                "CasePage",
                "Sent to the chair on {when}. When the chair has it, you can delete {name}'s things now.",  # noqa: E501 - one literal for lupdate
            ).format(when=receipt.sent_words() if receipt else details.sent_at or "", name=name)
        )
        for widget in (self.sent, self.delete_now):
            widget.setVisible(sent)
        self.receipt.setVisible(sent and receipt is not None)
        self.receipt.setText(QCoreApplication.translate("CasePage", "Show the receipt"))
        self.receipt.setAccessibleName(QCoreApplication.translate("CasePage", "Show the receipt"))
        self.receipt.setAccessibleDescription(
            QCoreApplication.translate(
                "CasePage", "What was sent, when, and to whom. You can print it or save it."
            )
        )
        self.delete_now.setText(
            QCoreApplication.translate("CasePage", "Delete {name}'s things now").format(name=name)
        )
        self.delete_now.setAccessibleName(self.delete_now.text())
        self.delete_now.setAccessibleDescription(
            QCoreApplication.translate(
                "CasePage", "Deletes everything about them from this laptop, after asking you."
            )
        )

        card = chair_card(self.case)
        self.card_heading.setText(QCoreApplication.translate("CasePage", "The chair's key card"))
        if card is None:
            self.card.setText(
                QCoreApplication.translate(
                    "CasePage",
                    "No key card yet. Ask the conference chair for their My Voice key card: it lets you send {name}'s things so that only the chair can open them.",  # noqa: E501 - one literal for lupdate
                ).format(name=name)
            )
            self.card_button.setText(
                QCoreApplication.translate("CasePage", "Add the chair's key card")
            )
        else:
            self.card.setText(
                QCoreApplication.translate(
                    "CasePage", "{chair}, {organisation}. Fingerprint: {fingerprint}"
                ).format(
                    chair=card.name, organisation=card.organisation, fingerprint=card.fingerprint
                )
            )
            self.card_button.setText(
                QCoreApplication.translate("CasePage", "Use a different key card")
            )
        self.card_button.setAccessibleName(self.card_button.text())
        self.card_button.setAccessibleDescription(
            QCoreApplication.translate(
                "CasePage", "Open a key card file, or paste the key card text."
            )
        )

        self.things_heading.setText(
            QCoreApplication.translate("CasePage", "{name}'s things").format(name=name)
        )
        self.loading.setText(
            QCoreApplication.translate("CasePage", "Getting {name}'s things...").format(name=name)
        )
        self.empty.setText(
            QCoreApplication.translate(
                "CasePage",
                "Nothing here yet. Start {name}'s space, or add something they made elsewhere.",
            ).format(name=name)
        )
        self.empty.setVisible(not self.shown and not self.loading.isVisible())
        self.items.show_previews(self.shown, name)

        name_buttons(
            (
                self.back,
                QCoreApplication.translate("CasePage", "All young people"),
                QCoreApplication.translate("CasePage", "Go back to the list of young people."),
            ),
            (
                self.add_item,
                QCoreApplication.translate("CasePage", "Add something made elsewhere"),
                QCoreApplication.translate(
                    "CasePage",
                    "A photo of a drawing on paper, a letter, a recording or a video from a file.",
                ),
            ),
            (
                self.space,
                QCoreApplication.translate("CasePage", "Start {name}'s space").format(name=name),
                QCoreApplication.translate(
                    "CasePage",
                    "Fills the screen with {name}'s own space. Leaving it needs you.",
                ).format(name=name),
            ),
            (
                self.send,
                QCoreApplication.translate("CasePage", "Send to the chair"),
                QCoreApplication.translate(
                    "CasePage", "Look at everything once more and save it for the chair."
                ),
            ),
            (
                self.edit,
                QCoreApplication.translate("CasePage", "Change details"),
                QCoreApplication.translate(
                    "CasePage", "Change the name, conference date or delete-after day."
                ),
            ),
            (
                self.delete,
                QCoreApplication.translate("CasePage", "Delete {name}").format(name=name),
                QCoreApplication.translate(
                    "CasePage", "Deletes everything about them from this laptop, after asking you."
                ),
            ),
        )
        self.setAccessibleName(
            QCoreApplication.translate("CasePage", "{name}'s page").format(name=name)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
