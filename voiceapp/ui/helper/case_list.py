"""The helper's home: the young people they are helping, one big button each.

Each button says the chosen name, the conference date, the status and how
many days are left before everything is deleted. A notice at the top warns
about cases that will be deleted soon, and says when some were deleted.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from voiceapp.core.vault import Case
from voiceapp.ui.display_page import DisplayPage
from voiceapp.ui.helper.words import conference_words, deletion_words, status_words
from voiceapp.ui.page_parts import FocusFirst, add_all, button, column, label, row
from voiceapp.ui.profile.idle_lock import CHOICES_MINUTES, DEFAULT_MINUTES
from voiceapp.ui.widgets import MIN_TARGET, ChoiceButton

DUE_SOON_DAYS = 3


class CaseButton(ChoiceButton):
    """A young person: name on the first line, the facts underneath."""

    def __init__(self, case: Case, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(QIcon(), parent)
        self.setObjectName("choice")
        self.setProperty("role", "case")
        self.picture.setVisible(False)
        self.setMinimumHeight(MIN_TARGET + 32)
        self.title.setProperty("userData", True)
        self.case = case
        details = case.details
        facts = QCoreApplication.translate("CaseList", "{conference}  ·  {status}  ·  {deletion}")
        self.set_words(
            details.chosen_name,
            facts.format(
                conference=conference_words(details.conference_date),
                status=status_words(details.status),
                deletion=deletion_words(details.days_until_deletion(today), details.deletion_date),
            ),
        )
        self.setAccessibleName(
            QCoreApplication.translate("CaseList", "Open {name}'s page").format(
                name=details.chosen_name
            )
        )


class CaseListPage(FocusFirst):
    """The list, "Add a young person", "Lock My Voice" and how soon it locks itself."""

    add_requested = Signal()
    case_chosen = Signal(str)
    lock_requested = Signal()
    lock_after_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseListPage")
        self._cases: list[Case] = []
        self._today = dt.date.today()
        self._deleted = 0
        self._news = ""
        self.heading = label(self, "pageTitle")
        self.notice = label(self, "notice")
        self.empty = label(self, "message")
        self.buttons: list[CaseButton] = []
        self._list = QVBoxLayout()
        self._list.setSpacing(12)
        self.add = button(self, "addCase", primary=True)
        self.lock = button(self, "lock")
        self.lock_after_label = label(self, "fieldLabel")
        self.lock_after = QComboBox(self)
        self.lock_after.setObjectName("lockAfter")
        self.lock_after.setMinimumHeight(MIN_TARGET)
        self.lock_after_label.setBuddy(self.lock_after)
        for minutes in CHOICES_MINUTES:
            self.lock_after.addItem("", minutes)
        self.set_lock_after(DEFAULT_MINUTES)

        body = column(self, 900)
        add_all(body, row(self.heading, None, self.lock), self.notice, self.empty)
        body.addLayout(self._list)
        self.display = button(self, "displayButton")
        self.display.clicked.connect(self.show_display)
        add_all(
            body,
            row(self.add, None),
            row(self.lock_after_label, self.lock_after, None, self.display),
        )
        self.add.clicked.connect(self.add_requested)
        self.lock.clicked.connect(self.lock_requested)
        self.lock_after.activated.connect(
            lambda index: self.lock_after_changed.emit(int(self.lock_after.itemData(index)))
        )
        self.first_focus = self.add
        self.retranslate()

    def set_lock_after(self, minutes: int) -> None:
        index = self.lock_after.findData(minutes)
        self.lock_after.setCurrentIndex(index if index >= 0 else CHOICES_MINUTES.index(10))

    def show_cases(
        self,
        cases: Sequence[Case],
        today: dt.date | None = None,
        deleted: int = 0,
        news: str = "",
    ) -> None:
        """Show ``cases`` (soonest conference first); ``deleted`` were just removed by
        date; ``news`` is one sentence about what just happened (already translated)."""
        self._news = news
        self._cases = sorted(
            cases, key=lambda c: (c.details.conference_date, c.details.chosen_name)
        )
        self._today = today or dt.date.today()
        self._deleted = deleted
        for old in self.buttons:
            old.deleteLater()
        self.buttons = []
        for case in self._cases:
            widget = CaseButton(case, self._today, self)
            widget.clicked.connect(lambda _=False, cid=case.id: self.case_chosen.emit(cid))
            self._list.addWidget(widget)
            widget.show()
            self.buttons.append(widget)
        order = [*self.buttons, self.add, self.lock_after, self.lock]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        self._words_for_cases()

    def _words_for_cases(self) -> None:
        lines = [self._news] if self._news else []
        if self._deleted:
            lines.append(
                QCoreApplication.translate(
                    "CaseList",
                    "Some young people's things reached their delete-after date and have been deleted: {count}.",  # noqa: E501 - one literal for lupdate
                ).format(count=self._deleted)
            )
        for case in self._cases:
            days = case.details.days_until_deletion(self._today)
            if 0 < days <= DUE_SOON_DAYS:
                lines.append(
                    QCoreApplication.translate(
                        "CaseList",
                        "{name}'s things will be deleted soon: {when}. Send anything still to send before then.",  # noqa: E501 - one literal for lupdate
                    ).format(
                        name=case.details.chosen_name,
                        when=deletion_words(days, case.details.deletion_date),
                    )
                )
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(bool(lines))
        self.notice.setAccessibleName(self.notice.text())
        self.empty.setVisible(not self._cases)

    def show_display(self) -> None:
        """Text size, high contrast, sounds and movement (a small window)."""
        self.display_page = DisplayPage(self)
        self.display_page.open()

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("CaseList", "Young people"))
        self.display.setText(QCoreApplication.translate("CaseList", "Text and colours"))
        self.display.setAccessibleName(self.display.text())
        self.display.setAccessibleDescription(
            QCoreApplication.translate(
                "CaseList", "Bigger words, high contrast, and sounds or movement off."
            )
        )
        self.empty.setText(
            QCoreApplication.translate("CaseList", "Nobody here yet. Add a young person to begin.")
        )
        self.add.setText(QCoreApplication.translate("CaseList", "Add a young person"))
        self.add.setAccessibleName(QCoreApplication.translate("CaseList", "Add a young person"))
        self.add.setAccessibleDescription(
            QCoreApplication.translate(
                "CaseList", "Make a private space for one more young person."
            )
        )
        self.lock.setText(QCoreApplication.translate("CaseList", "Lock My Voice"))
        self.lock.setAccessibleName(QCoreApplication.translate("CaseList", "Lock My Voice"))
        self.lock.setAccessibleDescription(
            QCoreApplication.translate(
                "CaseList", "Lock now. Your passphrase is needed to open it again."
            )
        )
        self.lock_after_label.setText(
            QCoreApplication.translate("CaseList", "Lock by itself when nobody uses it for")
        )
        for index, minutes in enumerate(CHOICES_MINUTES):
            self.lock_after.setItemText(
                index,
                QCoreApplication.translate("CaseList", "{minutes} minutes").format(minutes=minutes),
            )
        self.lock_after.setAccessibleName(
            QCoreApplication.translate("CaseList", "Lock by itself after")
        )
        self.lock_after.setAccessibleDescription(
            QCoreApplication.translate(
                "CaseList", "How long My Voice waits with nobody using it before it locks."
            )
        )
        self.setAccessibleName(QCoreApplication.translate("CaseList", "Young people"))
        if self._cases or self._deleted:
            self.show_cases(self._cases, self._today, self._deleted, self._news)
        else:
            self._words_for_cases()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
