"""Key cards: what a chair shares and a helper imports and checks by phone."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from voiceapp.core import age, keycard
from voiceapp.core.errors import InvalidKeyCard


@pytest.fixture(scope="module")
def card() -> keycard.KeyCard:
    key = age.HybridIdentity.generate().recipient().to_string()
    return keycard.KeyCard.make("Jo Bloggs", "Northshire Council", key, dt.date(2026, 11, 22))


def test_round_trip(card: keycard.KeyCard) -> None:
    """A card written as text reads back exactly, as a file or pasted with extra spaces."""
    text = card.to_text()
    assert keycard.parse(text) == card
    assert keycard.parse(text.encode()) == card
    pasted = "\n  " + text.replace("\n", "\r\n  ") + "\n\n"
    assert keycard.parse(pasted) == card


def test_fingerprint_reads_well_over_the_phone(card: keycard.KeyCard) -> None:
    """Four groups of four capitals, never I or O, and different for different keys."""
    assert re.fullmatch(r"[A-HJ-NP-Z]{4}(-[A-HJ-NP-Z]{4}){3}", card.fingerprint)
    other = keycard.fingerprint(age.HybridIdentity.generate().recipient().to_string())
    assert other != card.fingerprint


def test_changed_cards_are_refused(card: keycard.KeyCard) -> None:
    """A swapped key, a wrong fingerprint, or anything malformed gives one clear error."""
    text = card.to_text()
    other_key = age.HybridIdentity.generate().recipient().to_string()
    bad = [
        text.replace(card.key, other_key),  # fingerprint no longer matches
        text.replace(card.fingerprint, "AAAA-BBBB-CCCC-DDDD"),
        text.replace("Version: 1", "Version: 2"),
        text.replace("My Voice key card", "Your Voice key card"),
        text + "Extra: line\n",
        text.replace("Name: Jo Bloggs", "Name: Jo \x1b[31mBloggs"),
        text.replace("Created: 2026-11-22", "Created: 2026-13-01"),
        "",
        "x" * 10_000,
        b"\xff\xfe".decode("latin-1") + text,
    ]
    for untrusted in bad:
        with pytest.raises(InvalidKeyCard) as e:
            keycard.parse(untrusted)
        assert "key card" in e.value.message
    with pytest.raises(InvalidKeyCard):
        keycard.parse(b"\xff" + text.encode())


def test_card_recipient_encrypts(card: keycard.KeyCard) -> None:
    """The card's key is a usable recipient; hybrid keys say they are post-quantum."""
    assert card.post_quantum
    assert isinstance(card.recipient, age.HybridRecipient)
