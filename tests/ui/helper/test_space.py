"""The young person's space as the helper starts it: full screen, their things
and the send step, and leaving only with the helper's PIN or passphrase."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from voiceapp.ui.helper.case_page import CasePage
from voiceapp.ui.helper.send_flow import SendFlow
from voiceapp.ui.helper.space import SpacePage
from voiceapp.ui.profile.pin import MAX_TRIES
from voiceapp.ui.write.editor import LetterEditor

from .conftest import PASSPHRASE, PIN, WAIT, Chair, Driver, Places


@pytest.fixture
def in_space(helper: Driver, places: Places) -> tuple[Driver, SpacePage]:
    helper.add_case("Sam")
    letter = places.elsewhere / "letter.txt"
    letter.write_text("Hello chair", encoding="utf-8")
    page = helper.add_file(letter, "Hello")
    helper.click(page.space)
    space = helper.wait_page(SpacePage)
    helper.qtbot.waitUntil(lambda: space.ready, timeout=WAIT)
    return helper, space


def full_screen(driver: Driver) -> bool:
    return bool(driver.window.windowState() & Qt.WindowState.WindowFullScreen)


def to_finished(helper: Driver, space: SpacePage) -> None:
    helper.click(space.young.bar.finish)
    assert space.young.page is space.young.finished_page


def test_space_fills_the_screen_and_shows_their_things(
    qtbot: QtBot, in_space: tuple[Driver, SpacePage]
) -> None:
    """The space is full screen and greets the young person by name; My things shows
    what the helper added; Escape hides (it never leaves) and closing the window
    does not leave either."""
    helper, space = in_space
    young = space.young
    assert full_screen(helper)
    assert young.menu.heading.text() == "Hello, Sam!"
    with qtbot.waitSignal(young.things_shown, timeout=WAIT):
        helper.click(young.menu.buttons["things"])
    assert [c.title.text() for c in young.things.cards] == ["Hello"]
    qtbot.keyClick(young.things.cards[0].everyone, Qt.Key.Key_Escape)
    assert young.hidden
    helper.window.close()
    assert helper.window.isVisible() and helper.home.current is space


def test_leaving_needs_the_pin(qtbot: QtBot, in_space: tuple[Driver, SpacePage]) -> None:
    """A wrong PIN says so and stays; "Stay in the space" goes back; the right PIN
    leaves the space, ends full screen and shows the young person's page."""
    helper, space = in_space
    to_finished(helper, space)
    assert space.young.finished_page.leave.text() == "Helper: leave the space"
    helper.click(space.young.finished_page.leave)
    gate = space.gate
    assert space.stack.currentWidget() is gate and gate.secret.edit.hasFocus()
    assert gate.message.text() == "Helper: type your PIN or your passphrase."
    gate.secret.edit.setText("1111")
    helper.click(gate.leave)
    assert gate.alert.text() == "That is not right."
    helper.click(gate.stay_button)
    assert space.stack.currentWidget() is space.young
    helper.click(space.young.finished_page.leave)
    gate.secret.edit.setText(PIN)
    with qtbot.waitSignal(space.left, timeout=WAIT):
        qtbot.keyClick(gate.secret.edit, Qt.Key.Key_Return)
    helper.wait_page(CasePage)
    assert not full_screen(helper) and not helper.home.in_space


def test_leaving_with_the_passphrase_and_after_too_many_pin_tries(
    qtbot: QtBot, in_space: tuple[Driver, SpacePage]
) -> None:
    """After too many wrong PINs the PIN stops working (a child cannot guess it), and
    the passphrase still lets the helper leave."""
    helper, space = in_space
    to_finished(helper, space)
    helper.click(space.young.finished_page.leave)
    gate = space.gate
    for _ in range(MAX_TRIES):
        gate.secret.edit.setText("0000")
        helper.click(gate.leave)
    assert "Please use the helper's passphrase." in gate.alert.text()
    gate.secret.edit.setText(PIN)
    helper.click(gate.leave)
    assert helper.home.current is space  # the PIN no longer works
    gate.secret.edit.setText("not the passphrase")
    with qtbot.waitSignal(helper.window.jobs.idle, timeout=WAIT):
        helper.click(gate.leave)
    assert gate.alert.text().startswith("That is not right.")
    gate.secret.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(space.left, timeout=WAIT):
        helper.click(gate.leave)
    assert not full_screen(helper)


def test_send_step_inside_the_space(
    qtbot: QtBot, in_space: tuple[Driver, SpacePage], chair: Chair
) -> None:
    """In the space the send step lists their things; without a key card it says the
    helper must add one, and it never offers to delete anything."""
    helper, space = in_space
    to_finished(helper, space)
    helper.click(space.young.finished_page.send)
    flow = space.send_flow
    assert isinstance(flow, SendFlow)
    qtbot.waitUntil(lambda: flow.ready, timeout=WAIT)
    assert flow.in_space and not flow.fix_key.isVisible() and not flow.delete_now.isVisible()
    assert "Your helper needs to add the chair's key card" in flow.blocker.text()
    assert not flow.next.isEnabled()
    with qtbot.waitSignal(space.young.things_shown, timeout=WAIT):
        helper.click(flow.review_back)
    assert space.stack.currentWidget() is space.young
    assert space.young.page is space.young.things


def test_idle_lock_in_the_space_goes_to_unlock(
    qtbot: QtBot, in_space: tuple[Driver, SpacePage]
) -> None:
    """If the space is left alone too long, My Voice locks: full screen ends and the
    helper's passphrase is needed."""
    helper, _space = in_space
    window = helper.window
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=WAIT)
    window.idle_lock.set_interval_ms(200)
    with qtbot.waitSignal(window.locked, timeout=WAIT):
        pass
    assert not full_screen(helper) and window.vault is not None and not window.vault.unlocked


def test_locking_in_the_middle_of_a_letter_keeps_every_word(
    qtbot: QtBot, in_space: tuple[Driver, SpacePage]
) -> None:
    """If My Voice locks itself while a young person is typing, the words typed so far
    are saved first (the lock waits for them), so unlocking again finds them all."""
    helper, space = in_space
    window = helper.window
    helper.click(space.young.menu.buttons["write"])
    letter = space.young.page
    assert isinstance(letter, LetterEditor)
    qtbot.keyClicks(letter.editor, "Please do not move me again")
    assert letter.pending()
    window.idle_lock.set_interval_ms(50)
    with qtbot.waitSignal(window.locked, timeout=WAIT):
        pass
    vault = window.vault
    assert vault is not None
    vault.unlock(PASSPHRASE)
    [case] = vault.list_cases()
    texts = [vault.read_item(case.id, i.id)[1] for i in vault.items(case.id)]
    assert b"Please do not move me again" in texts
