"""The "Three houses" page: putting things in, renaming, whose words, taking away
and undo; JSON that passes the bundle's schema and loads back (drawings too);
keyboard, accessibility, translation, and nothing on disk."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.audit import words_on
from tests.ui.conftest import PseudoTranslation
from voiceapp.core.bundle import DEFAULT_LIMITS
from voiceapp.core.bundle.manifest import validate_page
from voiceapp.core.errors import VoiceError
from voiceapp.ui.feelings import HousesPage

KEYS = ("good-things", "worries", "hopes-and-dreams")

SAVED = (
    b'{"page":"houses","version":1,"houses":['
    b'{"house":"good-things","name":"Fy nh\xc5\xb7 hapus \xf0\x9f\x8f\xa0","entries":['
    b'{"text":"Football","words":"own"},'
    b'{"drawing":"abcdefghijk2","words":"own"}]},'
    b'{"house":"worries","entries":[{"text":"Shouting","words":"written-by-helper"}]},'
    b'{"house":"hopes-and-dreams","entries":[]}]}'
)


def put_in(qtbot: QtBot, page: HousesPage, house: str, words: str) -> None:
    """Type ``words`` into a house's box and press Enter."""
    column = page.columns[house]
    column.add_edit.setFocus()
    column.add_edit.insert(words)
    qtbot.keyClick(column.add_edit, Qt.Key.Key_Return)


def test_an_empty_page_is_valid(houses: HousesPage) -> None:
    """Three empty houses with their own names make a valid page (names of houses
    the young person did not change are not saved)."""
    doc = validate_page("houses", houses.to_json(), DEFAULT_LIMITS)
    assert doc == {
        "page": "houses",
        "version": 1,
        "houses": [{"house": k, "entries": []} for k in KEYS],
    }
    assert houses.columns["worries"].name_edit.text() == "House of worries"


def test_typed_and_dictated_entries_are_saved_with_whose_words(
    qtbot: QtBot, houses: HousesPage
) -> None:
    """Entries typed by the young person are their own words; with "my helper is
    writing" switched on they are marked as written by the helper and show that
    mark; the words are kept exactly; one autosave, valid against the schema."""
    saved: list[bytes] = []
    houses.changed.connect(saved.append)
    put_in(qtbot, houses, "good-things", "My nan's dog 🐶 — ŵ ą ع")
    qtbot.mouseClick(houses.helper_button, Qt.MouseButton.LeftButton)
    assert houses.helper_button.text() == "My helper is writing for me"
    with qtbot.waitSignal(houses.changed, timeout=5000) as blocker:
        put_in(qtbot, houses, "worries", "  When they shout  ")
        qtbot.mouseClick(houses.columns["hopes-and-dreams"].add_button, Qt.MouseButton.LeftButton)
    assert saved == [blocker.args[0]]
    doc = validate_page("houses", blocker.args[0], DEFAULT_LIMITS)
    assert doc["houses"][0]["entries"] == [{"text": "My nan's dog 🐶 — ŵ ą ع", "words": "own"}]
    assert doc["houses"][1]["entries"] == [
        {"text": "  When they shout  ", "words": "written-by-helper"}
    ]
    assert doc["houses"][2]["entries"] == []  # an empty box puts nothing in
    worries = houses.columns["worries"].rows[0]
    assert worries.mark.isVisible() and worries.mark.text() == "Written by my helper"
    assert not houses.columns["good-things"].rows[0].mark.isVisible()
    assert houses.columns["worries"].add_edit.text() == ""


def test_houses_can_be_renamed(qtbot: QtBot, houses: HousesPage) -> None:
    """A new name typed by the young person is saved exactly; clearing it goes back
    to the house's own name (which is not saved)."""
    edit = houses.columns["hopes-and-dreams"].name_edit
    edit.setFocus()
    edit.selectAll()
    with qtbot.waitSignal(houses.changed, timeout=5000) as blocker:
        qtbot.keyClicks(edit, "Dream house")
    doc = validate_page("houses", blocker.args[0], DEFAULT_LIMITS)
    assert doc["houses"][2]["name"] == "Dream house"
    assert "name" not in doc["houses"][0]
    edit.selectAll()
    with qtbot.waitSignal(houses.changed, timeout=5000) as blocker:
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    doc = validate_page("houses", blocker.args[0], DEFAULT_LIMITS)
    assert "name" not in doc["houses"][2]
    assert edit.placeholderText() == "House of hopes and dreams"


def test_taking_away_can_be_undone_and_redone(qtbot: QtBot, houses: HousesPage) -> None:
    """ "Take away" removes just that entry; Undo (button or Ctrl+Z) puts it back in
    its place; Redo takes it away again; focus stays in the same house."""
    for words in ("one", "two", "three"):
        put_in(qtbot, houses, "good-things", words)
    column = houses.columns["good-things"]

    def texts() -> list[str]:
        return [e["text"] for e in houses.entries["good-things"]]

    qtbot.mouseClick(column.rows[1].remove_button, Qt.MouseButton.LeftButton)
    assert texts() == ["one", "three"]
    assert [r.words.text() for r in column.rows] == ["one", "three"]
    assert QApplication.focusWidget() is column.rows[1].remove_button
    qtbot.mouseClick(houses.undo_button, Qt.MouseButton.LeftButton)
    assert texts() == ["one", "two", "three"]
    qtbot.mouseClick(houses.redo_button, Qt.MouseButton.LeftButton)
    assert texts() == ["one", "three"]
    column.rows[0].remove_button.setFocus()
    qtbot.keyClick(column.rows[0].remove_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts() == ["one", "two", "three"]
    houses.undo()
    houses.undo()
    houses.undo()
    assert texts() == []
    assert not houses.undo_button.isEnabled()
    houses.redo()
    assert texts() == ["one"]


def test_a_page_round_trips_through_load_with_drawings(qtbot: QtBot, houses: HousesPage) -> None:
    """A saved page with a renamed house, a drawing entry and a helper's entry loads
    back: the drawing shows as "A drawing" that can be taken away (and undone), and
    saving gives the same page again; loading does not itself autosave."""
    saved: list[bytes] = []
    houses.changed.connect(saved.append)
    houses.load(SAVED)
    assert not houses.pending() and saved == []
    assert houses.columns["good-things"].name_edit.text() == "Fy nhŷ hapus 🏠"
    drawing = houses.columns["good-things"].rows[1]
    assert drawing.words.text() == "A drawing"
    assert drawing.picture is not None
    assert not houses.columns["worries"].rows[0].mark.isHidden()
    assert validate_page("houses", houses.to_json(), DEFAULT_LIMITS) == validate_page(
        "houses", SAVED, DEFAULT_LIMITS
    )
    drawing.remove_button.click()
    assert houses.entries["good-things"] == [{"text": "Football", "words": "own"}]
    houses.undo()
    assert validate_page("houses", houses.to_json(), DEFAULT_LIMITS) == validate_page(
        "houses", SAVED, DEFAULT_LIMITS
    )
    other = HousesPage(autosave_ms=50)
    qtbot.addWidget(other)
    other.load(houses.to_json())
    assert other.to_json() == houses.to_json()


def test_bad_json_is_refused(houses: HousesPage) -> None:
    """A page that does not fit the schema (two houses only) is refused."""
    with pytest.raises(VoiceError):
        houses.load(b'{"page":"houses","version":1,"houses":[]}')


def controls(widget: QWidget) -> list[QWidget]:
    return [
        w
        for w in widget.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit) and w.isVisibleTo(widget)
    ]


def test_every_control_is_named_big_and_reached_with_tab(qtbot: QtBot, houses: HousesPage) -> None:
    """With entries in the houses, every button and box has a spoken name and
    description, is at least 48 px tall, and Tab reaches each one."""
    houses.load(SAVED)
    houses.columns["worries"].rows[0].remove_button.click()  # so Undo and Redo have work
    houses.columns["good-things"].rows[0].remove_button.click()
    houses.undo()
    found = controls(houses)
    assert len(found) == 3 + 3 * 3 + 2
    for widget in found:
        assert widget.accessibleName(), widget.objectName()
        assert widget.accessibleDescription(), widget.objectName()
        assert widget.height() >= 48, widget.objectName()
    houses.helper_button.setFocus()
    reached = set()
    for _ in range(len(found) + 5):
        focused = QApplication.focusWidget()
        assert focused is not None
        reached.add(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert houses.undo_button.isEnabled() and houses.redo_button.isEnabled()
    assert set(found) <= reached


def test_every_word_goes_through_translation(
    qtbot: QtBot, houses: HousesPage, pseudo: PseudoTranslation
) -> None:
    """With a pseudo-translation installed, every word, spoken name and description
    is translated (house names the young person did not change too), while their own
    house names and entries stay exactly as they wrote them."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    houses.load(SAVED)
    houses.helper_button.setChecked(True)
    translator = QTranslator()
    assert translator.load(str(pseudo.folder / "voiceapp_cy.qm"))
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: pseudo.covers(houses.title.text()), timeout=5000)
        words = words_on(houses, visible_only=False)
        assert len(words) > 30
        assert [w for w in words if not pseudo.covers(w)] == []
        assert houses.columns["worries"].name_edit.text() == pseudo.of("House of worries")
        assert houses.columns["good-things"].name_edit.text() == "Fy nhŷ hapus 🏠"
        assert houses.columns["good-things"].rows[0].words.text() == "Football"
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: houses.title.text() == "Three houses", timeout=5000)
    assert houses.columns["worries"].name_edit.text() == "House of worries"


def files_under(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_size for p in folder.rglob("*") if p.is_file()}


def test_nothing_is_written_to_disk(
    qtbot: QtBot,
    houses: HousesPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    private_data_folder: Path,
) -> None:
    """Putting in, renaming, taking away, undo, autosave and loading leave the home,
    temp, data and working folders exactly as they were."""
    home, temp, work = tmp_path / "home", tmp_path / "temp", tmp_path / "work"
    for folder in (home, temp, work):
        folder.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.chdir(work)
    watched = [home, temp, private_data_folder, Path(os.getcwd())]
    before = [files_under(f) for f in watched]
    with qtbot.waitSignal(houses.changed, timeout=5000) as blocker:
        put_in(qtbot, houses, "worries", "A secret")
        houses.columns["worries"].rows[0].remove_button.click()
        houses.undo()
    houses.load(blocker.args[0])
    assert [files_under(f) for f in watched] == before
