"""Showing text that came from outside safely."""

from __future__ import annotations

import unicodedata

_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean_text(untrusted: str) -> str:
    """Text safe to show: control characters and bidi overrides removed.

    Joiners (ZWJ, ZWNJ) stay: Arabic, Urdu and emoji need them.
    """
    return "".join(
        ch for ch in untrusted if unicodedata.category(ch) != "Cc" and ch not in _BIDI_CONTROLS
    )
