"""Encrypted files in the vault: JSON records and items (details + content).

Every file is an age file written atomically (temporary file beside it,
fsync, rename), so a crash leaves either the old or the new version. An item
is one file, so its details and its content can never disagree::

    payload = b"VOICEITEM1\\n" + len(details).to_bytes(4) + details JSON + content
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from .. import age
from ..atomic import atomic_write
from ..errors import DamagedFile

_ITEM_MAGIC = b"VOICEITEM1\n"
_MAX_DETAILS = 1 << 20


def write_json(path: Path, value: Any, recipients: Sequence[age.Recipient]) -> None:
    data = json.dumps(value, ensure_ascii=False).encode("utf-8")
    with atomic_write(path, 0o600) as f, age.AgeWriter(f, recipients) as w:
        w.write(data)


def read_json(path: Path, identities: Sequence[age.Identity]) -> Any:
    with open(path, "rb") as f:
        data = age.AgeReader(f, identities).read()
    try:
        return json.loads(data)
    except ValueError:
        raise DamagedFile(f"{path.name} is not JSON") from None


def write_item(
    path: Path, details: dict[str, Any], content: bytes, recipients: Sequence[age.Recipient]
) -> None:
    meta = json.dumps(details, ensure_ascii=False).encode("utf-8")
    with atomic_write(path, 0o600) as f, age.AgeWriter(f, recipients) as w:
        w.write(_ITEM_MAGIC + len(meta).to_bytes(4, "big") + meta)
        w.write(content)


@contextlib.contextmanager
def open_item(
    path: Path, identities: Sequence[age.Identity]
) -> Iterator[tuple[dict[str, Any], BinaryIO]]:
    """The item's details, and a seekable reader positioned at its content."""
    with open(path, "rb") as f:
        reader = age.open_seekable(f, identities)
        head = reader.read(len(_ITEM_MAGIC) + 4)
        if len(head) != len(_ITEM_MAGIC) + 4 or not head.startswith(_ITEM_MAGIC):
            raise DamagedFile(f"{path.name} is not a vault item")
        size = int.from_bytes(head[-4:], "big")
        if size > _MAX_DETAILS:
            raise DamagedFile(f"{path.name} has oversized details")
        try:
            details = json.loads(reader.read(size))
        except ValueError:
            raise DamagedFile(f"{path.name} has unreadable details") from None
        yield details, reader  # type: ignore[misc]


def read_item_details(path: Path, identities: Sequence[age.Identity]) -> dict[str, Any]:
    """Only the details (decrypts the first and last chunks)."""
    with open_item(path, identities) as (details, _):
        return details


def read_item(path: Path, identities: Sequence[age.Identity]) -> tuple[dict[str, Any], bytes]:
    with open_item(path, identities) as (details, content):
        return details, content.read()
