"""Hide covers the screen at once (button or Escape, from anywhere in the space)
and only "Carry on" uncovers it; "Read to me" reads every page's words, marking
each word as it is read."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from voiceapp.core.vault import Vault
from voiceapp.ui.feelings import HousesPage
from voiceapp.ui.learn.viewer import LearnView
from voiceapp.ui.space.space import YoungSpace
from voiceapp.ui.widgets import MIN_TARGET
from voiceapp.ui.write.editor import LetterEditor

from .conftest import WAIT, click


def test_escape_in_the_middle_of_a_letter_hides_everything(
    qtbot: QtBot, make_space: Callable[..., YoungSpace], vault: Vault
) -> None:
    """Escape pressed while typing covers the whole space with the harmless picture,
    which shows none of the letter; keys do not uncover it; "Carry on" does, and the
    letter is there as it was, saved."""
    space = make_space()
    click(qtbot, space.menu.buttons["write"])
    letter = space.page
    assert isinstance(letter, LetterEditor)
    qtbot.keyClicks(letter.editor, "secret words")
    qtbot.keyClick(letter.editor, Qt.Key.Key_Escape)
    assert space.hidden
    assert space.cover.geometry() == space.rect()
    image = space.grab().toImage()
    assert image.pixelColor(5, 5) == space.cover.grab().toImage().pixelColor(5, 5)
    assert letter.text() == "secret words"  # Escape typed nothing and lost nothing
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_A):
        qtbot.keyClick(space.cover, key)
    assert space.hidden
    qtbot.waitUntil(lambda: not space.saving and not space.jobs.busy, timeout=WAIT)
    [item] = vault.items(space.case.id)
    assert vault.read_item(space.case.id, item.id)[1] == b"secret words"
    click(qtbot, space.cover.back)
    assert not space.hidden and space.page is letter
    assert letter.editor.hasFocus()


def test_the_hide_button_and_the_bar_are_on_every_page(
    qtbot: QtBot, make_space: Callable[..., YoungSpace]
) -> None:
    """On every page of the space the bar's five buttons are visible, named, at least
    48 px, and Hide covers the screen from each one."""
    space = make_space()
    bar = space.bar
    for key in ("learn", "draw", "write", "feelings", "houses", "things"):
        click(qtbot, space.menu.buttons[key])
        for button in (bar.home, bar.read, bar.hide_button, bar.pause, bar.finish):
            assert button.isVisible() and button.accessibleName() and button.accessibleDescription()
            assert button.height() >= MIN_TARGET
        click(qtbot, bar.hide_button)
        assert space.hidden
        click(qtbot, space.cover.back)
        click(qtbot, bar.home)


def test_read_to_me_reads_the_choices_and_marks_each_word(
    qtbot: QtBot, make_space: Callable[..., YoungSpace]
) -> None:
    """On the first page "Read to me" reads the hello and every choice; the words
    show under the bar with the word being read marked; pressing again stops."""
    space = make_space(name="Ali")
    with qtbot.waitSignal(space.reader.word, timeout=WAIT):
        click(qtbot, space.bar.read)
    text = space.reader.text
    assert text.startswith("Hello, Ali!") and "Learn about my meeting" in text
    assert "Three houses" in text
    assert space.bar.caption.isVisible() and "<b><u>" in space.bar.caption.text()
    assert space.bar.read.text() == "Stop reading"
    click(qtbot, space.bar.read)
    assert not space.bar.caption.isVisible() and space.bar.read.text() == "Read to me"


def test_read_to_me_on_a_learn_page_reads_that_page(
    qtbot: QtBot, make_space: Callable[..., YoungSpace]
) -> None:
    """In Learn about my meeting, "Read to me" reads the page on screen, in the
    page's own reader (which marks words in the page itself)."""
    space = make_space(age_band="4-7")
    click(qtbot, space.menu.buttons["learn"])
    view = space.page
    assert isinstance(view, LearnView) and view.level == "younger"
    view.open_page(0)
    with qtbot.waitSignal(view.reader.word, timeout=WAIT):
        click(qtbot, space.bar.read)
    page = view.current_page()
    assert page is not None and view.reader.text.startswith(page.title)


def test_read_to_me_reads_the_houses_instructions(
    qtbot: QtBot, make_space: Callable[..., YoungSpace]
) -> None:
    """On a page without a reader of its own, "Read to me" reads the page's title
    and instructions."""
    space = make_space()
    click(qtbot, space.menu.buttons["houses"])
    page = space.page
    assert isinstance(page, HousesPage)
    with qtbot.waitSignal(space.reader.started, timeout=WAIT):
        click(qtbot, space.bar.read)
    assert page.title.text() in space.reader.text and page.hint.text() in space.reader.text


def test_hiding_stops_reading(qtbot: QtBot, make_space: Callable[..., YoungSpace]) -> None:
    """Hide stops reading aloud at once (a voice would give the space away)."""
    space = make_space()
    with qtbot.waitSignal(space.reader.started, timeout=WAIT):
        click(qtbot, space.bar.read)
    qtbot.keyClick(QApplication.focusWidget() or space, Qt.Key.Key_Escape)
    assert space.hidden and not space.reader.is_speaking() and not space.bar.reading
