"""The letter editor: autosave, prompts, text size, read-back, undo, keyboard,
accessibility, translation, and nothing on disk."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QAbstractButton, QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.audit import words_on
from tests.ui.conftest import PseudoTranslation
from voiceapp.ui.write import LetterEditor
from voiceapp.ui.write.editor import LARGEST, SMALLEST

WORDS = [
    "Dw i'n hoffi chwarae pêl-droed gyda fy ffrindiau, ŵyr ac ŷd.",
    "Zażółć gęślą jaźń — chcę mieszkać z babcią.",
    "أريد أن أرى أمي كل أسبوع",
    "I feel 😊 and sometimes 😢 👨‍👩‍👧 ❤️",
    "no Capital at start  double  spaces, teh speling kept\n\nnew paragraph",
]


def type_into(qtbot: QtBot, editor: QPlainTextEdit, text: str) -> None:
    """Type ``text`` as a person would: plain keys for ASCII letters, and an input
    method's committed text for everything else (accents, scripts, emoji)."""
    for ch in text:
        if ch.isascii() and ch.isprintable():
            qtbot.keyClicks(editor, ch)
        elif ch == "\n":
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(editor, event)


@pytest.mark.parametrize("words", WORDS)
def test_typing_autosaves_once_with_exactly_the_typed_words(
    qtbot: QtBot, letter: LetterEditor, words: str
) -> None:
    """After a pause in typing, ``changed`` hands over exactly the typed words as
    UTF-8 (Welsh, Polish, Arabic, emoji, odd spelling and spaces untouched), once."""
    saved: list[bytes] = []
    letter.changed.connect(saved.append)
    letter.editor.setFocus()
    with qtbot.waitSignal(letter.changed, timeout=5000) as blocker:
        type_into(qtbot, letter.editor, words)
    assert blocker.args == [words.encode("utf-8")]
    assert saved == [words.encode("utf-8")]
    assert not letter.pending()  # nothing more is waiting to be handed out


def test_loading_a_letter_shows_it_without_saving(qtbot: QtBot, letter: LetterEditor) -> None:
    """A saved letter comes back exactly, and loading it is not a change to save."""
    saved: list[bytes] = []
    letter.changed.connect(saved.append)
    letter.load(WORDS[3].encode("utf-8"))
    assert letter.text() == WORDS[3]
    assert not letter.pending()
    assert saved == []


def test_a_prompt_adds_a_heading_that_can_be_kept_or_taken_away(
    qtbot: QtBot, letter: LetterEditor
) -> None:
    """A prompt adds its heading on a line of its own after what is there; Undo takes
    it away in one step, and deleting the line by hand works too."""
    letter.editor.setFocus()
    qtbot.keyClicks(letter.editor, "Hello")
    qtbot.mouseClick(letter.prompt_buttons["worries"], Qt.MouseButton.LeftButton)
    assert letter.text() == "Hello\nWhat worries me\n"
    assert letter.editor.hasFocus()
    qtbot.keyClicks(letter.editor, "the dog")
    assert letter.text() == "Hello\nWhat worries me\nthe dog"
    qtbot.mouseClick(letter.undo_button, Qt.MouseButton.LeftButton)
    assert letter.text() == "Hello\nWhat worries me\n"
    qtbot.mouseClick(letter.undo_button, Qt.MouseButton.LeftButton)
    assert letter.text() == "Hello"
    qtbot.mouseClick(letter.redo_button, Qt.MouseButton.LeftButton)
    assert letter.text() == "Hello\nWhat worries me\n"

    for key in ("going-well", "wish", "meeting"):
        letter.prompt_buttons[key].click()
    assert letter.text().splitlines()[-3:] == [
        "What is going well",
        "What I wish would happen",
        "What I want the meeting to know",
    ]
    # Delete the last heading line by hand: select it and press Backspace.
    letter.editor.setFocus()
    qtbot.keyClick(letter.editor, Qt.Key.Key_Backspace)  # the empty line after it
    qtbot.keyClick(letter.editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(letter.editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(letter.editor, Qt.Key.Key_Backspace)
    assert letter.text().splitlines()[-1] == "What I wish would happen"
    assert "What I want the meeting to know" not in letter.text()


def test_text_size_buttons_stay_within_bounds(qtbot: QtBot, letter: LetterEditor) -> None:
    """A+ makes the writing bigger up to the largest size, then is switched off; A-
    goes down to the smallest; the editor's font follows."""
    start = letter.point_size()
    qtbot.mouseClick(letter.bigger_button, Qt.MouseButton.LeftButton)
    assert letter.point_size() > start
    letter.editor.ensurePolished()
    assert letter.editor.font().pointSize() == letter.point_size()
    for _ in range(20):
        if letter.bigger_button.isEnabled():
            qtbot.mouseClick(letter.bigger_button, Qt.MouseButton.LeftButton)
    assert letter.point_size() == LARGEST
    assert not letter.bigger_button.isEnabled()
    letter.bigger()
    assert letter.point_size() == LARGEST
    for _ in range(20):
        if letter.smaller_button.isEnabled():
            qtbot.mouseClick(letter.smaller_button, Qt.MouseButton.LeftButton)
    assert letter.point_size() == SMALLEST
    assert not letter.smaller_button.isEnabled()
    letter.smaller()
    assert letter.point_size() == SMALLEST
    letter.editor.ensurePolished()
    assert letter.editor.font().pointSize() == SMALLEST


def utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def test_read_back_hands_the_exact_words_to_the_mock_engine(
    qtbot: QtBot, letter: LetterEditor
) -> None:
    """ "Read it back to me" gives the mock engine exactly the letter; the words the
    engine reports saying are at their places in that text; the button offers
    "Stop reading" while it speaks and goes back afterwards."""
    words = "Dw i'n hoffi ŵy 😊 Zażółć"
    letter.load(words.encode("utf-8"))
    speech = letter.speech()
    assert speech.engine() == "mock"
    handed: list[str] = []
    said: list[tuple[str, int, int]] = []
    original = speech.say

    def record(text: str) -> None:
        handed.append(text)
        original(text)

    speech.say = record  # type: ignore[method-assign]
    speech.sayingWord.connect(lambda word, _id, start, length: said.append((word, start, length)))
    with qtbot.waitSignal(speech.stateChanged, timeout=5000):
        qtbot.mouseClick(letter.read_button, Qt.MouseButton.LeftButton)
    assert handed == [words]
    assert letter.read_button.text() == "Stop reading"
    qtbot.waitUntil(lambda: speech.state() == QTextToSpeech.State.Ready, timeout=10000)
    assert said
    for word, start, length in said:
        assert utf16(words)[2 * start : 2 * (start + length)] == utf16(word)
    assert letter.read_button.text() == "Read it back to me"


def test_the_word_being_read_is_highlighted(qtbot: QtBot, letter: LetterEditor) -> None:
    """While the letter is read, the word the engine is saying is coloured in the
    letter; the colour goes when reading ends."""
    words = "Mae fy nghath yn hapus"
    letter.load(words.encode("utf-8"))
    speech = letter.speech()
    marked: list[str] = []

    def note(*_args: object) -> None:
        marks = letter.editor.extraSelections()
        if marks:
            marked.append(marks[0].cursor.selectedText())

    speech.sayingWord.connect(note)
    with qtbot.waitSignal(speech.stateChanged, timeout=5000):
        letter.read_button.click()
    qtbot.waitUntil(lambda: speech.state() == QTextToSpeech.State.Ready, timeout=10000)
    assert marked and all(m and m in words for m in marked)
    assert letter.editor.extraSelections() == []


def test_reading_can_be_stopped(qtbot: QtBot, letter: LetterEditor) -> None:
    """Pressing the button again while it reads stops the reading."""
    letter.load(("one two three four five six seven eight nine ten " * 5).encode())
    speech = letter.speech()
    with qtbot.waitSignal(speech.stateChanged, timeout=5000):
        letter.read_button.click()
    assert letter.reading()
    letter.read_button.click()
    qtbot.waitUntil(lambda: not letter.reading(), timeout=5000)
    assert letter.read_button.text() == "Read it back to me"


def controls(widget: QWidget) -> list[QWidget]:
    return [
        w
        for w in widget.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QPlainTextEdit) and w.isVisible()
    ]


def test_every_control_is_named_big_and_reached_with_tab(
    qtbot: QtBot, letter: LetterEditor
) -> None:
    """Every button and the writing box has a spoken name and description, is at
    least 48 px tall, and Tab (and Shift+Tab) reaches each one; Tab leaves the
    writing box rather than typing a tab."""
    letter.editor.setFocus()
    qtbot.keyClicks(letter.editor, "x")
    found = controls(letter)
    assert len(found) == 10
    for widget in found:
        assert widget.accessibleName(), widget.objectName()
        assert widget.accessibleDescription(), widget.objectName()
        assert widget.height() >= 48, widget.objectName()
    reached = set()
    for _ in range(30):
        focused = QApplication.focusWidget()
        assert focused is not None
        reached.add(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert {w for w in found if w.isEnabled()} <= reached
    assert letter.text() == "x"


def test_every_word_goes_through_translation(
    qtbot: QtBot, letter: LetterEditor, pseudo: PseudoTranslation
) -> None:
    """With a pseudo-translation installed, every word, spoken name and description
    is translated (prompts inserted in the letter too), and English comes back."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = QTranslator()
    assert translator.load(str(pseudo.folder / "voiceapp_cy.qm"))
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: pseudo.covers(letter.title.text()), timeout=5000)
        words = words_on(letter, visible_only=False)
        assert len(words) > 25
        assert [w for w in words if not pseudo.covers(w)] == []
        letter.prompt_buttons["wish"].click()
        assert letter.text() == pseudo.of("What I wish would happen") + "\n"
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: letter.title.text() == "My letter", timeout=5000)


def files_under(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_size for p in folder.rglob("*") if p.is_file()}


def test_nothing_is_written_to_disk(
    qtbot: QtBot,
    letter: LetterEditor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    private_data_folder: Path,
) -> None:
    """Writing, prompts, text sizes, undo, read-back and autosaves leave the home,
    temp, data and working folders exactly as they were."""
    home, temp = tmp_path / "home", tmp_path / "temp"
    home.mkdir()
    temp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    watched = [home, temp, private_data_folder, Path(os.getcwd())]
    before = [files_under(f) for f in watched]
    letter.editor.setFocus()
    with qtbot.waitSignal(letter.changed, timeout=5000):
        type_into(qtbot, letter.editor, "A secret 😊 ")
    letter.prompt_buttons["meeting"].click()
    letter.bigger()
    letter.undo_button.click()
    with qtbot.waitSignal(letter.speech().stateChanged, timeout=5000):
        letter.read_button.click()
    qtbot.waitUntil(lambda: not letter.reading(), timeout=10000)
    letter.flush()
    assert [files_under(f) for f in watched] == before
