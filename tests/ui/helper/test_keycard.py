"""The chair's key card: from a file or pasted, checked, shown big, confirmed."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from voiceapp.ui.helper import file_dialogs
from voiceapp.ui.helper.case_page import CasePage
from voiceapp.ui.helper.keycard_page import KeyCardPage

from .conftest import Chair, Driver, Places


def open_cards(driver: Driver) -> KeyCardPage:
    page = driver.add_case("Sam")
    assert "No key card yet" in page.card.text()
    driver.click(page.card_button)
    return driver.wait_page(KeyCardPage)


def test_pasted_card_shows_name_and_fingerprint_big_then_is_kept(
    qtbot: QtBot, helper: Driver, chair: Chair
) -> None:
    """Pasted text (with stray spaces) is checked; the chair's name, organisation and
    fingerprint are shown in big letters to read back on the phone; "Yes" keeps it."""
    cards = open_cards(helper)
    cards.paste.setPlainText("\n   " + chair.card.to_text().replace("\n", "\r\n  ") + "\n")
    with qtbot.waitSignal(cards.checked):
        helper.click(cards.check)
    assert cards.chair.text() == "Jo Bloggs"
    assert cards.organisation.text() == "Northshire Council"
    assert cards.fingerprint.text() == chair.card.fingerprint.replace("-", " - ")
    assert cards.fingerprint.fontInfo().pixelSize() >= 30  # big letters (28 pt)
    letters = chair.card.fingerprint.replace("-", "")
    assert cards.fingerprint.accessibleName().endswith(" ".join(letters))
    assert cards.yes.hasFocus()
    helper.click(cards.yes)
    page = helper.wait_page(CasePage)
    assert page.case.details.key_cards == (chair.card.to_text(),)
    assert "Jo Bloggs" in page.card.text() and chair.card.fingerprint in page.card.text()


def test_card_from_a_file(helper: Driver, chair: Chair, places: Places) -> None:
    """ "Open a key card file..." reads the .voicekey file the chair sent."""
    path = places.elsewhere / "jo.voicekey"
    path.write_text(chair.card.to_text(), encoding="utf-8")
    helper.add_case("Sam")
    page = helper.add_keycard(chair.card, path=path)
    assert page.case.details.key_cards == (chair.card.to_text(),)


def test_changed_card_and_no_match_keep_nothing(
    helper: Driver, chair: Chair, places: Places, monkeypatch: Any
) -> None:
    """A card whose key was changed gives one sentence and is not kept; so is a card
    whose letters the chair says do not match ("No, they are different")."""
    cards = open_cards(helper)
    other = chair.card.to_text().replace(chair.card.key[-6:], "qqqqqq")
    cards.paste.setPlainText(other)
    helper.click(cards.check)
    assert cards.alert.isVisible() and "not a My Voice key card" in cards.alert.text()
    assert cards.steps.currentWidget() is cards.find_page

    monkeypatch.setattr(file_dialogs, "open_file", lambda *_: str(places.elsewhere / "none"))
    helper.click(cards.open_file)
    assert "no longer there" in cards.alert.text()

    cards.paste.setPlainText(chair.card.to_text())
    helper.click(cards.check)
    helper.click(cards.no)
    assert cards.card is None and "was not used" in cards.alert.text()
    helper.click(cards.back)
    page = helper.wait_page(CasePage)
    assert page.case.details.key_cards == ()


def test_binary_junk_is_refused(helper: Driver, places: Places, monkeypatch: Any) -> None:
    """A file that is not text at all is refused with the key card sentence."""
    junk = places.elsewhere / "junk.voicekey"
    junk.write_bytes(bytes(range(256)) * 100)
    cards = open_cards(helper)
    monkeypatch.setattr(file_dialogs, "open_file", lambda *_: str(junk))
    helper.click(cards.open_file)
    assert "not a My Voice key card" in cards.alert.text()
