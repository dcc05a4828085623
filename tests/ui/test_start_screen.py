"""The start screen: three big, named, keyboard-friendly choices and no dead ends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from voiceapp.ui.main_window import MainWindow
from voiceapp.ui.start_screen import Role
from voiceapp.ui.widgets import MIN_TARGET

TITLES = {
    Role.YOUNG_PERSON: "I'm a young person",
    Role.HELPER: "I'm helping a young person",
    Role.CHAIR: "I'm a conference chair",
}


def test_start_screen_shows_three_choices(window: MainWindow) -> None:
    """The app opens on the start screen with a welcome and exactly three visible choices."""
    screen = window.start_screen
    assert window.current_page() is screen
    assert window.windowTitle() == "My Voice"
    assert screen.title.text() == "My Voice"
    assert screen.welcome.isVisible() and screen.welcome.text()
    assert list(screen.buttons) == [Role.YOUNG_PERSON, Role.HELPER, Role.CHAIR]
    for role, button in screen.buttons.items():
        assert button.isVisible()
        assert button.title.text() == TITLES[role]
        assert button.hint.text()


def test_every_control_has_an_accessible_name_and_description(window: MainWindow) -> None:
    """Screen readers hear a name and a description for every button on the start screen."""
    buttons = list(window.start_screen.buttons.values())
    for button in buttons:
        assert button.accessibleName().strip(), button
        assert button.accessibleDescription().strip(), button
    for role, button in window.start_screen.buttons.items():
        assert button.accessibleName() == TITLES[role]


def test_choices_are_big_targets(window: MainWindow) -> None:
    """Every choice is at least 48 px tall (they are designed to be about twice that)."""
    for button in window.start_screen.buttons.values():
        assert button.height() >= MIN_TARGET
        assert button.height() >= 96
        assert button.width() >= 300


@pytest.mark.parametrize("role", list(Role))
def test_clicking_a_choice_sends_its_role_and_back_returns(
    qtbot: QtBot, window: MainWindow, role: Role
) -> None:
    """A click sends role_chosen with the right value, shows that role's first-run page
    (headed with the choice), and its Back button returns to the start screen."""
    button = window.start_screen.buttons[role]
    with (
        qtbot.waitSignal(window.start_screen.role_chosen, timeout=5000) as screen_signal,
        qtbot.waitSignal(window.role_chosen, timeout=5000) as window_signal,
    ):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert screen_signal.args == [role.value]
    assert window_signal.args == [role.value]

    page = window.current_page()
    assert page is not window.start_screen
    assert page.heading.text() == TITLES[role]
    assert page.back.isVisible() and page.back.text() == "Back"
    assert page.back.height() >= MIN_TARGET

    with qtbot.waitSignal(page.back_requested, timeout=5000):
        qtbot.mouseClick(page.back, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.start_screen


def test_tab_moves_focus_across_all_three_choices(qtbot: QtBot, window: MainWindow) -> None:
    """The first choice has the keyboard focus, and Tab visits the other two in order."""
    buttons = list(window.start_screen.buttons.values())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is buttons[0], timeout=5000)
    for expected in buttons[1:]:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda e=expected: QApplication.focusWidget() is e, timeout=5000)
    assert buttons[2].hasFocus()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_enter_and_space_activate_the_focused_choice(
    qtbot: QtBot, window: MainWindow, key: Qt.Key
) -> None:
    """Enter, Return and Space each choose the focused button, and Back works the same way."""
    helper = window.start_screen.buttons[Role.HELPER]
    helper.setFocus()
    qtbot.waitUntil(helper.hasFocus, timeout=5000)
    with qtbot.waitSignal(window.role_chosen, timeout=5000) as chosen:
        qtbot.keyClick(helper, key)
    assert chosen.args == [Role.HELPER.value]

    page = window.current_page()
    back = page.back
    back.setFocus()
    qtbot.waitUntil(back.hasFocus, timeout=5000)
    with qtbot.waitSignal(page.back_requested, timeout=5000):
        qtbot.keyClick(back, key)
    assert window.current_page() is window.start_screen
    qtbot.waitUntil(window.start_screen.buttons[Role.YOUNG_PERSON].hasFocus, timeout=5000)
