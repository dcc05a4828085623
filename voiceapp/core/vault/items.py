"""What the vault knows about each thing a young person made."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, replace
from typing import Any

from ..bundle.media import KINDS

AUDIENCES = ("everyone", "chair-only")
WORDS = ("own", "written-by-helper")


def now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class ItemInfo:
    id: str
    kind: str
    title: str
    created: str
    updated: str
    audience: str = "everyone"
    words: str = "own"
    duration_s: float | None = None
    size: int = 0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError("unknown kind")
        if self.audience not in AUDIENCES or self.words not in WORDS:
            raise ValueError("unknown audience or words")
        if len(self.title) > 200:
            raise ValueError("title too long")

    def with_changes(self, **changes: Any) -> ItemInfo:
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> ItemInfo:
        return cls(**{k: raw[k] for k in cls.__dataclass_fields__ if k in raw})
