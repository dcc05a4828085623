"""Add a young person, or change their details.

Asks only what the conference needs: the name they chose to be called, their
age band, the conference date and reference, their language, who is helping
them, and when everything about them is deleted from this laptop (30 days
after the conference unless the helper picks another day).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from voiceapp.core.vault import Case, CaseDetails, Vault
from voiceapp.core.vault.cases import AGE_BANDS, DEFAULT_KEEP_DAYS
from voiceapp.ui.error_text import user_message
from voiceapp.ui.helper.words import age_band_words
from voiceapp.ui.language import LANGUAGES
from voiceapp.ui.page_parts import FocusFirst, add_all, button, column, label, row, show_alert
from voiceapp.ui.vault_jobs import VaultJobs
from voiceapp.ui.widgets import MIN_TARGET

HELPERS = ("social-worker", "advocate", "family-member", "other")
MAX_NAME = 100
DATE_FORMAT = "d MMMM yyyy"  # month names in the computer's language; no day/month mix-ups


def _qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


def _pydate(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class CaseForm(FocusFirst):
    """The form; saving runs as a vault job and then sends ``saved``."""

    saved = Signal(str)  # case id
    cancelled = Signal()

    def __init__(
        self, vault: Vault, jobs: VaultJobs, case: Case | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseForm")
        self._vault = vault
        self._jobs = jobs
        self.case = case
        today = dt.date.today()
        details = case.details if case else None

        self.heading = label(self, "pageTitle")
        self.name_label = label(self, "fieldLabel")
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME)
        self.name_hint = label(self, "hint")
        self.age_label = label(self, "fieldLabel")
        self.age = QComboBox(self)
        for band in AGE_BANDS:
            self.age.addItem("", band)
        self.date_label = label(self, "fieldLabel")
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_FORMAT)
        self.reference_label = label(self, "fieldLabel")
        self.reference = QLineEdit(self)
        self.reference.setMaxLength(MAX_NAME)
        self.language_label = label(self, "fieldLabel")
        self.language = QComboBox(self)
        for language in LANGUAGES:
            self.language.addItem(language.native, language.code)
        self.helper_label = label(self, "fieldLabel")
        self.helper = QComboBox(self)
        for kind in HELPERS:
            self.helper.addItem("", kind)
        self.delete_label = label(self, "fieldLabel")
        self.delete_after = QDateEdit(self)
        self.delete_after.setCalendarPopup(True)
        self.delete_after.setDisplayFormat(DATE_FORMAT)
        self.delete_after.setMinimumDate(_qdate(today + dt.timedelta(days=1)))
        self.delete_hint = label(self, "hint")
        self.alert = label(self, "alert")
        self.cancel = button(self, "cancel")
        self.save = button(self, "save", primary=True)
        for field, caption in (
            (self.name, self.name_label),
            (self.age, self.age_label),
            (self.date, self.date_label),
            (self.reference, self.reference_label),
            (self.language, self.language_label),
            (self.helper, self.helper_label),
            (self.delete_after, self.delete_label),
        ):
            field.setMinimumHeight(MIN_TARGET)
            caption.setBuddy(field)

        self.name.setText(details.chosen_name if details else "")
        self.age.setCurrentIndex(AGE_BANDS.index(details.age_band) if details else 1)
        self.date.setDate(_qdate(details.conference_date if details else today + dt.timedelta(14)))
        self.reference.setText(details.reference if details else "")
        lang = self.language.findData(details.language if details else "en-GB")
        self.language.setCurrentIndex(max(0, lang))
        made_with = (details.notes.get("made_with") if details else None) or "social-worker"
        self.helper.setCurrentIndex(max(0, self.helper.findData(made_with)))
        self._delete_chosen = bool(details and details.delete_after)
        self._follow_conference()
        if details and details.delete_after:
            self.delete_after.setDate(_qdate(details.delete_after))
        self.date.dateChanged.connect(self._follow_conference)
        self.delete_after.editingFinished.connect(self._chosen)

        body = column(self, 760)
        add_all(
            body,
            self.heading,
            self.name_label,
            self.name,
            self.name_hint,
            self.age_label,
            self.age,
            self.date_label,
            self.date,
            self.reference_label,
            self.reference,
            self.language_label,
            self.language,
            self.helper_label,
            self.helper,
            self.delete_label,
            self.delete_after,
            self.delete_hint,
            self.alert,
            row(self.cancel, None, self.save),
        )
        self.cancel.clicked.connect(self.cancelled)
        self.save.clicked.connect(self.submit)
        self.name.returnPressed.connect(self.submit)
        self.first_focus = self.name
        self.retranslate()

    def _follow_conference(self) -> None:
        """Until the helper picks a day, delete-after follows the conference date."""
        if not self._delete_chosen:
            default = _pydate(self.date.date()) + dt.timedelta(days=DEFAULT_KEEP_DAYS)
            self.delete_after.setDate(_qdate(max(default, dt.date.today() + dt.timedelta(1))))

    def _chosen(self) -> None:
        default = _pydate(self.date.date()) + dt.timedelta(days=DEFAULT_KEEP_DAYS)
        self._delete_chosen = _pydate(self.delete_after.date()) != default

    def details(self) -> CaseDetails:
        """What the form says now (``ValueError`` if it cannot be a case)."""
        name = self.name.text().strip()
        if not name:
            raise ValueError("no name")
        conference = _pydate(self.date.date())
        delete_after = _pydate(self.delete_after.date())
        if delete_after <= dt.date.today():
            raise ValueError("delete date not in the future")
        keep: dict[str, Any] = {}
        if self.case is not None:
            old = self.case.details
            keep = {
                "key_cards": old.key_cards,
                "status": old.status,
                "sent_at": old.sent_at,
                "notes": dict(old.notes),
            }
        notes = dict(keep.pop("notes", {}))
        notes["made_with"] = self.helper.currentData()
        default = conference + dt.timedelta(days=DEFAULT_KEEP_DAYS)
        return CaseDetails(
            chosen_name=name,
            age_band=self.age.currentData(),
            conference_date=conference,
            language=self.language.currentData(),
            reference=self.reference.text().strip(),
            delete_after=None if delete_after == default else delete_after,
            notes=notes,
            **keep,
        )

    def submit(self) -> None:
        try:
            details = self.details()
        except ValueError:
            show_alert(
                self.alert,
                QCoreApplication.translate(
                    "CaseForm",
                    "Please write the name they would like to be called, and choose a delete-after day after today.",  # noqa: E501 - one literal for lupdate
                ),
            )
            return
        show_alert(self.alert, "")
        self.save.setEnabled(False)
        vault, case = self._vault, self.case

        def work(_progress: Any, _cancelled: Any) -> str:
            if case is None:
                return vault.add_case(details).id
            vault.update_case(Case(case.id, details))
            return case.id

        self._jobs.run(work, self._saved, self._failed)

    def _saved(self, case_id: object) -> None:
        self.save.setEnabled(True)
        self.saved.emit(str(case_id))

    def _failed(self, error: BaseException) -> None:
        self.save.setEnabled(True)
        show_alert(self.alert, user_message(error))

    def retranslate(self) -> None:
        self.heading.setText(
            QCoreApplication.translate("CaseForm", "Add a young person")
            if self.case is None
            else QCoreApplication.translate("CaseForm", "Change {name}'s details").format(
                name=self.case.details.chosen_name
            )
        )
        pairs = (
            (
                self.name_label,
                self.name,
                QCoreApplication.translate("CaseForm", "The name they would like to be called"),
            ),
            (self.age_label, self.age, QCoreApplication.translate("CaseForm", "Their age")),
            (
                self.date_label,
                self.date,
                QCoreApplication.translate("CaseForm", "Date of the conference"),
            ),
            (
                self.reference_label,
                self.reference,
                QCoreApplication.translate("CaseForm", "Conference reference (if there is one)"),
            ),
            (
                self.language_label,
                self.language,
                QCoreApplication.translate("CaseForm", "Their language"),
            ),
            (
                self.helper_label,
                self.helper,
                QCoreApplication.translate("CaseForm", "You are their"),
            ),
            (
                self.delete_label,
                self.delete_after,
                QCoreApplication.translate("CaseForm", "Delete everything from this laptop on"),
            ),
        )
        for caption, field, words in pairs:
            caption.setText(words)
            field.setAccessibleName(words)
        self.name.setAccessibleDescription(
            QCoreApplication.translate(
                "CaseForm", "A first name or a nickname is enough. It goes to the chair."
            )
        )
        self.name_hint.setText(
            QCoreApplication.translate(
                "CaseForm", "A first name or a nickname is enough. It goes to the chair."
            )
        )
        for index, band in enumerate(AGE_BANDS):
            self.age.setItemText(index, age_band_words(band))
        self.helper.setItemText(0, QCoreApplication.translate("CaseForm", "Social worker"))
        self.helper.setItemText(1, QCoreApplication.translate("CaseForm", "Advocate"))
        self.helper.setItemText(2, QCoreApplication.translate("CaseForm", "Family member"))
        self.helper.setItemText(
            3, QCoreApplication.translate("CaseForm", "Someone else who helps them")
        )
        self.delete_hint.setText(
            QCoreApplication.translate(
                "CaseForm",
                "Everything about this young person is deleted from this laptop on this day, whether it was sent or not. You will be reminded a few days before.",  # noqa: E501 - one literal for lupdate
            )
        )
        self.cancel.setText(QCoreApplication.translate("CaseForm", "Cancel"))
        self.cancel.setAccessibleName(QCoreApplication.translate("CaseForm", "Cancel"))
        self.cancel.setAccessibleDescription(
            QCoreApplication.translate("CaseForm", "Go back without saving.")
        )
        self.save.setText(QCoreApplication.translate("CaseForm", "Save"))
        self.save.setAccessibleName(QCoreApplication.translate("CaseForm", "Save"))
        self.save.setAccessibleDescription(
            QCoreApplication.translate("CaseForm", "Keep these details.")
        )
        self.date.setAccessibleDescription(
            QCoreApplication.translate("CaseForm", "Type the date, or open the calendar.")
        )
        self.delete_after.setAccessibleDescription(
            QCoreApplication.translate("CaseForm", "Type the date, or open the calendar.")
        )
        self.setAccessibleName(self.heading.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
