"""The inbox: the ``.voice`` files in one folder (where e-mail attachments go).

Each file is known by ``file_key``: a hash of its size and first 64 KiB.
Those bytes hold the age header, whose file key and nonce are random, so two
bundles never share a key, while a renamed or copied file keeps its own.
Nothing here decrypts anything: listing the inbox needs no key.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".voice"
HEAD = 64 * 1024
MAX_FILES = 2000


@dataclass(frozen=True)
class InboxFile:
    path: Path
    key: str
    size: int
    modified: float

    @property
    def name(self) -> str:
        return self.path.name


def file_key(path: str | os.PathLike[str]) -> str:
    """32 hex digits naming this file's contents (see the module docstring)."""
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        head = f.read(HEAD)
    h = hashlib.sha256(b"voiceapp-inbox-1\n" + size.to_bytes(8, "big") + head)
    return h.hexdigest()[:32]


def scan(
    folder: str | os.PathLike[str], cancel: Callable[[], bool] | None = None
) -> list[InboxFile]:
    """The ``.voice`` files directly in ``folder``, newest first.

    Files that vanish or cannot be read while scanning are left out.
    """
    out: list[InboxFile] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if cancel is not None and cancel():
                break
            if not entry.name.lower().endswith(SUFFIX) or entry.name.startswith("."):
                continue
            try:
                if not entry.is_file():
                    continue
                st = entry.stat()
                key = file_key(entry.path)
            except OSError:
                continue
            out.append(InboxFile(Path(entry.path), key, st.st_size, st.st_mtime))
            if len(out) >= MAX_FILES:
                break
    out.sort(key=lambda f: (-f.modified, f.name))
    return out
