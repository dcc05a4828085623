"""My things: a card for everything made, who may see it, a new name on the card,
delete with Undo (as often as needed), and opening a thing to change it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from voiceapp.core.vault import Vault
from voiceapp.ui.draw.panel import DrawPanel
from voiceapp.ui.space.space import YoungSpace
from voiceapp.ui.widgets import MIN_TARGET
from voiceapp.ui.write.editor import LetterEditor

from .conftest import WAIT, click
from .test_space_saving import stroke


def made(
    qtbot: QtBot, make_space: Callable[..., YoungSpace], vault: Vault
) -> tuple[YoungSpace, dict[str, bytes]]:
    """A space with a letter and a drawing in it, and My things on screen."""
    space = make_space()
    click(qtbot, space.menu.buttons["write"])
    letter = space.page
    assert isinstance(letter, LetterEditor)
    qtbot.keyClicks(letter.editor, "Dear chair")
    click(qtbot, space.bar.home)
    click(qtbot, space.menu.buttons["draw"])
    panel = space.page
    assert isinstance(panel, DrawPanel)
    stroke(qtbot, panel, [(100, 100), (700, 500)])
    png = panel.canvas.png_bytes()
    with qtbot.waitSignal(space.things_shown, timeout=WAIT):
        click(qtbot, space.bar.home)
        click(qtbot, space.menu.buttons["things"])
    return space, {"My letter": b"Dear chair", "My drawing": png}


def contents(vault: Vault, space: YoungSpace) -> dict[str, tuple[str, bytes]]:
    return {
        i.title: (i.audience, vault.read_item(space.case.id, i.id)[1])
        for i in vault.items(space.case.id)
    }


def test_every_thing_has_a_card_with_a_picture_and_a_choice_of_who_sees_it(
    qtbot: QtBot, make_space: Callable[..., YoungSpace], vault: Vault
) -> None:
    """Each thing has a card with its name, a picture made in memory (drawings) or
    its first words (letters), and "Everyone"/"Only the chair" buttons showing the
    choice; every control is named for screen readers and at least 48 px high."""
    space, _ = made(qtbot, make_space, vault)
    cards = {c.title.text(): c for c in space.things.cards}
    assert set(cards) == {"My letter", "My drawing"}
    assert cards["My drawing"].picture.pixmap() is not None
    assert not cards["My drawing"].picture.pixmap().isNull()
    assert cards["My letter"].picture.text() == "Dear chair"
    for card in cards.values():
        assert card.everyone.isChecked() and not card.chair_only.isChecked()
        for control in card.controls():
            assert control.accessibleName(), control.objectName()
            if control.isVisible():
                assert control.height() >= MIN_TARGET, control.objectName()


def test_choosing_only_the_chair_is_saved(
    qtbot: QtBot, make_space: Callable[..., YoungSpace], vault: Vault
) -> None:
    """Pressing "Only the chair" on a card saves that choice in the vault and keeps
    the thing's content exactly as it was."""
    space, expected = made(qtbot, make_space, vault)
    card = next(c for c in space.things.cards if c.title.text() == "My letter")
    with qtbot.waitSignal(space.things_shown, timeout=WAIT):
        click(qtbot, card.chair_only)
    assert contents(vault, space)["My letter"] == ("chair-only", expected["My letter"])
    assert contents(vault, space)["My drawing"] == ("everyone", expected["My drawing"])
    card = next(c for c in space.things.cards if c.title.text() == "My letter")
    assert card.chair_only.isChecked() and not card.everyone.isChecked()


def test_a_new_name_is_typed_on_the_card(
    qtbot: QtBot, make_space: Callable[..., YoungSpace], vault: Vault
) -> None:
    """ "Name it" opens a box on the card itself (no file window); Enter saves the
    new name; Cancel keeps the old one."""
    space, expected = made(qtbot, make_space, vault)
    card = next(c for c in space.things.cards if c.title.text() == "My drawing")
    click(qtbot, card.rename)
    assert card.name_edit.isVisible() and card.name_edit.hasFocus()
    click(qtbot, card.name_cancel)
    assert not card.name_edit.isVisible() and card.title.text() == "My drawing"
    click(qtbot, card.rename)
    card.name_edit.clear()
    qtbot.keyClicks(card.name_edit, "Me and my dog")
    with qtbot.waitSignal(space.things_shown, timeout=WAIT):
        qtbot.keyClick(card.name_edit, Qt.Key.Key_Return)
    assert contents(vault, space)["Me and my dog"] == ("everyone", expected["My drawing"])
    assert sorted(c.title.text() for c in space.things.cards) == ["Me and my dog", "My letter"]


def test_delete_and_undo_bring_things_back_byte_for_byte(
    qtbot: QtBot, make_space: Callable[..., YoungSpace], vault: Vault
) -> None:
    """Delete takes a thing out of the vault at once; Undo (pressed once per thing)
    brings each back exactly as it was, newest first, with its name and choice."""
    space, expected = made(qtbot, make_space, vault)
    first = next(c for c in space.things.cards if c.title.text() == "My letter")
    with qtbot.waitSignal(space.things_shown, timeout=WAIT):
        click(qtbot, first.chair_only)
    for title in ("My letter", "My drawing"):
        card = next(c for c in space.things.cards if c.title.text() == title)
        with qtbot.waitSignal(space.things_shown, timeout=WAIT):
            click(qtbot, card.delete)
    assert vault.items(space.case.id) == []
    assert space.things.undo.isVisible()
    assert space.things.undo_note.text() == "You deleted My drawing."
    with qtbot.waitSignal(space.things_shown, timeout=WAIT):
        click(qtbot, space.things.undo)
    assert set(contents(vault, space)) == {"My drawing"}
    assert space.things.undo_note.text() == "You deleted My letter."
    with qtbot.waitSignal(space.things_shown, timeout=WAIT):
        click(qtbot, space.things.undo)
    assert contents(vault, space) == {
        "My letter": ("chair-only", expected["My letter"]),
        "My drawing": ("everyone", expected["My drawing"]),
    }
    assert not space.things.undo.isVisible()


def test_opening_a_thing_lets_them_carry_on_with_it(
    qtbot: QtBot, make_space: Callable[..., YoungSpace], vault: Vault
) -> None:
    """ "Open" on a letter shows it in the letter page with its words; more words
    are saved into the same item."""
    space, _ = made(qtbot, make_space, vault)
    card = next(c for c in space.things.cards if c.title.text() == "My letter")
    item_id = card.preview.item.id
    click(qtbot, card.open)
    qtbot.waitUntil(lambda: isinstance(space.page, LetterEditor), timeout=WAIT)
    letter = space.page
    assert isinstance(letter, LetterEditor) and letter.text() == "Dear chair"
    letter.editor.moveCursor(letter.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(letter.editor, ", thank you")
    with qtbot.waitSignal(space.things_shown, timeout=WAIT):
        click(qtbot, space.bar.home)
        click(qtbot, space.menu.buttons["things"])
    assert vault.read_item(space.case.id, item_id)[1] == b"Dear chair, thank you"
    assert len(vault.items(space.case.id)) == 2


def test_my_things_is_reached_with_the_keyboard_alone(
    qtbot: QtBot, make_space: Callable[..., YoungSpace], vault: Vault
) -> None:
    """Tab from the first card's first choice reaches every visible control of every
    card, in order, and Space presses them."""
    space, _ = made(qtbot, make_space, vault)
    space.things.setFocus()
    focus = QApplication.focusWidget()
    assert focus is space.things.cards[0].everyone
    wanted = [w for c in space.things.cards for w in c.controls() if w.isVisible()]
    reached: list[QWidget] = []
    for _ in range(len(wanted) * 2):
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget in wanted and widget not in reached:
            reached.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert reached == wanted
    labels = [w for w in space.things.findChildren(QLabel) if w.isVisible() and w.text()]
    assert labels
