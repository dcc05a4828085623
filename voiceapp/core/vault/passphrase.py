"""The passphrase rule, kept simple enough to explain in one sentence."""

from __future__ import annotations

from ..errors import WeakPassphrase

MIN_LENGTH = 10


def check_passphrase(passphrase: str) -> bytes:
    """The passphrase as bytes, or ``WeakPassphrase`` with a friendly reason."""
    stripped = passphrase.strip()
    if len(stripped) < MIN_LENGTH or len(set(stripped)) < 4:
        raise WeakPassphrase()
    return passphrase.encode("utf-8")
