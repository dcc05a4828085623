"""Atomic file writes: a temporary file beside the target, fsync, rename.

Whoever looks at the target sees either the old file or the complete new
one, never half. On any failure the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # not supported on this platform
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_write(
    target: str | os.PathLike[str], mode: int = 0o666, overwrite: bool = True
) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``target`` only when the block succeeds.

    ``mode`` is passed to ``open`` (so the umask applies); use 0o600 for keys.
    With ``overwrite=False`` an existing target raises ``FileExistsError``.
    """
    path = Path(target)
    directory = path.parent if str(path.parent) else Path(".")
    if not overwrite and path.exists():
        raise FileExistsError(str(path))
    tmp = directory / f".{path.name}.{secrets.token_hex(4)}.part"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # fails if the target appeared meanwhile
            os.unlink(tmp)
        _fsync_dir(directory)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
