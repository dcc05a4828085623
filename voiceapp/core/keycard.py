"""Key cards (``*.voicekey``): how a chair shares their public key.

A key card is a short UTF-8 text a helper can open, check and import::

    My Voice key card
    Version: 1
    Name: Jo Bloggs
    Organisation: Northshire Council
    Created: 2026-11-22
    Key: age1pq1...
    Fingerprint: KDXM-PWAT-RHCE-LYVN

The fingerprint is four groups of four letters taken from the SHA-256 of the
key. The helper reads it back to the chair over the phone: if the letters
match, the card really is the chair's. Letters that look or sound alike
(I, O, 0, 1) are never used. Format: docs/key-card-format.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from .age import AnyRecipient, parse_recipient
from .errors import InvalidKey, InvalidKeyCard
from .text import clean_text

MAGIC = "My Voice key card"
VERSION = 1
MAX_SIZE = 8 * 1024
MAX_FIELD = 100
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # 24 letters, no I or O
_FIELDS = ("Version", "Name", "Organisation", "Created", "Key", "Fingerprint")


def fingerprint(recipient: str) -> str:
    """Sixteen letters in four groups, from SHA-256 of the key text."""
    value = int.from_bytes(hashlib.sha256(recipient.encode("ascii")).digest(), "big")
    letters = []
    for _ in range(16):
        value, r = divmod(value, len(_ALPHABET))
        letters.append(_ALPHABET[r])
    return "-".join("".join(letters[i : i + 4]) for i in range(0, 16, 4))


@dataclass(frozen=True)
class KeyCard:
    name: str
    organisation: str
    created: dt.date
    key: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)

    @property
    def recipient(self) -> AnyRecipient:
        return parse_recipient(self.key)

    @property
    def post_quantum(self) -> bool:
        return self.key.startswith("age1pq1")

    def to_text(self) -> str:
        return (
            f"{MAGIC}\n"
            f"Version: {VERSION}\n"
            f"Name: {self.name}\n"
            f"Organisation: {self.organisation}\n"
            f"Created: {self.created.isoformat()}\n"
            f"Key: {self.key}\n"
            f"Fingerprint: {self.fingerprint}\n"
        )

    @classmethod
    def make(
        cls, name: str, organisation: str, key: str, created: dt.date | None = None
    ) -> KeyCard:
        for value in (name, organisation):
            if clean_text(value) != value or "\n" in value or len(value) > MAX_FIELD:
                raise ValueError("names must be one short line of plain text")
        parse_recipient(key)
        return cls(name.strip(), organisation.strip(), created or dt.date.today(), key)


def parse(untrusted: str | bytes) -> KeyCard:
    """Check a key card (file contents or pasted text) strictly."""
    if isinstance(untrusted, bytes):
        if len(untrusted) > MAX_SIZE:
            raise InvalidKeyCard("too large")
        try:
            untrusted = untrusted.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidKeyCard("not UTF-8 text") from None
    if len(untrusted) > MAX_SIZE:
        raise InvalidKeyCard("too large")
    lines = [line.rstrip("\r").strip() for line in untrusted.strip().split("\n")]
    lines = [line for line in lines if line]
    if not lines or lines[0] != MAGIC:
        raise InvalidKeyCard("no key card heading")
    fields: dict[str, str] = {}
    for line in lines[1:]:
        key, sep, value = line.partition(":")
        if not sep or key not in _FIELDS or key in fields:
            raise InvalidKeyCard("unknown or repeated line")
        fields[key] = value.strip()
    if set(fields) != set(_FIELDS):
        raise InvalidKeyCard("missing lines")
    if fields["Version"] != str(VERSION):
        raise InvalidKeyCard("unknown version")
    for name in ("Name", "Organisation"):
        if len(fields[name]) > MAX_FIELD or clean_text(fields[name]) != fields[name]:
            raise InvalidKeyCard("name or organisation not plain text")
    try:
        created = dt.date.fromisoformat(fields["Created"])
        parse_recipient(fields["Key"])
    except (ValueError, InvalidKey):
        raise InvalidKeyCard("date or key not valid") from None
    card = KeyCard(fields["Name"], fields["Organisation"], created, fields["Key"])
    if card.fingerprint != fields["Fingerprint"].upper():
        raise InvalidKeyCard("fingerprint does not match the key")
    return card
