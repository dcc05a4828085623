"""How My Voice looks and sounds for the person using it: text size (100 % to
200 %), high contrast, sounds, and movement (the sound level bar is the one thing
that moves by itself; with movement off it changes at most once a second).

Kept in ``display.json`` in the data folder (nothing private: no names, no
content), written atomically, and read as untrusted: anything odd means the
defaults. :func:`apply_display` changes the whole app at once.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from voiceapp.core.atomic import atomic_write
from voiceapp.core.vault.paths import default_root
from voiceapp.ui.theme import LARGEST_SCALE, SMALLEST_SCALE, apply_theme

SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)
FILE_NAME = "display.json"
MAX_BYTES = 4096


@dataclass(frozen=True)
class Display:
    text_scale: float = 1.0
    high_contrast: bool = False
    sounds: bool = True
    motion: bool = True

    def with_changes(self, **changes: Any) -> Display:
        return replace(self, **changes)


def _path(root: Path | None) -> Path:
    return (root or default_root()) / FILE_NAME


def load_display(root: Path | None = None) -> Display:
    """The saved choices, or the defaults if there are none (or they make no sense)."""
    try:
        with _path(root).open("rb") as handle:
            untrusted = json.loads(handle.read(MAX_BYTES + 1)[:MAX_BYTES])
    except (OSError, ValueError):
        return Display()
    if not isinstance(untrusted, dict):
        return Display()
    scale = untrusted.get("text_scale", 1.0)
    if not isinstance(scale, int | float) or not SMALLEST_SCALE <= scale <= LARGEST_SCALE:
        scale = 1.0
    flags = {
        name: value if isinstance(value := untrusted.get(name, default), bool) else default
        for name, default in (("high_contrast", False), ("sounds", True), ("motion", True))
    }
    return Display(text_scale=float(scale), **flags)


def save_display(display: Display, root: Path | None = None) -> None:
    path = _path(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path, 0o600) as handle:
        handle.write(json.dumps(asdict(display)).encode("utf-8"))


def current_display() -> Display:
    app = QApplication.instance()
    value = app.property("voiceappDisplay") if app is not None else None
    return value if isinstance(value, Display) else Display()


def apply_display(display: Display) -> None:
    """Restyle the whole app for ``display`` (widgets pick it up at once)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setProperty("voiceappDisplay", display)
    apply_theme(app, display.high_contrast, display.text_scale)
