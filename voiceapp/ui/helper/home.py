"""The helper's home: it shows one helper page at a time and moves between them.

List of young people -> a young person's page -> add/edit, add something made
elsewhere, the chair's key card, their space (full screen), send, receipt.
Every page has a way back. Previews made on the way are kept here, in memory
only, and go when My Voice locks (this widget is thrown away then).
Retention runs when the home opens and every hour while it is open.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QScrollArea, QStackedLayout, QWidget

from voiceapp.core.vault import Case, Vault
from voiceapp.ui.error_text import user_message
from voiceapp.ui.helper.case_form import CaseForm
from voiceapp.ui.helper.case_list import CaseListPage
from voiceapp.ui.helper.case_page import CasePage
from voiceapp.ui.helper.import_page import ImportPage
from voiceapp.ui.helper.keycard_page import KeyCardPage
from voiceapp.ui.helper.previews import Preview
from voiceapp.ui.helper.receipt import Receipt
from voiceapp.ui.helper.receipt_page import ReceiptPage
from voiceapp.ui.helper.send_flow import SendFlow
from voiceapp.ui.helper.space import SpacePage
from voiceapp.ui.page_parts import FocusFirst
from voiceapp.ui.profile.idle_lock import DEFAULT_MINUTES
from voiceapp.ui.profile.pin import PinGuard
from voiceapp.ui.vault_jobs import VaultJobs

SETTINGS = "helper-settings"
RETENTION_EVERY_MS = 60 * 60 * 1000


class HelperHome(FocusFirst):
    lock_requested = Signal()
    fullscreen_requested = Signal(bool)
    lock_after_changed = Signal(int)
    page_changed = Signal(QWidget)
    listed = Signal()  # the list of young people is up to date

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        jobs: VaultJobs | None = None,
        guard: PinGuard | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("helperHome")
        self.vault = vault
        self.jobs = jobs or VaultJobs(self)
        self.guard = guard or PinGuard()
        self.previews: dict[str, dict[str, Preview]] = {}
        self.cases: dict[str, Case] = {}
        self.in_space = False
        self._lock_after_chosen = False
        self._layout = QStackedLayout(self)
        self.list_page = CaseListPage(self)
        self._layout.addWidget(self.list_page)
        self.page: QWidget | None = None

        self.list_page.add_requested.connect(lambda: self.edit_case(None))
        self.list_page.case_chosen.connect(self.open_case)
        self.list_page.lock_requested.connect(self.lock_requested)
        self.list_page.lock_after_changed.connect(self._save_lock_after)
        self._retention = QTimer(self)
        self._retention.setInterval(RETENTION_EVERY_MS)
        self._retention.timeout.connect(self.refresh)
        self._retention.start()
        self.refresh(first=True)

    @property
    def current(self) -> QWidget:
        return self.page or self.list_page

    def setFocus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        self.current.setFocus(reason)

    # -- the list ---------------------------------------------------------------------

    def refresh(self, first: bool = False, news: str = "") -> None:
        """Apply delete-after dates, then list the young people (one vault job)."""
        vault, today = self.vault, dt.date.today()

        def work(_progress: Any, _cancelled: Any) -> tuple[list[str], list[Case], Any]:
            gone = vault.apply_retention(today)
            settings = vault.load_record(SETTINGS, {}) if first else None
            return gone, vault.list_cases(), settings

        self._news = news
        self.jobs.run(work, self._listed, self._failed)

    def _listed(self, result: object) -> None:
        gone, cases, settings = cast(tuple[list[str], list[Case], Any], result)
        self.cases = {c.id: c for c in cases}
        for case_id in gone:
            self.previews.pop(case_id, None)
        if isinstance(settings, dict) and not self._lock_after_chosen:
            minutes = int(settings.get("lock_after_minutes", DEFAULT_MINUTES))
            self.list_page.set_lock_after(minutes)
            self.lock_after_changed.emit(minutes)
        self.list_page.show_cases(cases, dt.date.today(), len(gone), self._news)
        shown = getattr(self.page, "case", None)
        if gone and isinstance(shown, Case) and shown.id in gone:
            self.show_list()  # its delete-after day came while it was open
        self.listed.emit()

    def _failed(self, error: BaseException) -> None:
        self.list_page.show_cases(list(self.cases.values()), news=user_message(error))

    def _save_lock_after(self, minutes: int) -> None:
        self._lock_after_chosen = True  # the saved settings, if still loading, must not undo this
        vault = self.vault

        def work(_progress: Any, _cancelled: Any) -> None:
            vault.save_record(SETTINGS, {"lock_after_minutes": minutes})

        self.jobs.run(work, None, self._failed)
        self.lock_after_changed.emit(minutes)

    def show_list(self, news: str = "") -> None:
        self._set_page(None)
        self.refresh(news=news)

    # -- moving between pages -------------------------------------------------------------

    def _set_page(self, page: QWidget | None) -> None:
        old = self.page
        self.page = page
        if page is not None:
            self._layout.addWidget(page)
        self._layout.setCurrentWidget(page or self.list_page)
        if old is not None:
            self._layout.removeWidget(old)
            old.deleteLater()
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:
            scroll.verticalScrollBar().setValue(0)
        self.current.setFocus()
        self.page_changed.emit(self.current)

    def open_case(self, case_id: str) -> None:
        vault = self.vault

        def work(_progress: Any, _cancelled: Any) -> Case:
            return vault.get_case(case_id)

        self.jobs.run(work, self._show_case, self._failed)

    def _show_case(self, case: object) -> CasePage:
        assert isinstance(case, Case)
        self.cases[case.id] = case
        page = CasePage(self.vault, self.jobs, case, self.previews.setdefault(case.id, {}), self)
        page.back_requested.connect(self.show_list)
        page.edit_requested.connect(self.edit_case)
        page.add_item_requested.connect(self.add_item)
        page.keycard_requested.connect(self.add_keycard)
        page.space_requested.connect(self.start_space)
        page.send_requested.connect(self.send)
        page.receipt_requested.connect(self.show_receipt)
        page.deleted.connect(self._case_deleted)
        self._set_page(page)
        return page

    def _back_to(self, case: Case) -> None:
        self._show_case(self.cases.get(case.id, case))

    def edit_case(self, case: Case | None) -> None:
        page = CaseForm(self.vault, self.jobs, case, self)
        page.saved.connect(self.open_case)
        if case is None:
            page.cancelled.connect(self.show_list)
        else:
            page.cancelled.connect(lambda: self.open_case(case.id))
        self._set_page(page)

    def add_item(self, case: Case) -> None:
        page = ImportPage(self.vault, self.jobs, case, self)
        page.back_requested.connect(lambda: self.open_case(case.id))
        page.added.connect(lambda _item: self.open_case(case.id))
        self._set_page(page)

    def add_keycard(self, case: Case) -> None:
        page = KeyCardPage(self.vault, self.jobs, case, self)
        page.back_requested.connect(lambda: self.open_case(case.id))
        page.saved.connect(lambda: self.open_case(case.id))
        self._set_page(page)

    def start_space(self, case: Case) -> None:
        page = SpacePage(
            self.vault, self.jobs, self.guard, case, self.previews.setdefault(case.id, {}), self
        )
        page.left.connect(lambda: self._leave_space(case))
        self.in_space = True
        self._set_page(page)
        self.fullscreen_requested.emit(True)

    def _leave_space(self, case: Case) -> None:
        self.in_space = False
        self.fullscreen_requested.emit(False)
        self.open_case(case.id)

    def send(self, case: Case) -> None:
        page = SendFlow(
            self.vault, self.jobs, case, self.previews.setdefault(case.id, {}), parent=self
        )
        page.closed.connect(lambda: self.open_case(case.id))
        page.keycard_requested.connect(self.add_keycard)
        page.delete_requested.connect(self._delete_after_send)
        self._set_page(page)

    def _delete_after_send(self, case: Case) -> None:
        page = self._show_case(self.cases.get(case.id, case))
        page.ask_delete()

    def show_receipt(self, case: Case) -> None:
        receipt = Receipt.from_case(case)
        if receipt is None:
            return
        page = ReceiptPage(self.jobs, receipt, self)
        page.back_requested.connect(lambda: self.open_case(case.id))
        self._set_page(page)

    def _case_deleted(self, name: str) -> None:
        self.show_list(
            QCoreApplication.translate(
                "HelperHome", "Everything about {name} has been deleted from this laptop."
            ).format(name=name)
        )

    @property
    def busy(self) -> bool:
        """The young person's work is still being saved (the lock waits for it)."""
        return isinstance(self.page, SpacePage) and self.page.busy

    def leave_space_now(self) -> None:
        """The window is locking: the space ends without the gate (the unlock page follows)."""
        self.in_space = False
        if isinstance(self.page, SpacePage):
            self.page.end()
