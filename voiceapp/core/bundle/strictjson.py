"""Loading untrusted JSON strictly: bounded size and depth, UTF-8 only,
no duplicate keys, no NaN or Infinity."""

from __future__ import annotations

import json
from typing import Any

from ..errors import DamagedFile


def _depth(text: str) -> int:
    """Deepest nesting of arrays and objects, found without recursion."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DamagedFile(f"duplicate JSON key {key!r}")
        out[key] = value
    return out


def _no_constants(name: str) -> Any:
    raise DamagedFile(f"JSON constant {name} is not allowed")


def load(untrusted: bytes, max_size: int, max_depth: int) -> Any:
    if len(untrusted) > max_size:
        raise DamagedFile("JSON too large")
    try:
        text = untrusted.decode("utf-8")
    except UnicodeDecodeError:
        raise DamagedFile("JSON is not UTF-8") from None
    if _depth(text) > max_depth:
        raise DamagedFile("JSON nested too deeply")
    try:
        doc = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except (ValueError, RecursionError) as e:
        if isinstance(e, DamagedFile):
            raise
        raise DamagedFile("not valid JSON") from None
    try:  # a lone surrogate ("\ud800" escape) is not text: nothing could show or print it
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise DamagedFile("JSON holds a lone surrogate") from None
    return doc
