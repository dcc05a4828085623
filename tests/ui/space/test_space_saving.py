"""The space saves what the young person makes into the vault as they go, and
never makes an item for a page they only looked at."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from voiceapp.core.vault import Vault
from voiceapp.ui.draw.panel import DrawPanel
from voiceapp.ui.feelings import FeelingsPage, HousesPage
from voiceapp.ui.space.space import YoungSpace
from voiceapp.ui.write.editor import LetterEditor

from .conftest import WAIT, click


def stroke(qtbot: QtBot, panel: DrawPanel, points: list[tuple[float, float]]) -> None:
    canvas = panel.canvas

    def at(x: float, y: float) -> QPoint:
        return canvas.to_widget(QPointF(x, y)).toPoint()

    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=at(*points[0]))
    for point in points[1:]:
        qtbot.mouseMove(canvas, at(*point))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=at(*points[-1]))


def wait_saved(qtbot: QtBot, space: YoungSpace) -> None:
    qtbot.waitUntil(lambda: not space.saving and not space.jobs.busy, timeout=WAIT)


def test_a_drawing_is_in_the_vault_exactly_as_drawn(
    qtbot: QtBot, make_space: Callable[..., YoungSpace], vault: Vault
) -> None:
    """After a stroke, the vault holds one drawing whose bytes are the canvas's PNG;
    a second stroke replaces the same item (no second item)."""
    space = make_space()
    click(qtbot, space.menu.buttons["draw"])
    panel = space.page
    assert isinstance(panel, DrawPanel)
    with qtbot.waitSignal(space.saver.saved, timeout=WAIT):
        stroke(qtbot, panel, [(200, 200), (600, 300)])
    wait_saved(qtbot, space)
    [item] = vault.items(space.case.id)
    assert item.kind == "drawing" and item.title == "My drawing"
    assert vault.read_item(space.case.id, item.id)[1] == panel.canvas.png_bytes()
    with qtbot.waitSignal(space.saver.saved, timeout=WAIT):
        stroke(qtbot, panel, [(300, 600), (900, 650)])
    wait_saved(qtbot, space)
    assert [i.id for i in vault.items(space.case.id)] == [item.id]
    assert vault.read_item(space.case.id, item.id)[1] == panel.canvas.png_bytes()


def test_going_home_hands_over_what_was_not_saved_yet(
    qtbot: QtBot, make_space: Callable[..., YoungSpace], vault: Vault
) -> None:
    """Typing and at once pressing "My space" still saves every word (the editor's
    wait before saving is cut short, not skipped)."""
    space = make_space()
    click(qtbot, space.menu.buttons["write"])
    letter = space.page
    assert isinstance(letter, LetterEditor)
    qtbot.keyClicks(letter.editor, "I like my school")
    assert letter.pending()
    click(qtbot, space.bar.home)
    wait_saved(qtbot, space)
    [item] = vault.items(space.case.id)
    assert vault.read_item(space.case.id, item.id)[1] == b"I like my school"
    assert space.page is space.menu


def test_pages_only_looked_at_make_nothing(
    qtbot: QtBot, make_space: Callable[..., YoungSpace], vault: Vault
) -> None:
    """Opening Write, How I feel, Three houses and Draw and leaving them untouched
    makes no items."""
    space = make_space()
    for key in ("write", "feelings", "houses", "draw", "learn"):
        click(qtbot, space.menu.buttons[key])
        click(qtbot, space.bar.home)
    wait_saved(qtbot, space)
    assert vault.items(space.case.id) == []


def test_feelings_and_houses_carry_on_where_they_left_off(
    qtbot: QtBot, make_space: Callable[..., YoungSpace], vault: Vault
) -> None:
    """How I feel and Three houses are one page each per young person: opening them
    again shows what was chosen, and changes go to the same item."""
    space = make_space()
    click(qtbot, space.menu.buttons["feelings"])
    feelings = space.page
    assert isinstance(feelings, FeelingsPage)
    click(qtbot, feelings.cards["hopeful"].face_button)
    click(qtbot, space.bar.home)
    wait_saved(qtbot, space)
    [item] = vault.items(space.case.id)
    click(qtbot, space.menu.buttons["feelings"])
    qtbot.waitUntil(lambda: isinstance(space.page, FeelingsPage), timeout=WAIT)
    again = space.page
    assert isinstance(again, FeelingsPage) and again is not feelings
    assert again.cards["hopeful"].chosen() and not again.cards["sad"].chosen()
    click(qtbot, again.cards["sad"].face_button)
    click(qtbot, space.bar.home)
    wait_saved(qtbot, space)
    assert [i.id for i in vault.items(space.case.id)] == [item.id]
    doc = json.loads(vault.read_item(space.case.id, item.id)[1])
    assert sorted(f["feeling"] for f in doc["feelings"]) == ["hopeful", "sad"]
    click(qtbot, space.menu.buttons["houses"])
    assert isinstance(space.page, HousesPage)


def test_a_break_and_finishing_save_first_and_say_so(
    qtbot: QtBot, make_space: Callable[..., YoungSpace], vault: Vault
) -> None:
    """ "I need a break" saves the letter being typed and says everything is saved;
    "I'm ready to carry on" goes back to the same letter with the words still there;
    "I'm finished" saves too and offers My things."""
    space = make_space()
    click(qtbot, space.menu.buttons["write"])
    letter = space.page
    assert isinstance(letter, LetterEditor)
    qtbot.keyClicks(letter.editor, "Please listen")
    click(qtbot, space.bar.pause)
    assert space.page is space.break_page
    qtbot.waitUntil(
        lambda: space.break_page.state.text() == "Everything you made is saved.", timeout=WAIT
    )
    [item] = vault.items(space.case.id)
    assert vault.read_item(space.case.id, item.id)[1] == b"Please listen"
    click(qtbot, space.break_page.ready)
    assert space.page is letter and letter.text() == "Please listen"
    qtbot.keyClicks(letter.editor, " to me")
    click(qtbot, space.bar.finish)
    assert space.page is space.finished_page
    wait_saved(qtbot, space)
    assert vault.read_item(space.case.id, item.id)[1] == b"Please listen to me"
    assert space.finished_page.state.text() == "Everything you made is saved."
    with qtbot.waitSignal(space.things_shown, timeout=WAIT):
        click(qtbot, space.finished_page.things)
    assert [c.title.text() for c in space.things.cards] == ["My letter"]


def test_a_drawing_goes_into_a_house(
    qtbot: QtBot, make_space: Callable[..., YoungSpace], vault: Vault
) -> None:
    """ "Draw something" in the house of hopes and dreams opens Draw for that house;
    "Put it in the house" saves the drawing and puts it in that house as the young
    person's own, in the saved houses page."""
    space = make_space()
    click(qtbot, space.menu.buttons["houses"])
    houses = space.page
    assert isinstance(houses, HousesPage)
    column = houses.columns["hopes-and-dreams"]
    click(qtbot, column.draw_button)
    panel = space.page
    assert isinstance(panel, DrawPanel)
    assert panel.purpose.text() == "A drawing for: House of hopes and dreams"
    stroke(qtbot, panel, [(300, 300), (900, 500)])
    png = panel.canvas.png_bytes()
    click(qtbot, panel.put_in_button)
    qtbot.waitUntil(lambda: isinstance(space.page, HousesPage), timeout=WAIT)
    wait_saved(qtbot, space)
    items = {i.kind: i for i in vault.items(space.case.id)}
    assert set(items) == {"drawing", "houses"}
    assert vault.read_item(space.case.id, items["drawing"].id)[1] == png
    doc = json.loads(vault.read_item(space.case.id, items["houses"].id)[1])
    hopes = next(h for h in doc["houses"] if h["house"] == "hopes-and-dreams")
    assert hopes["entries"] == [{"drawing": items["drawing"].id, "words": "own"}]
    again = space.page
    assert isinstance(again, HousesPage)
    assert again.columns["hopes-and-dreams"].rows[0].words.text() == "A drawing"
