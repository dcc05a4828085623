"""The recording screen works from the keyboard alone, every control is big enough and
named for screen readers, and every word goes through Qt's translation."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.recording.conftest import Pulse
from tests.ui.audit import words_on
from tests.ui.record.keys import focused, press, tab_to
from voiceapp.core.recording import Recording, SegmentStore
from voiceapp.ui.record import VoicePage, states

if TYPE_CHECKING:
    from tests.ui.conftest import PseudoTranslation

Show = Callable[[QWidget], QWidget]
Check = Callable[[QWidget], list[QWidget]]


def test_keyboard_only_record_stop_keep(
    qtbot: QtBot, mic: Pulse, store: SegmentStore, shown: Show
) -> None:
    """With the keyboard alone: the page's first stop is Record; Enter records and moves
    the focus to Pause; Tab reaches Stop, Enter stops; the focus goes to Play, and Tab
    goes on through the position, Record again, to Keep it, where Enter keeps."""
    page = VoicePage(store)
    shown(page)
    qtbot.waitUntil(lambda: page.state == states.READY, timeout=20_000)
    page.setFocus()
    assert focused() is page.record_button
    press(Qt.Key.Key_Backtab)
    assert focused() is page.picker, "the microphone comes before Record"
    press(Qt.Key.Key_Tab)

    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.state == states.RECORDING, timeout=20_000)
    assert focused() is page.pause_button
    qtbot.waitUntil(lambda: page.timer.text() >= "0:01", timeout=20_000)
    assert tab_to(page.stop_button) == ["Stop"]
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.state == states.LISTENING, timeout=20_000)
    assert focused() is page.player.play_button

    stops = tab_to(page.keep_button)
    assert stops == ["Where it is up to", "Record again", "Keep it"]
    with qtbot.waitSignal(page.kept, timeout=5_000) as kept:
        press(Qt.Key.Key_Return)
    assert isinstance(kept.args[0], Recording)
    assert focused() is page.record_button, "ready to record another, from the keyboard"


def test_every_control_is_named_and_big_enough(
    qtbot: QtBot, mic: Pulse, shown: Show, check_controls: Check
) -> None:
    """On every step (record, listen, the question before throwing away) each control has
    an accessible name and description and is at least 48 px high; each button also has
    words and a picture. The level meter and the timer are named too."""
    page = VoicePage(None)
    shown(page)
    qtbot.waitUntil(lambda: page.state == states.READY, timeout=20_000)
    names = {w.accessibleName() for w in check_controls(page)}
    assert {"Microphone", "Record", "Pause", "Stop"} <= names
    assert page.meter.accessibleName() == "Sound level" and page.meter.accessibleDescription()
    assert page.timer.accessibleName() == "Time recorded: 0:00"

    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state == states.RECORDING, timeout=20_000)
    qtbot.waitUntil(lambda: page.timer.text() >= "0:01", timeout=20_000)
    page.stop_and_offer()
    qtbot.waitUntil(lambda: page.state == states.LISTENING, timeout=20_000)
    names = {w.accessibleName() for w in check_controls(page)}
    assert {"Play", "Where it is up to", "Record again", "Keep it", "Throw it away"} <= names
    qtbot.mouseClick(page.throw_button, Qt.MouseButton.LeftButton)
    names = {w.accessibleName() for w in check_controls(page)}
    assert {"Yes, throw it away", "No, keep it for now"} <= names
    assert page.confirm.question.accessibleName() == page.confirm.question.text()


@pytest.mark.own_process  # PortAudio must read the (empty) list afresh
def test_problem_step_is_named_and_big_enough(
    qtbot: QtBot, no_sound_server: None, shown: Show, check_controls: Check
) -> None:
    """The 'no microphone' step: Try again is named, described, big, with a picture."""
    page = VoicePage(None)
    shown(page)
    qtbot.waitUntil(lambda: page.state == states.PROBLEM, timeout=20_000)
    assert [w.accessibleName() for w in check_controls(page)] == ["Try again"]
    assert page.problem_text.accessibleName() == page.problem_text.text()


def test_every_word_is_translated(
    qtbot: QtBot, mic: Pulse, shown: Show, pseudo: PseudoTranslation
) -> None:
    """With a pseudo-translation of every string lupdate finds installed, every word on
    the record step changes language (retranslate on LanguageChange), and so does the
    listen step; removing it brings the English back."""
    page = VoicePage(None)
    shown(page)
    qtbot.waitUntil(lambda: page.state == states.READY, timeout=20_000)
    english = words_on(page)
    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(pseudo.folder / "voiceapp_cy.qm"))
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: pseudo.covers(page.title.text()), timeout=5_000)
        assert [w for w in words_on(page) if not pseudo.covers(w)] == []
        qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.state == states.RECORDING, timeout=20_000)
        assert [w for w in words_on(page) if not pseudo.covers(w)] == []
        qtbot.waitUntil(lambda: page.timer.text() >= "0:01", timeout=20_000)
        page.stop_and_offer()
        qtbot.waitUntil(lambda: page.state == states.LISTENING, timeout=20_000)
        qtbot.mouseClick(page.throw_button, Qt.MouseButton.LeftButton)
        assert [w for w in words_on(page) if not pseudo.covers(w)] == []
        qtbot.mouseClick(page.confirm.yes_button, Qt.MouseButton.LeftButton)
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: page.title.text() == "Record my voice", timeout=5_000)
    assert words_on(page) != english  # the 'thrown away' sentence is new
    assert [w for w in words_on(page) if pseudo.covers(w)] == []
