"""The "How I feel" page: choosing faces, amounts, sentences and whose words;
JSON that passes the bundle's schema and loads back; keyboard, accessibility,
translation, and nothing on disk."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt, QTranslator
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.audit import words_on
from tests.ui.conftest import PseudoTranslation
from voiceapp.core.bundle import DEFAULT_LIMITS
from voiceapp.core.bundle.manifest import validate_page
from voiceapp.core.errors import VoiceError
from voiceapp.ui.feelings import FEELINGS, FeelingsPage, draw_face


def test_nothing_chosen_is_a_valid_empty_page(feelings: FeelingsPage) -> None:
    """Before anything is chosen, the page is valid JSON with no feelings."""
    doc = validate_page("feelings", feelings.to_json(), DEFAULT_LIMITS)
    assert doc == {"page": "feelings", "version": 1, "feelings": []}


def test_choosing_faces_amounts_sentences_and_whose_words(
    qtbot: QtBot, feelings: FeelingsPage
) -> None:
    """Pressing a face chooses it (with "quite a lot"), an amount can be changed,
    pressing an amount alone also chooses its feeling, a sentence is kept exactly,
    and the helper switch marks whose words they are; one autosave after the
    changes, valid against the schema."""
    happy, worried, lonely = (feelings.cards[k] for k in ("happy", "worried", "lonely"))
    qtbot.mouseClick(happy.face_button, Qt.MouseButton.LeftButton)
    assert happy.chosen() and happy.amount() == "quite-a-lot"
    assert happy.details.isVisible()
    qtbot.mouseClick(happy.amount_buttons["very"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(worried.amount_buttons["a-little"], Qt.MouseButton.LeftButton)
    assert worried.chosen()
    sentence = "Pan dw i gyda Nain 😊 — kiedy jestem sam, أشعر"
    worried.sentence.setFocus()
    worried.sentence.insert(sentence)
    qtbot.mouseClick(worried.whose_button, Qt.MouseButton.LeftButton)
    assert worried.whose_button.text() == "Helper wrote this"
    saved: list[bytes] = []
    feelings.changed.connect(saved.append)
    with qtbot.waitSignal(feelings.changed, timeout=5000) as blocker:
        qtbot.mouseClick(lonely.face_button, Qt.MouseButton.LeftButton)
    assert saved == [blocker.args[0]]
    assert not feelings.pending()
    doc = validate_page("feelings", blocker.args[0], DEFAULT_LIMITS)
    assert doc["feelings"] == [
        {"feeling": "happy", "amount": "very", "words": "own"},
        {
            "feeling": "worried",
            "amount": "a-little",
            "sentence": sentence,
            "words": "written-by-helper",
        },
        {"feeling": "lonely", "amount": "quite-a-lot", "words": "own"},
    ]


def test_letting_go_of_a_feeling_keeps_its_sentence_for_later(
    qtbot: QtBot, feelings: FeelingsPage
) -> None:
    """Pressing a chosen face again takes the feeling off the page, but its sentence
    waits in case they choose it again (nothing is lost by a tap)."""
    sad = feelings.cards["sad"]
    sad.face_button.click()
    sad.sentence.setText("When I miss my dog")
    sad.face_button.click()
    assert not sad.chosen()
    assert json.loads(feelings.to_json())["feelings"] == []
    sad.face_button.click()
    assert json.loads(feelings.to_json())["feelings"][0]["sentence"] == "When I miss my dog"


def test_a_page_round_trips_through_load(qtbot: QtBot, feelings: FeelingsPage) -> None:
    """Every feeling with every kind of answer is saved, loaded into a new page, and
    saved again to the very same bytes; loading does not itself autosave."""
    amounts = ("a-little", "quite-a-lot", "very")
    for index, feeling in enumerate(FEELINGS):
        card = feelings.cards[feeling]
        card.set_amount(amounts[index % 3])
        if index % 2:
            card.sentence.setText(f"{feeling} ✨ ŵ ą ع")
        card.set_helper_wrote(index % 3 == 0)
    data = feelings.to_json()
    assert len(validate_page("feelings", data, DEFAULT_LIMITS)["feelings"]) == 10
    other = FeelingsPage(autosave_ms=50)
    qtbot.addWidget(other)
    saved: list[bytes] = []
    other.changed.connect(saved.append)
    other.load(data)
    assert other.to_json() == data
    assert not other.pending() and saved == []
    other.load(b'{"page":"feelings","version":1,"feelings":[]}')
    assert not any(c.chosen() for c in other.cards.values())
    assert not any(c.sentence.text() for c in other.cards.values())


def test_bad_json_is_refused_and_the_page_is_unchanged(feelings: FeelingsPage) -> None:
    """JSON that does not fit the schema is refused with the bundle's typed error."""
    feelings.cards["okay"].face_button.click()
    before = feelings.to_json()
    with pytest.raises(VoiceError):
        feelings.load(b'{"page":"feelings","version":1,"feelings":[{"feeling":"bored"}]}')
    assert feelings.to_json() == before


def test_each_face_is_a_different_picture(themed_app: QApplication) -> None:
    """The ten faces are drawn, and no two look the same."""
    seen = set()
    for feeling in FEELINGS:
        image = QImage(64, 64, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        draw_face(painter, QRectF(0, 0, 64, 64), feeling)
        painter.end()
        data = bytes(image.constBits())
        assert any(data)
        seen.add(data)
    assert len(seen) == len(FEELINGS)


def controls(widget: QWidget) -> list[QWidget]:
    return [
        w
        for w in widget.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit) and w.isVisibleTo(widget)
    ]


def test_every_control_is_named_big_and_reached_with_tab(
    qtbot: QtBot, feelings: FeelingsPage
) -> None:
    """With every feeling chosen, every button and sentence box has a spoken name and
    description, is at least 48 px tall, and Tab reaches each one; Space chooses."""
    first = feelings.cards["happy"].face_button
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert feelings.cards["happy"].chosen()
    for card in feelings.cards.values():
        card.set_chosen(True)
    found = controls(feelings)
    assert len(found) == 10 * 6
    for widget in found:
        assert widget.accessibleName(), widget.objectName()
        assert widget.accessibleDescription(), widget.objectName()
        assert widget.height() >= 48, widget.objectName()
    first.setFocus()
    reached = set()
    for _ in range(len(found) + 5):
        focused = QApplication.focusWidget()
        assert focused is not None
        reached.add(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert set(found) <= reached


def test_every_word_goes_through_translation(
    qtbot: QtBot, feelings: FeelingsPage, pseudo: PseudoTranslation
) -> None:
    """With a pseudo-translation installed, every word, spoken name, description and
    hint is translated (chosen and not, own words and helper's), and English comes
    back."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = QTranslator()
    assert translator.load(str(pseudo.folder / "voiceapp_cy.qm"))
    feelings.cards["sad"].set_chosen(True)
    feelings.cards["angry"].set_chosen(True)
    feelings.cards["angry"].set_helper_wrote(True)
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: pseudo.covers(feelings.title.text()), timeout=5000)
        words = words_on(feelings, visible_only=False)
        assert len(words) > 100
        assert [w for w in words if not pseudo.covers(w)] == []
        assert feelings.cards["happy"].face_button.text() == pseudo.of("Happy")
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: feelings.title.text() == "How I feel", timeout=5000)


def files_under(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_size for p in folder.rglob("*") if p.is_file()}


def test_nothing_is_written_to_disk(
    qtbot: QtBot,
    feelings: FeelingsPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    private_data_folder: Path,
) -> None:
    """Choosing, writing, autosaving and loading leave the home, temp, data and
    working folders exactly as they were."""
    home, temp, work = tmp_path / "home", tmp_path / "temp", tmp_path / "work"
    for folder in (home, temp, work):
        folder.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.chdir(work)
    watched = [home, temp, private_data_folder, Path(os.getcwd())]
    before = [files_under(f) for f in watched]
    with qtbot.waitSignal(feelings.changed, timeout=5000) as blocker:
        feelings.cards["scared"].set_amount("very")
        feelings.cards["scared"].sentence.setText("A secret")
    feelings.load(blocker.args[0])
    assert [files_under(f) for f in watched] == before
