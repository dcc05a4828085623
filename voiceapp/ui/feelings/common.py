"""Small parts shared by the "How I feel" and "Three houses" pages."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

OWN = "own"
HELPER = "written-by-helper"


def page_bytes(doc: dict[str, Any]) -> bytes:
    """A page as compact UTF-8 JSON (the young person's letters kept as they are)."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class Debounce(QObject):
    """Calls ``fire`` once, ``ms`` after the last ``poke``."""

    fire = Signal()

    def __init__(self, ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(ms)
        self.timer.timeout.connect(self.fire)

    def poke(self) -> None:
        self.timer.start()

    def pending(self) -> bool:
        return self.timer.isActive()

    def stop(self) -> None:
        self.timer.stop()
