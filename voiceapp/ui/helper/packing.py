"""The send step's packing: a case's items from the vault into one bundle.

The core's ``BundleWriter`` does the real work (stream, encrypt, temporary
file beside the target, fsync, rename). This adds what a send needs around
it: each item is decrypted from the vault in turn (streamed when the vault
offers ``open_item``; a second thread reading ahead was measured and gained
nothing on two cores), progress counts bytes, and stale
``.conference-….voice.xxxxxxxx.part`` files left in the chosen folder by a
send cut short (a crash, a pulled-out USB stick) are removed first. Those
only ever hold ciphertext, but they are clutter.

No Qt in here: ``tests/ui/helper`` runs it in a subprocess and kills it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from voiceapp.core.age import Recipient
from voiceapp.core.bundle import BundleInfo, BundleWriter, default_file_name
from voiceapp.core.errors import Cancelled
from voiceapp.core.vault import ItemInfo, Vault
from voiceapp.ui.helper import transcode

STALE_PART = re.compile(r"\A\.conference-\d{4}-\d{2}-\d{2}-[a-z]{4}\.voice\.[0-9a-f]{8}\.part\Z")


def clean_stale_parts(folder: Path) -> int:
    """Remove what an interrupted send left in ``folder``; returns how many."""
    removed = 0
    for path in folder.iterdir():
        if STALE_PART.match(path.name) and path.is_file() and not path.is_symlink():
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _created(item: ItemInfo) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(item.created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def pack(
    vault: Vault,
    case_id: str,
    items: Sequence[ItemInfo],
    recipients: Sequence[Recipient],
    info: BundleInfo,
    folder: Path,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the bundle into ``folder`` (automatic file name); returns its path.

    ``progress`` gets the number of item bytes packed so far.
    """
    clean_stale_parts(folder)
    target = folder / default_file_name(info.conference_date)
    for _ in range(20):  # four random letters: a clash with an earlier bundle is rare
        if not target.exists():
            break
        target = folder / default_file_name(info.conference_date)
    with BundleWriter(target, recipients, info, progress=progress, cancel=cancelled) as writer:
        for item in items:
            if cancelled is not None and cancelled():
                raise Cancelled()
            with _content(vault, case_id, item) as content:
                duration = item.duration_s
                if item.kind in ("audio", "video") and duration is None:
                    duration = transcode.probe(vault.read_item(case_id, item.id)[1]).duration_s
                writer.add(
                    item.kind,
                    content,
                    title=item.title,
                    audience=item.audience,
                    words=item.words,
                    duration_s=duration if item.kind in ("audio", "video") else None,
                    created=_created(item),
                    item_id=item.id,
                )
    return writer.path


@contextlib.contextmanager
def _content(vault: Vault, case_id: str, item: ItemInfo) -> Iterator[bytes | BinaryIO]:
    """The item's content: streamed from its encrypted file if the vault can
    (``Vault.open_item``, proposed for the core), else read whole into memory."""
    open_item = getattr(vault, "open_item", None)
    if open_item is None:
        yield vault.read_item(case_id, item.id)[1]
        return
    with open_item(case_id, item.id) as (_info, reader):
        yield reader
