"""The space's pictures (``assets/space/*.svg``, drawn for My Voice)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from voiceapp.ui.paths import asset

NAMES = (
    "learn", "draw", "write", "voice", "video", "feelings", "houses", "things",
    "home", "read", "hide", "break", "finished", "send",
)  # fmt: skip


@cache
def icon(name: str) -> QIcon:
    """The picture called ``name`` (one of :data:`NAMES`)."""
    if name not in NAMES:
        raise KeyError(name)
    return QIcon(str(asset(f"space/{name}.svg")))
