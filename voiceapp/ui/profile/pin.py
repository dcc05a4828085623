"""The helper's short PIN for leaving a young person's space.

Set when the helper unlocks (optional), kept only in memory as a salted hash,
and forgotten when My Voice locks. After a few wrong tries the PIN stops
working and only the passphrase will do, so a child cannot guess it.
"""

from __future__ import annotations

import hashlib
import hmac
import os

MIN_DIGITS = 4
MAX_DIGITS = 8
MAX_TRIES = 5


def valid_pin(text: str) -> bool:
    """4 to 8 digits (an empty PIN means "no PIN": the passphrase is needed)."""
    return text.isascii() and text.isdigit() and MIN_DIGITS <= len(text) <= MAX_DIGITS


class PinGuard:
    """Holds at most one PIN, as a salted hash; ``check`` counts wrong tries."""

    def __init__(self) -> None:
        self._salt = b""
        self._hash = b""
        self.tries_left = 0

    @property
    def is_set(self) -> bool:
        return bool(self._hash) and self.tries_left > 0

    def set(self, pin: str) -> None:
        if not valid_pin(pin):
            raise ValueError("a PIN is 4 to 8 digits")
        self._salt = os.urandom(16)
        self._hash = self._digest(pin)
        self.tries_left = MAX_TRIES

    def clear(self) -> None:
        self._salt = self._hash = b""
        self.tries_left = 0

    def check(self, pin: str) -> bool:
        if not self.is_set:
            return False
        if hmac.compare_digest(self._digest(pin), self._hash):
            self.tries_left = MAX_TRIES
            return True
        self.tries_left -= 1
        if self.tries_left <= 0:
            self.clear()
        return False

    def _digest(self, pin: str) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", pin.encode("ascii", "replace"), self._salt, 50_000)
