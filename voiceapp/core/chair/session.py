"""An opened bundle that several threads may read at once.

``Bundle`` decrypts through one seekable reader, which is not thread-safe.
Here every read takes one lock, seeks and reads as a single step, so a media
player's thread, a PDF writer and the window can all read items at once,
each with its own position (``ItemStream``). Plaintext stays in memory.
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from .. import age
from ..age.armor import looks_armored
from ..age.crypt import unwrap_file_key
from ..age.header import parse_header
from ..age.stream import (
    ENC_CHUNK_SIZE,
    NONCE_SIZE,
    CancelCheck,
    Progress,
    chunk_nonce,
    payload_key,
)
from ..bundle import Bundle, Item, Manifest
from ..errors import Cancelled, DamagedFile, TruncatedFile, VoiceError


class ItemStream:
    """A seekable, thread-safe view of one item: ``read_at(offset, n)``."""

    def __init__(self, owner: OpenedBundle, item_id: str, reader: BinaryIO, size: int) -> None:
        self._owner = owner
        self.item_id = item_id
        self._reader = reader
        self.size = size

    def read_at(self, offset: int, n: int) -> bytes:
        """Up to ``n`` bytes from ``offset``; ``b""`` at the end or once closed."""
        if n <= 0 or offset >= self.size:
            return b""
        n = min(n, self.size - offset)
        with self._owner.lock:
            if self._owner.closed:
                return b""
            self._reader.seek(offset)
            return self._reader.read(n) or b""


class OpenedBundle:
    """``OpenedBundle.open(path, identities)``, then ``verify``, then read items."""

    def __init__(self, bundle: Bundle, path: Path) -> None:
        self._bundle = bundle
        self.path = path
        self.lock = threading.RLock()
        self.closed = False
        self._closing = False
        self._small: dict[str, bytes] = {}

    @classmethod
    def open(cls, path: str | os.PathLike[str], identities: Sequence[age.Identity]) -> OpenedBundle:
        """The quick, bounded look (decrypts about three chunks): the summary.

        When the end of the file fails its check but the chunk before it is
        sound, the file was most likely cut short on its way (a partial
        download or attachment): that is ``TruncatedFile``, so the chair is
        told to ask for it again rather than that it was changed.
        """
        try:
            return cls(Bundle.open(Path(path), identities), Path(path))
        except DamagedFile as e:
            if type(e) is DamagedFile and _intact_before_end(Path(path), identities):
                raise TruncatedFile("the end of the file is missing") from None
            raise

    @property
    def manifest(self) -> Manifest:
        return self._bundle.manifest

    @property
    def verified(self) -> bool:
        return self._bundle.verified

    @property
    def payload_size(self) -> int:
        return self._bundle.payload_size

    def verify(self, progress: Progress | None = None, cancel: CancelCheck | None = None) -> None:
        """Everything checked (on a worker thread); raises the typed error on failure."""

        def stop() -> bool:
            return self._closing or (cancel is not None and cancel())

        with self.lock:
            if self.closed:
                raise Cancelled("closed")
            self._bundle.verify(progress, stop)

    def item(self, item_id: str) -> Item:
        return self.manifest.item(item_id)

    def read(self, item_id: str) -> bytes:
        """A whole item (pages and letters are kept once read: they are small)."""
        with self.lock:
            if self.closed:
                raise Cancelled("closed")
            cached = self._small.get(item_id)
            if cached is not None:
                return cached
            data = self._bundle.read_item(item_id)
            if self.item(item_id).kind in ("letter", "feelings", "houses"):
                self._small[item_id] = data
            return data

    def stream(self, item_id: str) -> ItemStream:
        """A reader of its own for one item (for media players)."""
        with self.lock:
            if self.closed:
                raise Cancelled("closed")
            reader = self._bundle.open_item(item_id)
            size = self.item(item_id).size
            if isinstance(reader, io.BytesIO):
                size = len(reader.getbuffer())
            return ItemStream(self, item_id, reader, size)

    def close(self) -> None:
        """Close the file; later reads give nothing.

        A verification in progress stops at its next check (within about 1 MiB),
        so this waits only briefly for the thread reading.
        """
        self._closing = True
        with self.lock:
            if self.closed:
                return
            self.closed = True
            self._small.clear()
            self._bundle.close()

    def __enter__(self) -> OpenedBundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _intact_before_end(path: Path, identities: Sequence[age.Identity]) -> bool:
    """Whether the last whole chunk before the end authenticates as a middle chunk."""
    try:
        with open(path, "rb") as f:
            if looks_armored(f.read(64)):
                return False
            f.seek(0)
            header = parse_header(f)
            file_key = unwrap_file_key(header, identities)
            nonce = f.read(NONCE_SIZE)
            start = f.tell()
            total = f.seek(0, io.SEEK_END) - start
            if len(nonce) != NONCE_SIZE or total < ENC_CHUNK_SIZE:
                return False
            whole = total // ENC_CHUNK_SIZE
            index = whole - 1  # the last whole chunk; the final one is after it (or it)
            f.seek(start + index * ENC_CHUNK_SIZE)
            data = f.read(ENC_CHUNK_SIZE)
        ChaCha20Poly1305(payload_key(file_key, nonce)).decrypt(
            chunk_nonce(index, False), data, None
        )
        return True
    except (InvalidTag, OSError, ValueError, VoiceError):
        return False
