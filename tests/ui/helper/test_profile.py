"""First run, unlocking, the idle lock, the PIN, and a vault already in use."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from voiceapp.core.vault import Vault
from voiceapp.ui.helper.home import HelperHome
from voiceapp.ui.profile.create_page import CreateProfilePage
from voiceapp.ui.profile.in_use_page import InUsePage
from voiceapp.ui.profile.pin import MAX_TRIES, PinGuard, valid_pin
from voiceapp.ui.profile.unlock_page import UnlockPage
from voiceapp.ui.space.own_home import AboutMePage, YoungPersonHome
from voiceapp.ui.start_screen import Role

from .conftest import FAST, PASSPHRASE, PIN, WAIT, Driver, Places


def test_passphrase_rule_is_explained_and_checked_as_you_type(
    qtbot: QtBot, driver: Driver, places: Places
) -> None:
    """The first-run page explains the rule in plain words, says what is wrong while
    typing (too short, not the same), and makes nothing until it is right."""
    window = driver.window
    driver.click(window.start_screen.buttons[Role.HELPER])
    page = window.current_page()
    assert isinstance(page, CreateProfilePage)
    assert "at least 10 characters" in page.rule.text()
    assert "purple kettle seven" in page.rule.text()
    page.first.edit.setText("kettle")
    assert "longer passphrase" in page.feedback.text()
    page.first.edit.setText(PASSPHRASE)
    page.second.edit.setText(PASSPHRASE + "!")
    assert "not the same" in page.feedback.text()
    driver.click(page.make)
    assert page.alert.isVisible() and "not the same" in page.alert.text()
    assert not (places.data / "identity.age").exists()
    page.second.edit.setText(PASSPHRASE)
    assert page.feedback.text() == "That passphrase will do nicely."
    page.pin.edit.setText("12")
    driver.click(page.make)
    assert "4 to 8 numbers" in page.alert.text()
    page.pin.edit.setText(PIN)
    with qtbot.waitSignal(window.home_shown, timeout=WAIT):
        driver.click(page.make)
    assert isinstance(window.home, HelperHome)
    assert window.guard.is_set
    assert (places.data / "identity.age").exists()


def test_young_person_and_chair_first_runs_never_dead_end(driver: Driver) -> None:
    """The young person's first run makes a profile, asks three questions and opens
    their space, whose finished page locks; the chair's first run has a way back to
    the start screen."""
    window = driver.window
    driver.click(window.start_screen.buttons[Role.CHAIR])
    chair_page = window.current_page()
    assert chair_page.back.isVisible()
    driver.click(chair_page.back)
    assert window.current_page() is window.start_screen

    driver.click(window.start_screen.buttons[Role.YOUNG_PERSON])
    page = window.current_page()
    assert isinstance(page, CreateProfilePage) and page.kind == "young-person"
    assert not page.pin.isVisible()  # a PIN is the helper's
    page.first.edit.setText(PASSPHRASE)
    page.second.edit.setText(PASSPHRASE)
    with driver.qtbot.waitSignal(window.home_shown, timeout=WAIT):
        driver.click(page.make)
    home = window.current_page()
    assert isinstance(home, YoungPersonHome)
    driver.qtbot.waitUntil(lambda: isinstance(home.page, AboutMePage), timeout=WAIT)
    about = home.page
    assert isinstance(about, AboutMePage)
    driver.click(about.start)
    assert about.alert.text() == "Please type a name first."
    about.name.setText("Kai")
    driver.click(about.start)
    assert about.alert.text() == "Please choose how old you are."
    driver.click(about.ages["13-17"])
    driver.click(about.start)
    driver.qtbot.waitUntil(lambda: home.space is not None, timeout=WAIT)
    space = home.space
    assert space is not None and space.menu.heading.text() == "Hello, Kai!"
    driver.click(space.bar.finish)
    assert space.finished_page.leave.text() == "Lock My Voice"
    with driver.qtbot.waitSignal(window.locked, timeout=WAIT):
        driver.click(space.finished_page.leave)
    assert isinstance(window.current_page(), UnlockPage)


def test_unlock_wrong_then_right(qtbot: QtBot, helper: Driver, new_window: Any) -> None:
    """A later run asks for the passphrase: a wrong one gives one friendly sentence and
    keeps the vault locked; the right one opens the helper's home, with the PIN set."""
    helper.window.close()
    window = new_window()
    page = window.current_page()
    assert isinstance(page, UnlockPage) and page.pin.isVisible()
    page.passphrase.edit.setText("purple kettle eight")
    with qtbot.waitSignal(page._jobs.idle, timeout=WAIT):
        helper.click(page.unlock)
    assert page.alert.text() == "That passphrase is not right. Check it and try again."
    assert window.vault is not None and not window.vault.unlocked
    page.passphrase.edit.setText(PASSPHRASE)
    page.pin.edit.setText("97531")
    with qtbot.waitSignal(window.home_shown, timeout=WAIT):
        helper.click(page.unlock)
    assert isinstance(window.home, HelperHome)
    assert window.guard.check("97531")


def test_lock_button_and_idle_lock(
    qtbot: QtBot, helper: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Lock My Voice" forgets the keys and the PIN and shows the unlock page; so does
    being left alone for the set time (here 0.3 s); a key press starts the count again."""
    window = helper.window
    with qtbot.waitSignal(window.locked, timeout=WAIT):
        helper.click(helper.home.list_page.lock)
    assert window.vault is not None and not window.vault.unlocked
    assert not window.guard.is_set and window.home is None
    page = window.current_page()
    assert isinstance(page, UnlockPage)

    page.passphrase.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(window.home_shown, timeout=WAIT):
        helper.click(page.unlock)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=WAIT)
    assert window.idle_lock.interval_ms == 10 * 60_000  # the default: 10 minutes
    pokes: list[bool] = []
    original = window.idle_lock.poke
    monkeypatch.setattr(window.idle_lock, "poke", lambda: (pokes.append(True), original()))
    qtbot.keyClick(window.current_page(), Qt.Key.Key_Shift)
    assert pokes
    window.idle_lock.set_interval_ms(300)
    with qtbot.waitSignal(window.locked, timeout=WAIT):
        pass
    assert isinstance(window.current_page(), UnlockPage)
    assert not window.vault.unlocked


def test_idle_lock_waits_for_vault_work(qtbot: QtBot, helper: Driver) -> None:
    """The idle lock never pulls the keys out from under running work: it locks when
    the work is done."""
    window = helper.window
    vault = window.vault
    assert vault is not None
    release = threading.Event()

    def slow(_progress: Any, _cancelled: Any) -> str:
        release.wait(WAIT / 1000)  # the worker holds on until the test lets it go
        return vault.identity.recipient().to_string()  # still unlocked here

    results: list[object] = []
    window.jobs.run(slow, results.append)
    window.lock()
    assert vault.unlocked and window.home is not None  # waiting for the work
    with qtbot.waitSignal(window.locked, timeout=WAIT):
        release.set()
    assert results and not vault.unlocked


def test_chosen_idle_time_is_kept(qtbot: QtBot, helper: Driver, new_window: Any) -> None:
    """The helper picks how long before it locks itself; it applies at once and is
    remembered (encrypted, in the vault) for the next time."""
    listing = helper.home.list_page
    index = listing.lock_after.findData(2)
    with qtbot.waitSignal(helper.window.jobs.idle, timeout=WAIT):
        listing.lock_after.activated.emit(index)
    assert helper.window.idle_lock.interval_ms == 2 * 60_000
    helper.window.close()
    window = new_window()
    page = window.current_page()
    page.passphrase.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(window.home_shown, timeout=WAIT):
        page.unlock.click()
    qtbot.waitUntil(lambda: window.idle_lock.interval_ms == 2 * 60_000, timeout=WAIT)
    assert window.home.list_page.lock_after.currentData() == 2


def test_vault_in_use_is_a_friendly_page_with_try_again(
    qtbot: QtBot, new_window: Any, places: Places
) -> None:
    """With the vault open in another copy, the window says so in one sentence; after
    the other copy closes, "Try again" carries on to the start screen."""
    other = Vault(places.data, work_factor=FAST)
    window = new_window()
    page = window.current_page()
    assert isinstance(page, InUsePage)
    assert page.message.text() == (
        "My Voice is already open on this computer. Close the other window first."
    )
    page.retry.click()
    assert isinstance(window.current_page(), InUsePage)  # still open elsewhere
    other.close()
    window.current_page().retry.click()
    assert window.current_page() is window.start_screen


def test_pin_guard() -> None:
    """A PIN is 4 to 8 digits, kept only as a salted hash, and stops working after
    too many wrong tries (then only the passphrase will do)."""
    assert valid_pin("1234") and valid_pin("12345678")
    assert not valid_pin("123") and not valid_pin("123456789") and not valid_pin("12a4")
    assert not valid_pin("١٢٣٤")  # digits, but not ones a keyboard PIN pad types
    guard = PinGuard()
    assert not guard.is_set and not guard.check("1234")
    guard.set("2468")
    assert "2468" not in repr(vars(guard))
    assert guard.check("2468")
    for _ in range(MAX_TRIES - 1):
        assert not guard.check("0000")
    assert guard.check("2468")  # a right PIN starts the count again
    for _ in range(MAX_TRIES):
        guard.check("0000")
    assert not guard.is_set and not guard.check("2468")


def test_a_chair_profile_opens_the_chairs_home_and_locks(
    qtbot: QtBot, new_window: Any, places: Places
) -> None:
    """The window opens the chair's own home for a chair profile (homes.make_home), and
    the chair's "Lock" brings back the unlock page with the keys forgotten."""
    from voiceapp.ui.chair.home import ChairHome

    with Vault(places.data, work_factor=FAST) as vault:
        vault.create("chair", PASSPHRASE)
    window = new_window()
    page = window.current_page()
    assert isinstance(page, UnlockPage) and not page.pin.isVisible()
    page.passphrase.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(window.home_shown, timeout=WAIT):
        page.unlock.click()
    assert isinstance(window.home, ChairHome)
    with qtbot.waitSignal(window.locked, timeout=WAIT):
        window.home.lock_requested.emit()
    assert isinstance(window.current_page(), UnlockPage)
    assert window.vault is not None and not window.vault.unlocked


def test_idle_lock_closes_an_open_question_first(qtbot: QtBot, helper: Driver) -> None:
    """A question left open (here "Delete Sam?") is closed, unanswered, before the idle
    lock takes the keys away; nothing is deleted."""
    page = helper.add_case("Sam")
    helper.click(page.delete)
    dialog = page._dialog
    assert dialog is not None and dialog.isVisible()
    window = helper.window
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=WAIT)
    window.idle_lock.set_interval_ms(100)
    with qtbot.waitSignal(window.locked, timeout=WAIT):
        pass
    assert isinstance(window.current_page(), UnlockPage)
    window.vault.unlock(PASSPHRASE)
    assert [c.details.chosen_name for c in window.vault.list_cases()] == ["Sam"]


def test_forgotten_passphrase_can_start_again(
    qtbot: QtBot, helper: Driver, new_window: Any
) -> None:
    """A forgotten passphrase is not a dead end: after a clear question, "Start again"
    deletes everything (keys first) and shows the start screen; "No" changes nothing."""
    helper.window.close()
    window = new_window()
    page = window.current_page()
    assert isinstance(page, UnlockPage)
    assert page.start_over.accessibleName() and page.start_over.height() >= 48
    helper.click(page.start_over)
    dialog = page._dialog
    assert dialog is not None and "deleted for good" in dialog.message.text()
    helper.click(dialog.keep)
    assert window.vault is not None and window.vault.exists
    helper.click(page.start_over)
    dialog = page._dialog
    assert dialog is not None
    with qtbot.waitSignal(window.jobs.idle, timeout=WAIT):
        helper.click(dialog.action)
    assert window.current_page() is window.start_screen
    assert not window.vault.exists
    assert sorted(p.name for p in window.vault.root.iterdir()) == ["vault.lock"]
