"""The bundle manifest: building it, and checking an untrusted one.

A manifest is checked in this order: strict JSON (size, depth, UTF-8,
duplicate keys), then its format and version (a newer version says so),
then the JSON Schema shipped in ``schemas/``, then the rules a schema cannot
say (file names follow from id and kind, durations only on timed kinds).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from ..errors import DamagedFile, NewerVersion, NotABundle
from ..text import clean_text
from . import strictjson
from .limits import Limits
from .media import KINDS

FORMAT = "voiceapp-bundle"
VERSION = 1
AGE_BANDS = ("4-7", "8-12", "13-17")
MADE_WITH = ("alone", "social-worker", "advocate", "family-member", "other")
AUDIENCES = ("everyone", "chair-only")
WORDS = ("own", "written-by-helper")


@cache
def schema(name: str) -> dict[str, Any]:
    text = resources.files(__package__).joinpath("schemas", f"{name}.schema.json").read_text()
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _validate(name: str, document: Any) -> None:
    validator = jsonschema.Draft202012Validator(schema(name))
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "top"
        raise DamagedFile(f"{name} does not fit its schema at {where}")


def timestamp(when: dt.datetime | None = None) -> str:
    when = (when or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def file_name(item_id: str, kind: str, media_type: str) -> str:
    return f"items/{item_id}.{KINDS[kind].media_types[media_type]}"


@dataclass(frozen=True)
class Item:
    """One listed item, as checked. ``title`` is raw; use ``display_title``."""

    id: str
    kind: str
    title: str
    file: str
    media_type: str
    size: int
    sha256: str
    created: str
    audience: str
    words: str
    duration_s: float | None

    @property
    def display_title(self) -> str:
        return clean_text(self.title)

    @property
    def chair_only(self) -> bool:
        return self.audience == "chair-only"


@dataclass(frozen=True)
class Manifest:
    raw: dict[str, Any]
    items: tuple[Item, ...]

    @property
    def display_name(self) -> str | None:
        name = self.raw["young_person"].get("name")
        return clean_text(name) if name else None

    @property
    def age_band(self) -> str:
        return str(self.raw["young_person"]["age_band"])

    @property
    def conference_date(self) -> dt.date:
        return dt.date.fromisoformat(self.raw["conference"]["date"])

    @property
    def reference(self) -> str | None:
        ref = self.raw["conference"].get("reference")
        return clean_text(ref) if ref else None

    @property
    def made_with(self) -> str:
        return str(self.raw["made_with"])

    @property
    def language(self) -> str:
        return str(self.raw["language"])

    @property
    def created(self) -> str:
        return str(self.raw["created"])

    def item(self, item_id: str) -> Item:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)


def parse(untrusted: bytes, limits: Limits) -> Manifest:
    doc = strictjson.load(untrusted, limits.max_manifest_size, limits.max_json_depth)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise NotABundle("manifest format is not voiceapp-bundle")
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise NewerVersion(f"bundle version {version}")
    _validate("manifest", doc)
    # JSON Schema patterns are checked with re.search, where "$" also matches
    # before a final newline: no field matched by a pattern may hold one.
    patterned = [doc["language"], doc["created"], doc["conference"]["date"]]
    for raw in doc["items"]:
        patterned += [raw["id"], raw["file"], raw["sha256"], raw["created"]]
    if any("\n" in value for value in patterned):
        raise DamagedFile("a line break in a field that cannot have one")
    try:
        dt.date.fromisoformat(doc["conference"]["date"])
        dt.datetime.strptime(doc["created"], "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        raise DamagedFile("manifest has an impossible date") from None
    items = []
    seen: set[str] = set()
    for raw in doc["items"]:
        kind = KINDS[raw["kind"]]
        if raw["id"] in seen:
            raise DamagedFile("manifest lists an item twice")
        seen.add(raw["id"])
        if raw["media_type"] not in kind.media_types:
            raise DamagedFile("manifest gives a media type that does not fit the kind")
        if raw["file"] != file_name(raw["id"], raw["kind"], raw["media_type"]):
            raise DamagedFile("manifest file name does not follow from id and kind")
        if kind.timed != ("duration_s" in raw):
            raise DamagedFile("duration given for the wrong kind, or missing")
        if len(raw["title"]) > limits.max_title_length or raw["size"] > limits.max_item_size:
            raise DamagedFile("manifest item over the limits")
        try:
            dt.datetime.strptime(raw["created"], "%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            raise DamagedFile("manifest has an impossible date") from None
        items.append(
            Item(
                id=raw["id"],
                kind=raw["kind"],
                title=raw["title"],
                file=raw["file"],
                media_type=raw["media_type"],
                size=raw["size"],
                sha256=raw["sha256"],
                created=raw["created"],
                audience=raw["audience"],
                words=raw["words"],
                duration_s=float(raw["duration_s"]) if kind.timed else None,
            )
        )
    if len(items) > limits.max_items:
        raise DamagedFile("too many items")
    return Manifest(doc, tuple(items))


def validate_page(kind: str, untrusted: bytes, limits: Limits) -> Any:
    """Check a feelings or houses page; returns the parsed page."""
    doc = strictjson.load(untrusted, limits.max_page_size, limits.max_json_depth)
    _validate(kind, doc)
    return doc


def houses_drawings(page: dict[str, Any]) -> set[str]:
    """The ids of the drawings a (checked) houses page shows."""
    return {e["drawing"] for h in page["houses"] for e in h["entries"] if "drawing" in e}


_ID = re.compile(r"\A[a-z2-7]{12}\Z")


def is_item_id(value: str) -> bool:
    return bool(_ID.match(value))
