"""What goes into the summary for the conference record.

Two versions: ``complete`` (every item) and ``everyone`` (leaves out every
chair-only item, and anything that would show one: a three-houses page is
kept, but a drawing it shows that is itself chair-only is left out of it).
The UI turns a ``SummaryPlan`` into a PDF; the words are translated there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..bundle import Item, Manifest
from ..text import clean_text

VERSIONS = ("complete", "everyone")
FEELINGS_ORDER = (
    "happy",
    "safe",
    "okay",
    "hopeful",
    "worried",
    "scared",
    "sad",
    "angry",
    "confused",
    "lonely",
)
HOUSES_ORDER = ("good-things", "worries", "hopes-and-dreams")


@dataclass(frozen=True)
class SummaryPlan:
    version: str
    manifest: Manifest
    items: tuple[Item, ...]
    left_out: int  # chair-only items not in this version
    hidden_drawings: frozenset[str] = field(default_factory=frozenset)

    @property
    def for_everyone(self) -> bool:
        return self.version == "everyone"


def plan(manifest: Manifest, version: str) -> SummaryPlan:
    if version not in VERSIONS:
        raise ValueError(f"unknown summary version {version!r}")
    if version == "complete":
        return SummaryPlan(version, manifest, manifest.items, 0)
    kept = tuple(it for it in manifest.items if not it.chair_only)
    hidden = frozenset(it.id for it in manifest.items if it.chair_only and it.kind == "drawing")
    return SummaryPlan(version, manifest, kept, len(manifest.items) - len(kept), hidden)


@dataclass(frozen=True)
class Feeling:
    feeling: str
    amount: str
    sentence: str | None
    words: str


@dataclass(frozen=True)
class HouseEntry:
    words: str
    text: str | None = None
    drawing: str | None = None


@dataclass(frozen=True)
class House:
    house: str
    name: str | None
    entries: tuple[HouseEntry, ...]


def parse_feelings(checked: bytes) -> list[Feeling]:
    """A feelings page that has passed verification, as the young person filled it in."""
    page: dict[str, Any] = json.loads(checked)
    return [
        Feeling(
            feeling=f["feeling"],
            amount=f["amount"],
            sentence=clean_text(f["sentence"]) if f.get("sentence") else None,
            words=f["words"],
        )
        for f in page["feelings"]
    ]


def parse_houses(checked: bytes) -> list[House]:
    """A three-houses page that has passed verification, in the order it was made."""
    page: dict[str, Any] = json.loads(checked)
    houses = []
    for h in page["houses"]:
        entries = tuple(
            HouseEntry(
                words=e["words"],
                text=clean_text(e["text"]) if "text" in e else None,
                drawing=e.get("drawing"),
            )
            for e in h["entries"]
        )
        houses.append(House(h["house"], clean_text(h["name"]) if h.get("name") else None, entries))
    return houses
