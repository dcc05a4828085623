"""The list of young people: add, change, delete (with a clear warning), and
delete-after dates applied at start-up with a notice beforehand."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from voiceapp.core.vault import CaseDetails, Vault
from voiceapp.ui.helper.case_form import CaseForm
from voiceapp.ui.helper.case_list import CaseListPage
from voiceapp.ui.helper.case_page import CasePage

from .conftest import FAST, PASSPHRASE, WAIT, Driver, Places


def test_add_a_young_person_and_see_them_listed(qtbot: QtBot, helper: Driver) -> None:
    """The new young person shows on the list with their chosen name, conference
    date, status and days until deletion (30 days after the conference by default)."""
    listing = helper.home.list_page
    assert listing.empty.isVisible()
    conference = dt.date.today() + dt.timedelta(days=10)
    page = helper.add_case("Sam", conference=conference)
    case = page.case.details
    assert (case.chosen_name, case.conference_date, case.reference) == ("Sam", conference, "CP-1")
    assert case.deletion_date == conference + dt.timedelta(days=30)
    assert case.notes["made_with"] == "social-worker"
    helper.click(page.back)
    listing = helper.wait_page(CaseListPage)
    qtbot.waitUntil(lambda: len(listing.buttons) == 1, timeout=WAIT)
    facts = listing.buttons[0].hint.text()
    assert listing.buttons[0].title.text() == "Sam"
    assert conference.strftime("%B") in facts and "Getting ready" in facts
    assert "Deleted in 40 days" in facts
    assert listing.buttons[0].accessibleName() == "Open Sam's page"
    assert not listing.empty.isVisible() and not listing.notice.isVisible()


def test_a_name_is_needed(qtbot: QtBot, helper: Driver) -> None:
    """Without a name nothing is saved, and the form says why in one sentence."""
    helper.click(helper.home.list_page.add)
    form = helper.wait_page(CaseForm)
    helper.click(form.save)
    assert form.alert.isVisible() and "name" in form.alert.text()
    helper.click(form.cancel)
    helper.wait_page(CaseListPage)
    assert helper.window.vault.list_cases() == []


def test_change_details_keeps_the_key_card_and_things(
    qtbot: QtBot, helper: Driver, chair: Any
) -> None:
    """Changing the name or dates keeps the chair's key card, the things and the status;
    a delete-after day the helper picks is kept."""
    helper.add_case("Sam")
    page = helper.add_keycard(chair.card)
    helper.click(page.edit)
    form = helper.wait_page(CaseForm)
    assert form.name.text() == "Sam"
    form.name.setText("Sammy")
    later = dt.date.today() + dt.timedelta(days=90)
    form.delete_after.setDate(QDate(later.year, later.month, later.day))
    form.delete_after.editingFinished.emit()
    helper.click(form.save)
    page = helper.wait_page(CasePage)
    details = page.case.details
    assert details.chosen_name == "Sammy" and details.delete_after == later
    assert details.key_cards == (chair.card.to_text(),)
    assert page.heading.text() == "Sammy"


def test_delete_asks_clearly_first(qtbot: QtBot, helper: Driver) -> None:
    """Delete shows what will happen in plain words; "No, keep them" keeps everything,
    "Yes, delete everything" deletes the case and says so on the list."""
    page = helper.add_case("Sam")
    case_id = page.case.id
    helper.click(page.delete)
    dialog = page._dialog
    assert dialog is not None and dialog.isVisible()
    assert "deleted from this laptop, for good" in dialog.message.text()
    assert dialog.keep.hasFocus() or dialog.keep.isDefault()
    helper.click(dialog.keep)
    assert helper.window.vault.get_case(case_id)
    helper.click(page.delete)
    helper.click(page._dialog.action)
    listing = helper.wait_page(CaseListPage)
    qtbot.waitUntil(lambda: "has been deleted" in listing.notice.text(), timeout=WAIT)
    assert "Sam" in listing.notice.text()
    assert helper.window.vault.list_cases() == []


def test_retention_at_start_up_with_notice_before(
    qtbot: QtBot, new_window: Any, places: Places, monkeypatch: Any
) -> None:
    """At start-up cases past their delete-after day are deleted (and the list says
    so); cases due within 3 days carry a notice naming them."""
    today = dt.date.today()
    with Vault(places.data, work_factor=FAST) as vault:
        vault.create("helper", PASSPHRASE)
        vault.add_case(CaseDetails("Old", "8-12", today - dt.timedelta(days=40)))
        vault.add_case(CaseDetails("Soon", "8-12", today - dt.timedelta(days=28)))
        vault.add_case(CaseDetails("Later", "13-17", today + dt.timedelta(days=5)))
    window = new_window()
    page = window.current_page()
    page.passphrase.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(window.home_shown, timeout=WAIT):
        page.unlock.click()
    home = window.home
    qtbot.waitUntil(lambda: len(home.list_page.buttons) == 2, timeout=WAIT)
    names = [b.title.text() for b in home.list_page.buttons]
    assert names == ["Soon", "Later"]
    notice = home.list_page.notice.text()
    assert "delete-after date and have been deleted: 1" in notice
    assert "Soon's things will be deleted soon: Deleted in 2 days" in notice
    assert "Later" not in notice
    assert sorted(c.details.chosen_name for c in window.vault.list_cases()) == ["Later", "Soon"]
