"""Looking for plaintext on disk: every byte of every file under some folders,
and a record of every file Python opened for writing."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_recording: list[list[str]] = []


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event != "open" or not _recording:
        return
    path, mode, flags = ([*list(args), None, None, None])[:3]
    writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
        isinstance(flags, int) and bool(flags & _WRITE_FLAGS)
    )
    if writes and isinstance(path, str | bytes | os.PathLike):
        _recording[-1].append(os.fsdecode(path))


sys.addaudithook(_hook)  # audit hooks cannot be removed; it does nothing unless recording


@contextmanager
def files_written() -> Iterator[list[str]]:
    """Every path Python opens for writing inside the block (any thread)."""
    written: list[str] = []
    _recording.append(written)
    try:
        yield written
    finally:
        _recording.remove(written)


def every_file(folders: Iterable[Path], newer_than: float = 0.0) -> Iterator[Path]:
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                path = Path(root) / name
                try:
                    if path.is_symlink() or not path.is_file():
                        continue
                    if path.stat().st_mtime < newer_than:
                        continue
                except OSError:
                    continue
                yield path


def find_markers(
    folders: Iterable[Path],
    markers: list[bytes],
    newer_than: float = 0.0,
    skip: Iterable[Path] = (),
) -> list[tuple[Path, bytes]]:
    """(file, marker) for every marker found in any file under ``folders``."""
    skipped = [p.resolve() for p in skip]
    hits = []
    for path in every_file(folders, newer_than):
        resolved = path.resolve()
        if any(resolved == s or s in resolved.parents for s in skipped):
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        hits += [(path, m) for m in markers if m in data]
    return hits
