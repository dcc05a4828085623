"""Two whole journeys through the space, as a child would make them, from the real
main window: a younger child with their helper, and an older young person on
their own computer. Afterwards everything they made is in the vault, byte for
byte, with the audiences they chose, and no plaintext is anywhere on disk."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QComboBox

from tests.ui.helper.conftest import PIN, Driver, Places
from tests.ui.helper.disk_search import find_markers
from voiceapp.core.vault import ItemInfo, Vault
from voiceapp.ui.draw import Tool
from voiceapp.ui.draw.panel import DrawPanel
from voiceapp.ui.feelings import FeelingsPage, HousesPage
from voiceapp.ui.helper.case_form import CaseForm
from voiceapp.ui.helper.case_page import CasePage
from voiceapp.ui.helper.space import SpacePage
from voiceapp.ui.learn.viewer import LearnView
from voiceapp.ui.profile.create_page import CreateProfilePage
from voiceapp.ui.space.own_home import AboutMePage, YoungPersonHome
from voiceapp.ui.space.space import YoungSpace
from voiceapp.ui.start_screen import Role
from voiceapp.ui.write.editor import LetterEditor

from .conftest import PASSPHRASE, WAIT
from .test_space_saving import stroke, wait_saved


def read_two_pages(driver: Driver, space: YoungSpace) -> LearnView:
    """Open Learn, the first page from the contents, read it aloud, go on, read again."""
    qtbot = driver.qtbot
    driver.click(space.menu.buttons["learn"])
    view = space.page
    assert isinstance(view, LearnView)
    driver.click(view.contents.buttons[0])
    first = view.current_page()
    assert first is not None
    with qtbot.waitSignal(view.reader.word, timeout=WAIT):
        driver.click(space.bar.read)
    assert view.reader.text.startswith(first.title)
    assert space.bar.read.text() == "Stop reading"
    driver.click(view.page_view.next_button)  # turning the page stops the reading
    second = view.current_page()
    assert second is not None and second.id != first.id
    qtbot.waitUntil(lambda: space.bar.read.text() == "Read to me", timeout=WAIT)
    with qtbot.waitSignal(view.reader.finished, timeout=WAIT):  # the mock engine reads fast
        driver.click(space.bar.read)
    assert view.reader.text.startswith(second.title)
    driver.click(space.bar.home)
    return view


def draw_with_stamps_and_undo(driver: Driver, space: YoungSpace) -> bytes:
    """A stamp, a brush line, undo the line: the picture is the stamp alone."""
    qtbot = driver.qtbot
    driver.click(space.menu.buttons["draw"])
    panel = space.page
    assert isinstance(panel, DrawPanel)
    canvas = panel.canvas
    driver.click(panel.tool_buttons[Tool.STAMP])
    driver.click(panel.stamp_buttons[3])
    at = canvas.to_widget(QPointF(500, 400)).toPoint()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=at)
    with_stamp = canvas.image().copy()
    driver.click(panel.tool_buttons[Tool.BRUSH])
    stroke(qtbot, panel, [(100, 900), (1500, 950)])
    assert canvas.image() != with_stamp
    driver.click(panel.undo_button)
    assert canvas.image() == with_stamp
    png = canvas.png_bytes()
    driver.click(space.bar.home)
    return png


def write_with_a_prompt(driver: Driver, space: YoungSpace, words: str) -> bytes:
    driver.click(space.menu.buttons["write"])
    letter = space.page
    assert isinstance(letter, LetterEditor)
    driver.click(letter.prompt_buttons["wish"])
    letter.editor.setFocus()
    letter.editor.moveCursor(letter.editor.textCursor().MoveOperation.End)
    driver.qtbot.keyClick(letter.editor, Qt.Key.Key_Return)
    driver.qtbot.keyClicks(letter.editor, words)
    letter.editor.insertPlainText(" 🏫 ŵ ą")  # as from an on-screen keyboard
    text = letter.text()
    assert text.startswith("What I wish would happen") and text.endswith("\n" + words + " 🏫 ŵ ą")
    driver.click(space.bar.home)
    return text.encode("utf-8")


def fill_houses(driver: Driver, space: YoungSpace, entries: dict[str, str]) -> None:
    qtbot = driver.qtbot
    driver.click(space.menu.buttons["houses"])
    houses = space.page
    assert isinstance(houses, HousesPage)
    for house, words in entries.items():
        column = houses.columns[house]
        driver.click(column.add_edit)
        qtbot.keyClicks(column.add_edit, words)
        qtbot.keyClick(column.add_edit, Qt.Key.Key_Return)
    driver.click(space.bar.home)


def choose_audience(driver: Driver, space: YoungSpace, title: str, audience: str) -> None:
    with driver.qtbot.waitSignal(space.things_shown, timeout=WAIT):
        driver.click(space.menu.buttons["things"])
    card = next(c for c in space.things.cards if c.title.text() == title)
    with driver.qtbot.waitSignal(space.things_shown, timeout=WAIT):
        driver.click(card.chair_only if audience == "chair-only" else card.everyone)
    driver.click(space.bar.home)


def saved(vault: Vault, case_id: str) -> dict[str, tuple[ItemInfo, bytes]]:
    return {i.kind: (i, vault.read_item(case_id, i.id)[1]) for i in vault.items(case_id)}


def houses_entries(data: bytes) -> dict[str, list[dict[str, Any]]]:
    return {h["house"]: h["entries"] for h in json.loads(data)["houses"]}


def test_a_younger_child_with_their_helper(helper: Driver, places: Places) -> None:
    """A 6-year-old's helper starts their space; the child reads two pages aloud (the
    younger reading level), draws with a stamp and undoes a line, writes a letter
    from a prompt, fills the three houses and keeps the letter for the chair only.
    The helper's PIN ends the space, and the vault holds exactly what was made."""
    qtbot = helper.qtbot
    helper.click(helper.home.list_page.add)
    form = helper.wait_page(CaseForm)
    form.name.setText("Mia")
    age: QComboBox = form.age
    age.setCurrentIndex(age.findData("4-7"))
    helper.click(form.save)
    page = helper.wait_page(CasePage)
    helper.click(page.space)
    holder = helper.wait_page(SpacePage)
    space = holder.young

    view = read_two_pages(helper, space)
    assert view.level == "younger"
    png = draw_with_stamps_and_undo(helper, space)
    letter = write_with_a_prompt(helper, space, "I want to stay at my school")
    fill_houses(
        helper,
        space,
        {"good-things": "My cat", "worries": "Shouting", "hopes-and-dreams": "A puppy"},
    )
    choose_audience(helper, space, "My letter", "chair-only")
    helper.click(space.bar.finish)
    wait_saved(qtbot, space)
    helper.click(space.finished_page.leave)
    holder.gate.secret.edit.setText(PIN)
    with qtbot.waitSignal(holder.left, timeout=WAIT):
        helper.click(holder.gate.leave)

    vault = helper.window.vault
    assert vault is not None
    found = saved(vault, space.case.id)
    assert set(found) == {"drawing", "letter", "houses"}
    assert found["drawing"][1] == png and found["drawing"][0].audience == "everyone"
    assert found["letter"][1] == letter and found["letter"][0].audience == "chair-only"
    assert houses_entries(found["houses"][1]) == {
        "good-things": [{"text": "My cat", "words": "own"}],
        "worries": [{"text": "Shouting", "words": "own"}],
        "hopes-and-dreams": [{"text": "A puppy", "words": "own"}],
    }
    folders = [places.data, places.temp, places.home]
    markers = [b"stay at my school", b"Shouting", png[100:140]]
    assert find_markers(folders, markers) == []


def test_an_older_young_person_on_their_own(driver: Driver, places: Places) -> None:
    """A 15-year-old makes their own profile, answers the three questions, reads two
    pages (the older reading level), draws, writes, fills the houses (one entry
    written down by someone helping), says how they feel, keeps the drawing for the
    chair only, and locks My Voice; unlocking again opens the same space, and the
    vault holds exactly what was made."""
    qtbot, window = driver.qtbot, driver.window
    driver.click(window.start_screen.buttons[Role.YOUNG_PERSON])
    create = window.current_page()
    assert isinstance(create, CreateProfilePage)
    create.first.edit.setText(PASSPHRASE)
    create.second.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(window.home_shown, timeout=WAIT):
        driver.click(create.make)
    home = window.current_page()
    assert isinstance(home, YoungPersonHome)
    qtbot.waitUntil(lambda: isinstance(home.page, AboutMePage), timeout=WAIT)
    about = home.page
    assert isinstance(about, AboutMePage)
    about.name.setText("Jay")
    driver.click(about.ages["13-17"])
    driver.click(about.unknown)
    driver.click(about.start)
    qtbot.waitUntil(lambda: home.space is not None, timeout=WAIT)
    space = home.space
    assert space is not None

    view = read_two_pages(driver, space)
    assert view.level == "older"
    png = draw_with_stamps_and_undo(driver, space)
    letter = write_with_a_prompt(driver, space, "I'd like to see my brother more.")
    driver.click(space.menu.buttons["houses"])
    houses = space.page
    assert isinstance(houses, HousesPage)
    driver.click(houses.helper_button)
    column = houses.columns["worries"]
    driver.click(column.add_edit)
    qtbot.keyClicks(column.add_edit, "Moving again")
    qtbot.keyClick(column.add_edit, Qt.Key.Key_Return)
    driver.click(space.bar.home)
    driver.click(space.menu.buttons["feelings"])
    feelings = space.page
    assert isinstance(feelings, FeelingsPage)
    driver.click(feelings.cards["worried"].face_button)
    driver.click(space.bar.home)
    choose_audience(driver, space, "My drawing", "chair-only")
    driver.click(space.bar.finish)
    wait_saved(qtbot, space)
    with qtbot.waitSignal(window.locked, timeout=WAIT):
        driver.click(space.finished_page.leave)

    vault = window.vault
    assert vault is not None
    vault.unlock(PASSPHRASE)
    [case] = vault.list_cases()
    assert case.details.chosen_name == "Jay" and case.details.age_band == "13-17"
    found = saved(vault, case.id)
    assert set(found) == {"drawing", "letter", "houses", "feelings"}
    assert found["drawing"][1] == png and found["drawing"][0].audience == "chair-only"
    assert found["letter"][1] == letter and found["letter"][0].audience == "everyone"
    assert houses_entries(found["houses"][1])["worries"] == [
        {"text": "Moving again", "words": "written-by-helper"}
    ]
    assert [f["feeling"] for f in json.loads(found["feelings"][1])["feelings"]] == ["worried"]
    folders = [places.data, places.temp, places.home]
    markers = [b"see my brother", b"Moving again", png[100:140]]
    assert find_markers(folders, markers) == []
