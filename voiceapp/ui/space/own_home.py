"""A young person using My Voice on their own computer.

The first time, three questions (what to call them, how old they are, when
their meeting is); afterwards My Voice opens straight into their space. "Send
to the chair" adds the chair's key card if it is not there yet, then packs;
"Lock My Voice" on the finished page locks it (their passphrase opens it again).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit, QStackedLayout, QWidget

from voiceapp.core.vault import Case, CaseDetails, Vault
from voiceapp.core.vault.cases import AGE_BANDS
from voiceapp.ui.error_text import user_message
from voiceapp.ui.helper.confirm import ConfirmDialog
from voiceapp.ui.helper.keycard_page import KeyCardPage
from voiceapp.ui.helper.previews import Preview
from voiceapp.ui.helper.send_flow import SendFlow
from voiceapp.ui.helper.words import age_band_words
from voiceapp.ui.page_parts import (
    FocusFirst,
    add_all,
    button,
    label,
    name_buttons,
    row,
    scrolling_column,
    show_alert,
)
from voiceapp.ui.space.icons import icon
from voiceapp.ui.space.space import YoungSpace
from voiceapp.ui.vault_jobs import VaultJobs
from voiceapp.ui.widgets import MIN_TARGET, BigButton

MAX_NAME = 100
UNKNOWN_DATE_DAYS = 28  # "I don't know yet": keep things this long before the meeting date


class AboutMePage(FocusFirst):
    """Three questions before the space opens for the first time."""

    done = Signal(object)  # CaseDetails

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutMe")
        self.heading = label(self, "pageTitle")
        self.message = label(self, "message")
        self.name_label = label(self, "fieldLabel")
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME)
        self.name.setMinimumHeight(MIN_TARGET)
        self.name_label.setBuddy(self.name)
        self.age_label = label(self, "fieldLabel")
        self.ages: dict[str, BigButton] = {}
        for band in AGE_BANDS:
            widget = button(self, "ageBand")
            widget.setCheckable(True)
            widget.setIconSize(QSize(28, 28))
            widget.clicked.connect(lambda _=False, b=band: self.choose_age(b))
            self.ages[band] = widget
        self.date_label = label(self, "fieldLabel")
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setMinimumHeight(MIN_TARGET)
        today = dt.date.today()
        self.date.setDate(QDate(today.year, today.month, today.day).addDays(14))
        self.date_label.setBuddy(self.date)
        self.unknown = QCheckBox(self)
        self.unknown.setMinimumHeight(MIN_TARGET)
        self.unknown.toggled.connect(lambda on: self.date.setEnabled(not on))
        self.alert = label(self, "alert")
        self.start = button(self, "aboutMeStart", primary=True)
        self.start.clicked.connect(self.submit)
        self.name.returnPressed.connect(self.submit)
        self.age_band = ""
        _inner, body = scrolling_column(self, 760)
        add_all(
            body,
            self.heading,
            self.message,
            self.name_label,
            self.name,
            self.age_label,
            row(*self.ages.values(), None),
            self.date_label,
            self.date,
            self.unknown,
            self.alert,
            row(None, self.start),
        )
        self.first_focus = self.name
        self.retranslate()

    def choose_age(self, band: str) -> None:
        self.age_band = band
        for key, widget in self.ages.items():
            widget.setChecked(key == band)
            widget.setIcon(icon("finished") if key == band else QIcon())

    def submit(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            show_alert(
                self.alert, QCoreApplication.translate("AboutMePage", "Please type a name first.")
            )
            self.name.setFocus()
            return
        if not self.age_band:
            show_alert(
                self.alert,
                QCoreApplication.translate("AboutMePage", "Please choose how old you are."),
            )
            self.ages[AGE_BANDS[0]].setFocus()
            return
        today = dt.date.today()
        if self.unknown.isChecked():
            date = today + dt.timedelta(days=UNKNOWN_DATE_DAYS)
        else:
            chosen = self.date.date()
            date = max(dt.date(chosen.year(), chosen.month(), chosen.day()), today)
        show_alert(self.alert, "")
        self.done.emit(CaseDetails(name, self.age_band, date, notes={"made_with": "alone"}))

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("AboutMePage", "Before you start"))
        self.message.setText(
            QCoreApplication.translate(
                "AboutMePage", "Three quick questions, so that your space fits you."
            )
        )
        self.name_label.setText(
            QCoreApplication.translate("AboutMePage", "What would you like to be called?")
        )
        self.name.setAccessibleName(
            QCoreApplication.translate("AboutMePage", "What would you like to be called?")
        )
        self.age_label.setText(QCoreApplication.translate("AboutMePage", "How old are you?"))
        short = {
            "4-7": QCoreApplication.translate("AboutMePage", "4 to 7"),
            "8-12": QCoreApplication.translate("AboutMePage", "8 to 12"),
            "13-17": QCoreApplication.translate("AboutMePage", "13 to 17"),
        }
        for band, widget in self.ages.items():
            widget.setText(short[band])
            widget.setAccessibleName(age_band_words(band))
            widget.setAccessibleDescription(
                QCoreApplication.translate("AboutMePage", "Choose this if it is your age.")
            )
        self.date_label.setText(QCoreApplication.translate("AboutMePage", "When is your meeting?"))
        self.date.setAccessibleName(
            QCoreApplication.translate("AboutMePage", "When is your meeting?")
        )
        self.unknown.setText(QCoreApplication.translate("AboutMePage", "I don't know yet"))
        self.unknown.setAccessibleName(
            QCoreApplication.translate("AboutMePage", "I don't know the date of my meeting yet")
        )
        name_buttons(
            (
                self.start,
                QCoreApplication.translate("AboutMePage", "Start"),
                QCoreApplication.translate("AboutMePage", "Open my space."),
            )
        )
        self.setAccessibleName(self.heading.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class YoungPersonHome(QWidget):
    """About me (once), then the space; sending and the chair's key card from there."""

    lock_requested = Signal()
    ready = Signal()  # the space (or the questions) is on screen

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        jobs: VaultJobs | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("youngPersonHome")
        self.vault = vault
        self.jobs = jobs or VaultJobs(self)
        self.previews: dict[str, Preview] = {}
        self.space: YoungSpace | None = None
        self.page: QWidget | None = None
        self._layout = QStackedLayout(self)
        vault_ = vault

        def work(_progress: Any, _cancelled: Any) -> list[Case]:
            return vault_.list_cases()

        self.jobs.run(work, self._listed, self._failed)

    def _listed(self, result: object) -> None:
        cases = cast(list[Case], result)
        if cases:
            self.open_space(cases[0])
            return
        about = AboutMePage(self)
        about.done.connect(self._create)
        self._set_page(about)

    def _create(self, details: object) -> None:
        vault = self.vault

        def work(_progress: Any, _cancelled: Any) -> Case:
            return vault.add_case(cast(CaseDetails, details))

        self.jobs.run(work, self.open_space, self._failed)

    def _failed(self, error: BaseException) -> None:
        page = self.page
        alert = getattr(page, "alert", None)
        if alert is not None:
            show_alert(alert, user_message(error))

    def _set_page(self, page: QWidget) -> None:
        old = self.page
        self.page = page
        self._layout.addWidget(page)
        self._layout.setCurrentWidget(page)
        if old is not None and old is not self.space:
            self._layout.removeWidget(old)
            old.deleteLater()
        page.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ready.emit()

    def open_space(self, case: object) -> None:
        assert isinstance(case, Case)
        if self.space is None or self.space.case.id != case.id:
            self.space = YoungSpace(
                self.vault, self.jobs, case, self.previews, mode="own", parent=self
            )
            self.space.leave_requested.connect(self.lock_requested)
            self.space.send_requested.connect(self.send)
        self._set_page(self.space)
        self.space.page.setFocus()

    def send(self) -> None:
        space = self.space
        assert space is not None
        vault, case_id = self.vault, space.case.id

        def work(_progress: Any, _cancelled: Any) -> Case:
            return vault.get_case(case_id)

        self.jobs.run(work, self._send_with, self._failed)

    def _send_with(self, case: object) -> None:
        assert isinstance(case, Case) and self.space is not None
        self.space.case = case
        flow = SendFlow(self.vault, self.jobs, case, self.previews, in_space=False, parent=self)
        flow.closed.connect(self._back_to_space)
        flow.keycard_requested.connect(self.add_keycard)
        flow.delete_requested.connect(self.ask_delete)
        self._set_page(flow)

    def ask_delete(self, _case: object = None) -> None:
        """After sending: delete everything from this computer, if they say yes."""
        self._dialog = ConfirmDialog(
            QCoreApplication.translate("YoungPersonHome", "Delete your things from this computer?"),
            QCoreApplication.translate(
                "YoungPersonHome",
                "The chair keeps what you sent. Everything here will be deleted, for good.",
            ),
            QCoreApplication.translate("YoungPersonHome", "Yes, delete everything"),
            self,
        )
        self._dialog.accepted.connect(self._delete_everything)
        self._dialog.open()

    def _delete_everything(self) -> None:
        space = self.space
        if space is None:
            return
        space.end()
        vault, case_id = self.vault, space.case.id

        def work(_progress: Any, _cancelled: Any) -> None:
            vault.delete_case(case_id)

        self.jobs.run(work, self._deleted, self._failed)

    def _deleted(self, _result: object) -> None:
        space, self.space = self.space, None
        self.previews.clear()
        about = AboutMePage(self)
        about.done.connect(self._create)
        self._set_page(about)
        if space is not None:
            self._layout.removeWidget(space)
            space.deleteLater()

    def add_keycard(self, case: object) -> None:
        assert isinstance(case, Case)
        page = KeyCardPage(self.vault, self.jobs, case, self)
        page.back_requested.connect(self.send)
        page.saved.connect(self.send)
        self._set_page(page)

    def _back_to_space(self) -> None:
        if self.space is not None:
            self._set_page(self.space)
            self.space.show_things()

    @property
    def busy(self) -> bool:
        """Their work is still being saved (the lock waits for it)."""
        if self.space is None:
            return False
        self.space.flush()
        return self.space.saving

    def prepare_to_lock(self) -> None:
        if self.space is not None:
            self.space.end()
