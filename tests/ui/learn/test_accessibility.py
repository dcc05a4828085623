"""Everyone can use the learn pages: names for screen readers, big targets, the
keyboard alone, and every word of the app translatable."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from voiceapp.ui.learn import LearnView
from voiceapp.ui.widgets import MIN_TARGET

if TYPE_CHECKING:
    from tests.ui.conftest import PseudoTranslation
    from tests.ui.learn.conftest import MakeView


def visible_controls(widget: QWidget) -> list[QWidget]:
    """Everything on show that takes the keyboard focus."""
    return [
        w
        for w in widget.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def tab_round(qtbot: QtBot, view: LearnView, steps: int) -> list[QWidget]:
    """The widgets the focus visits when Tab is pressed ``steps`` times."""
    visited = []
    for _ in range(steps):
        focused = QApplication.focusWidget()
        assert focused is not None, visited
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        visited.append(now)
    return visited


@pytest.mark.parametrize("band", ["4-7", "13-17"])
def test_every_control_is_named_big_and_reached_by_tab(
    qtbot: QtBot, make_view: MakeView, band: str
) -> None:
    """On the contents and on a page, every control has an accessible name and
    description, is at least 48 px high (and wide), and Tab reaches every one."""
    view = make_view(band)
    for screen, open_it in ((view.contents, view.show_contents), (view.page_view, None)):
        if open_it is not None:
            open_it()
        else:
            view.open_page(1)
            view.page_view.stop_button.setEnabled(True)  # as while reading
        controls = visible_controls(screen)
        assert controls
        for control in controls:
            assert control.accessibleName(), control.objectName()
            assert control.accessibleDescription(), control.objectName()
            if isinstance(control, QAbstractButton):
                assert control.height() >= MIN_TARGET, control.objectName()
                assert control.width() >= MIN_TARGET, control.objectName()
        visited = tab_round(qtbot, view, len(controls) + 2)
        assert set(controls) <= set(visited)


def test_page_buttons_are_pressed_with_enter_and_space(qtbot: QtBot, view: LearnView) -> None:
    """A page on the contents opens with Enter or with Space."""
    with qtbot.waitSignal(view.page_shown, timeout=3000) as shown:
        qtbot.keyClick(view.contents.buttons[1], Qt.Key.Key_Return)
    assert shown.args == [1]
    view.show_contents()
    with qtbot.waitSignal(view.page_shown, timeout=3000) as shown:
        qtbot.keyClick(view.contents.buttons[3], Qt.Key.Key_Space)
    assert shown.args == [3]
    assert view.page_view.read_button.hasFocus()  # ready to be read to


def app_words(widget: QWidget) -> list[str]:
    """Every word of the app (not of the page files) a person can see or hear."""
    words = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        own_words = bool(child.property("userData"))
        if isinstance(child, QLabel | QAbstractButton) and child.text() and not own_words:
            words.append(child.text())
        if child.accessibleName() and not own_words:
            words.append(child.accessibleName())
        if child.accessibleDescription():
            words.append(child.accessibleDescription())
    return words


def test_every_word_goes_through_translation(
    qtbot: QtBot, make_view: MakeView, pseudo: PseudoTranslation
) -> None:
    """With a pseudo-translation installed, every word of the app on the contents,
    on a page (both levels, first and last page) and in the no-voice message changes
    language at once; removing it brings the English back."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    view = make_view(language="cy")
    view.open_page(0)
    view.read_page()  # no Welsh voice: the message shows
    translator = QTranslator()
    assert translator.load(str(pseudo.folder / "voiceapp_cy.qm"))
    app.installTranslator(translator)
    try:
        pv = view.page_view
        qtbot.waitUntil(lambda: pseudo.covers(pv.read_button.text()), timeout=5000)
        assert [w for w in app_words(view) if not pseudo.covers(w)] == []
        assert pseudo.covers(pv.notice.text())
        view.toggle_level()
        view.open_page(len(view.pages) - 1)
        assert [w for w in app_words(view) if not pseudo.covers(w)] == []
        view.show_contents()
        assert [w for w in app_words(view) if not pseudo.covers(w)] == []
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: view.contents.heading.text() == "Learn about my meeting", timeout=5000)
    assert all(not pseudo.covers(w) for w in app_words(view))
