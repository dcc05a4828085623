"""Send: every thing with its preview and who may see it, a last look, where to
save, packing with a progress bar (the window keeps answering), a receipt.

Packing is one vault job: ``packing.pack`` writes the bundle beside its final
name and renames it only when complete, then the case is marked "sent" with
its receipt. If anything goes wrong (the USB stick is full or pulled out),
nothing half-written is left at the target and the helper is told in one
sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QProgressBar, QStackedWidget, QVBoxLayout, QWidget

from voiceapp.core.bundle import BundleInfo
from voiceapp.core.errors import Cancelled
from voiceapp.core.vault import Case, Vault
from voiceapp.core.vault.items import now
from voiceapp.ui.error_text import user_message
from voiceapp.ui.helper import file_dialogs
from voiceapp.ui.helper.case_page import chair_card
from voiceapp.ui.helper.items_view import ItemsView
from voiceapp.ui.helper.packing import pack
from voiceapp.ui.helper.previews import Preview, make_previews
from voiceapp.ui.helper.receipt import Receipt, ReceiptItem
from voiceapp.ui.helper.receipt_view import ReceiptView
from voiceapp.ui.helper.words import audience_words
from voiceapp.ui.page_parts import (
    add_all,
    button,
    column,
    danger_button,
    label,
    name_buttons,
    row,
    show_alert,
)
from voiceapp.ui.tasks import Task
from voiceapp.ui.vault_jobs import VaultJobs
from voiceapp.ui.widgets import MIN_TARGET


def _step(parent: QWidget) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget(parent)
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(16)
    return page, box


class SendFlow(QWidget):
    """Four steps; ``in_space`` hides what only a helper should do (delete, fix the key)."""

    closed = Signal()  # back to where the flow was started from
    keycard_requested = Signal(object)
    delete_requested = Signal(object)
    sent = Signal(object)  # the Receipt
    loaded = Signal()

    def __init__(
        self,
        vault: Vault,
        jobs: VaultJobs,
        case: Case,
        previews: dict[str, Preview],
        in_space: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendFlow")
        self._vault = vault
        self._jobs = jobs
        self.case = case
        self._previews = previews
        self.in_space = in_space
        self.shown: list[Preview] = []
        self.ready = False
        self.receipt: Receipt | None = None
        self._task: Task | None = None
        self._total = 0

        self.heading = label(self, "pageTitle")
        self.alert = label(self, "alert")
        self.steps = QStackedWidget(self)

        self.review_page, box = _step(self.steps)
        self.review_intro = label(self.review_page, "message")
        self.blocker = label(self.review_page, "notice")
        self.items = ItemsView(self.review_page)
        self.review_back = button(self.review_page, "back")
        self.fix_key = button(self.review_page, "addKeyCard")
        self.next = button(self.review_page, "next", primary=True)
        self._end = [box]
        add_all(
            box,
            self.review_intro,
            self.blocker,
            self.items,
            row(self.review_back, self.fix_key, None, self.next),
        )

        self.look_page, box = _step(self.steps)
        self._end.append(box)
        self.look_summary = label(self.look_page, "message")
        self.look_items = label(self.look_page, "message")
        self.look_chair = label(self.look_page, "bigName", data=True)
        self.look_fingerprint = label(self.look_page, "fingerprint", data=True)
        self.look_where = label(self.look_page, "message")
        self.look_back = button(self.look_page, "back")
        self.choose = button(self.look_page, "chooseWhere", primary=True)
        add_all(
            box,
            self.look_summary,
            self.look_items,
            self.look_chair,
            self.look_fingerprint,
            self.look_where,
            row(self.look_back, None, self.choose),
        )

        self.packing_page, box = _step(self.steps)
        self._end.append(box)
        self.packing = label(self.packing_page, "message")
        self.progress = QProgressBar(self.packing_page)
        self.progress.setMinimumHeight(MIN_TARGET - 16)
        self.stop = button(self.packing_page, "stop")
        add_all(box, self.packing, self.progress, row(self.stop, None))

        self.receipt_page, box = _step(self.steps)
        self._end.append(box)
        self.receipt_view = ReceiptView(jobs, self.receipt_page)
        self.delete_now = danger_button(self.receipt_page, "deleteNow")
        self.done = button(self.receipt_page, "done", primary=True)
        add_all(box, self.receipt_view, row(self.delete_now, None, self.done))

        for page in (self.review_page, self.look_page, self.packing_page, self.receipt_page):
            self.steps.addWidget(page)
        for box in self._end:
            box.addStretch(1)  # keep each step at the top of the page
        body = column(self, 960)
        add_all(body, self.heading, self.alert, self.steps)

        self.review_back.clicked.connect(self.closed)
        self.fix_key.clicked.connect(lambda: self.keycard_requested.emit(self.case))
        self.next.clicked.connect(self.last_look)
        self.look_back.clicked.connect(self.review)
        self.choose.clicked.connect(self.ask_where)
        self.stop.clicked.connect(self._stop)
        self.done.clicked.connect(self.closed)
        self.delete_now.clicked.connect(lambda: self.delete_requested.emit(self.case))
        self.retranslate()
        self.reload()

    # -- step 1: every thing, with who may see it ------------------------------------------

    def reload(self) -> None:
        self.ready = False
        vault, case_id, known = self._vault, self.case.id, dict(self._previews)

        def work(_progress: Any, cancelled: Any) -> tuple[Case, list[Preview]]:
            return vault.get_case(case_id), make_previews(vault, case_id, known, cancelled)

        self._jobs.run(work, self._loaded, self._failed_loading)

    def _loaded(self, result: object) -> None:
        self.ready = True
        self.case, self.shown = cast(tuple[Case, list[Preview]], result)
        self._previews.update({p.item.id: p for p in self.shown})
        self.items.show_previews(self.shown, self.case.details.chosen_name)
        self.review()
        self.loaded.emit()

    def _failed_loading(self, error: BaseException) -> None:
        show_alert(self.alert, user_message(error))

    def review(self) -> None:
        show_alert(self.alert, "")
        self.steps.setCurrentWidget(self.review_page)
        self.retranslate()
        (self.next if self.next.isEnabled() else self.review_back).setFocus()

    # -- step 2: a last look --------------------------------------------------------------

    def last_look(self) -> None:
        if chair_card(self.case) is None or not self.shown:
            return
        show_alert(self.alert, "")
        self.steps.setCurrentWidget(self.look_page)
        self.retranslate()
        self.choose.setFocus()

    def ask_where(self) -> None:
        folder = file_dialogs.choose_folder(
            self,
            QCoreApplication.translate(
                "SendFlow", "Where should it be saved? Choose a USB stick or a folder"
            ),
        )
        if folder:
            self.send_to(Path(folder))

    # -- step 3: packing ----------------------------------------------------------------

    def send_to(self, folder: Path) -> None:
        card = chair_card(self.case)
        if card is None or not self.shown:
            return
        show_alert(self.alert, "")
        items = [p.item for p in self.shown]
        self._total = max(1, sum(i.size for i in items))
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.steps.setCurrentWidget(self.packing_page)
        self.retranslate()
        self.stop.setFocus()
        vault, case = self._vault, self.case
        details = case.details
        info = BundleInfo(
            age_band=details.age_band,
            conference_date=details.conference_date,
            made_with=str(details.notes.get("made_with") or "other"),
            name=details.chosen_name,
            reference=details.reference or None,
            language=details.language,
        )

        def work(progress: Any, cancelled: Any) -> Receipt:
            path = pack(vault, case.id, items, [card.recipient], info, folder, progress, cancelled)
            receipt = Receipt(
                name=details.chosen_name,
                conference_date=details.conference_date,
                reference=details.reference,
                sent_at=now(),
                file_name=path.name,
                folder=str(folder),
                chair=card.name,
                organisation=card.organisation,
                fingerprint=card.fingerprint,
                items=tuple(ReceiptItem(i.title, i.kind, i.audience, i.words) for i in items),
            )
            latest = vault.get_case(case.id).details
            notes = {**latest.notes, "receipt": receipt.to_json()}
            vault.update_case(
                Case(
                    case.id,
                    latest.with_changes(status="sent", sent_at=receipt.sent_at, notes=notes),
                )
            )
            return receipt

        self._task = self._jobs.run(work, self._sent, self._failed, self._packed)

    def _packed(self, done: int) -> None:
        self.progress.setValue(min(1000, done * 1000 // self._total))

    def _stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.steps.setCurrentWidget(self.look_page)
        self.retranslate()
        show_alert(self.alert, user_message(error))
        if not isinstance(error, Cancelled):
            self.choose.setFocus()

    # -- step 4: the receipt ------------------------------------------------------------

    def _sent(self, receipt: object) -> None:
        self._task = None
        assert isinstance(receipt, Receipt)
        self.receipt = receipt
        self.progress.setValue(1000)
        self.receipt_view.show_receipt(receipt)
        self.steps.setCurrentWidget(self.receipt_page)
        self.retranslate()
        self.done.setFocus()
        self.sent.emit(receipt)

    # -- words -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        name = self.case.details.chosen_name
        card = chair_card(self.case)
        count = len(self.shown)
        step = self.steps.currentWidget()
        if step is self.receipt_page:
            self.heading.setText(QCoreApplication.translate("SendFlow", "Sent"))
        elif step is self.look_page:
            self.heading.setText(QCoreApplication.translate("SendFlow", "A last look"))
        else:
            self.heading.setText(
                QCoreApplication.translate("SendFlow", "Send {name}'s things to the chair").format(
                    name=name
                )
            )
        self.review_intro.setText(
            QCoreApplication.translate(
                "SendFlow",
                "Look at each thing together with {name}. Under each one it says who may see it at the meeting, and whose words they are.",  # noqa: E501 - one literal for lupdate
            ).format(name=name)
        )
        blockers = []
        if card is None:
            blockers.append(
                QCoreApplication.translate(
                    "SendFlow",
                    "There is no key card from the chair yet, so nothing can be sent. Add the chair's key card first.",  # noqa: E501 - one literal for lupdate
                )
                if not self.in_space
                else QCoreApplication.translate(
                    "SendFlow",
                    "Your helper needs to add the chair's key card before anything can be sent.",
                )
            )
        if not self.shown:
            blockers.append(
                QCoreApplication.translate(
                    "SendFlow", "There is nothing to send yet. Make or add something first."
                )
            )
        self.blocker.setText("\n".join(blockers))
        self.blocker.setVisible(bool(blockers))
        self.next.setEnabled(not blockers)
        self.fix_key.setVisible(card is None and not self.in_space)

        if card is not None:
            self.look_summary.setText(
                QCoreApplication.translate(
                    "SendFlow", "1 thing will be locked so that only this chair can open it:"
                )
                if count == 1
                else QCoreApplication.translate(
                    "SendFlow",
                    "{count} things will be locked so that only this chair can open them:",
                ).format(count=count)
            )
            self.look_items.setText(
                "\n".join(
                    QCoreApplication.translate("SendFlow", "• {title}: {audience}").format(
                        title=p.item.title, audience=audience_words(p.item.audience)
                    )
                    for p in self.shown
                )
            )
            self.look_chair.setText(
                QCoreApplication.translate("SendFlow", "{chair}, {organisation}").format(
                    chair=card.name, organisation=card.organisation
                )
            )
            self.look_fingerprint.setText(card.fingerprint.replace("-", " - "))
            self.look_fingerprint.setAccessibleName(
                QCoreApplication.translate("SendFlow", "Fingerprint: {letters}").format(
                    letters=" ".join(card.fingerprint.replace("-", ""))
                )
            )
        self.look_where.setText(
            QCoreApplication.translate(
                "SendFlow",
                "Next, choose where to save it: a USB stick or a folder. The file gets a name that says nothing about {name}.",  # noqa: E501 - one literal for lupdate
            ).format(name=name)
        )
        self.packing.setText(
            QCoreApplication.translate(
                "SendFlow", "Locking and saving {name}'s things. You can keep using My Voice."
            ).format(name=name)
        )
        self.progress.setAccessibleName(
            QCoreApplication.translate("SendFlow", "How far the saving has got")
        )
        self.delete_now.setVisible(not self.in_space)
        name_buttons(
            (
                self.review_back,
                QCoreApplication.translate("SendFlow", "Back"),
                QCoreApplication.translate("SendFlow", "Go back without sending."),
            ),
            (
                self.fix_key,
                QCoreApplication.translate("SendFlow", "Add the chair's key card"),
                QCoreApplication.translate(
                    "SendFlow", "Open or paste the key card the chair sent you."
                ),
            ),
            (
                self.next,
                QCoreApplication.translate("SendFlow", "Next: a last look"),
                QCoreApplication.translate("SendFlow", "See who it goes to before it is saved."),
            ),
            (
                self.look_back,
                QCoreApplication.translate("SendFlow", "Back"),
                QCoreApplication.translate("SendFlow", "Look at the things again."),
            ),
            (
                self.choose,
                QCoreApplication.translate("SendFlow", "Choose where to save, and send"),
                QCoreApplication.translate(
                    "SendFlow", "Pick a USB stick or a folder; saving starts straight away."
                ),
            ),
            (
                self.stop,
                QCoreApplication.translate("SendFlow", "Stop"),
                QCoreApplication.translate(
                    "SendFlow", "Stop saving. Nothing is left half-written."
                ),
            ),
            (
                self.delete_now,
                QCoreApplication.translate("SendFlow", "Delete {name}'s things now").format(
                    name=name
                ),
                QCoreApplication.translate(
                    "SendFlow", "Deletes everything about them from this laptop, after asking you."
                ),
            ),
            (
                self.done,
                QCoreApplication.translate("SendFlow", "Done"),
                QCoreApplication.translate("SendFlow", "Finish and go back."),
            ),
        )
        self.setAccessibleName(self.heading.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.items.show_previews(self.shown, self.case.details.chosen_name)
        super().changeEvent(event)
