"""Read to me: the page read aloud with Qt's mock speech engine, the word being
read highlighted, Stop, and a clear message when there is no voice."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from voiceapp.ui.learn import LearnView, ReadAloud, Trouble

if TYPE_CHECKING:
    from tests.ui.learn.conftest import MakeView


def test_read_to_me_reads_the_page_and_highlights_each_word(qtbot: QtBot, view: LearnView) -> None:
    """Pressing "Read to me" hands the page's plain text to the engine. The mock engine says
    every word in turn (sayingWord, Qt 6.6+): each one is highlighted on screen as it
    is said. Stop is on while reading and off again at the end, and the highlight
    goes away when reading ends."""
    view.open_page(0)
    page = view.pages[0]
    pv = view.page_view
    assert not pv.stop_button.isEnabled()
    said: list[str] = []
    highlighted: list[str] = []
    states: list[QTextToSpeech.State] = []

    def on_word(word: str, _id: int, start: int, length: int) -> None:
        said.append(word)
        assert page.plain_text()[start : start + length] == word
        highlighted.append(pv.highlighted_text())

    speech = view.reader.speech
    speech.stateChanged.connect(states.append)
    speech.sayingWord.connect(on_word, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(view.reader.started, timeout=3000):
        qtbot.mouseClick(pv.read_button, Qt.MouseButton.LeftButton)
    assert view.reader.text == page.plain_text()
    assert pv.stop_button.isEnabled()
    with qtbot.waitSignal(view.reader.finished, timeout=20000):
        pass
    assert states[0] == QTextToSpeech.State.Speaking
    assert states[-1] == QTextToSpeech.State.Ready
    assert said == re.findall(r"\w+", page.plain_text())
    # our slot runs after the app's own one, so the word is already highlighted
    assert highlighted == said
    assert pv.highlighted_text() == ""
    assert not pv.stop_button.isEnabled()


def test_stop_stops_reading_at_once(qtbot: QtBot, view: LearnView) -> None:
    """Stop (here with the keyboard) ends the reading before the page is finished,
    clears the highlight, and gives the focus back to "Read to me"."""
    view.open_page(2)  # a long page: nine role cards
    pv = view.page_view
    words: list[int] = []
    view.reader.word.connect(lambda start, _length: words.append(start))
    with qtbot.waitSignal(view.reader.word, timeout=5000):
        qtbot.keyClick(pv.read_button, Qt.Key.Key_Return)
    assert view.reader.is_speaking()
    pv.stop_button.setFocus()
    with qtbot.waitSignal(view.reader.finished, timeout=3000):
        qtbot.keyClick(pv.stop_button, Qt.Key.Key_Space)
    count = len(words)
    qtbot.wait(300)
    assert len(words) == count  # no more words after Stop
    assert count < len(view.pages[2].plain_text().split())
    assert view.reader.speech.state() == QTextToSpeech.State.Ready
    assert pv.highlighted_text() == ""
    assert not pv.stop_button.isEnabled()
    assert pv.read_button.hasFocus()


def test_moving_to_another_page_stops_reading(qtbot: QtBot, view: LearnView) -> None:
    """Going to the next page stops the reading of the page before."""
    view.open_page(2)
    with qtbot.waitSignal(view.reader.word, timeout=5000):
        view.read_page()
    with qtbot.waitSignal(view.reader.finished, timeout=3000):
        qtbot.keyClick(view.page_view.read_button, Qt.Key.Key_Right)
    assert view.index == 3
    assert not view.reader.is_speaking()


def test_no_voice_for_the_language_gives_a_clear_message(qtbot: QtBot, make_view: MakeView) -> None:
    """The mock engine has no Welsh voice: "Read to me" says so in a sentence a child
    understands (and a screen reader hears), and nothing is read."""
    view = make_view(language="cy")
    assert view.reader.problem() is Trouble.NO_VOICE
    view.open_page(0)
    pv = view.page_view
    assert not pv.notice.isVisible()
    with qtbot.waitSignal(view.reader.trouble, timeout=3000) as trouble:
        qtbot.mouseClick(pv.read_button, Qt.MouseButton.LeftButton)
    assert trouble.args == [Trouble.NO_VOICE]
    assert pv.notice.isVisible()
    assert "no reading voice for your language" in pv.notice.text()
    assert pv.notice.accessibleName() == pv.notice.text()
    assert not view.reader.is_speaking()
    assert view.reader.text == ""
    view.next_page()
    assert not pv.notice.isVisible()  # a new page starts clean


def test_an_engine_that_does_not_work_gives_a_clear_message(
    qtbot: QtBot, make_view: MakeView
) -> None:
    """If the speech engine cannot start (here: one that does not exist), "Read to
    me" explains that reading aloud is not working, instead of doing nothing."""
    view = make_view(engine="no-such-engine")
    assert view.reader.speech.state() == QTextToSpeech.State.Error
    view.open_page(0)
    with qtbot.waitSignal(view.reader.trouble, timeout=3000) as trouble:
        qtbot.mouseClick(view.page_view.read_button, Qt.MouseButton.LeftButton)
    assert trouble.args == [Trouble.NO_ENGINE]
    assert "reading aloud is not working" in view.page_view.notice.text()


def test_the_reader_picks_a_voice_for_the_language(qtbot: QtBot) -> None:
    """ReadAloud chooses the engine's locale for the language it is given, and has no
    problem reading a language the engine knows."""
    reader = ReadAloud("fi", engine="mock")
    assert reader.speech.locale().language() == reader.speech.locale().Language.Finnish
    assert reader.problem() is None
    reader.set_language("en")
    assert reader.problem() is None
    reader.set_language("cy")
    assert reader.problem() is Trouble.NO_VOICE


def test_the_contents_can_be_read_aloud_too(qtbot: QtBot, view: LearnView) -> None:
    """On the list of pages, "Read to me" reads the heading, the hint and every page's
    name in order; Stop ends it."""
    contents = view.contents
    with qtbot.waitSignal(view.reader.started, timeout=3000):
        qtbot.keyClick(contents.read_button, Qt.Key.Key_Return)
    text = view.reader.text
    assert text.startswith("Learn about my meeting\n")
    titles = [p.title for p in view.pages]
    assert text.splitlines()[2:] == titles
    assert contents.stop_button.isEnabled()
    with qtbot.waitSignal(view.reader.finished, timeout=3000):
        qtbot.mouseClick(contents.stop_button, Qt.MouseButton.LeftButton)
    assert not contents.stop_button.isEnabled()


def test_no_voice_on_the_contents_is_explained_there(qtbot: QtBot, make_view: MakeView) -> None:
    """Without a voice for the language, "Read to me" on the list of pages shows the
    message on the list itself; it is gone again after opening a page and coming back."""
    view = make_view(language="cy")
    with qtbot.waitSignal(view.reader.trouble, timeout=3000):
        qtbot.mouseClick(view.contents.read_button, Qt.MouseButton.LeftButton)
    assert view.contents.message.isVisible()
    assert "no reading voice" in view.contents.message.text()
    view.open_page(0)
    view.show_contents()
    assert not view.contents.message.isVisible()
