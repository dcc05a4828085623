"""Opening a bundle: a quick, bounded look first, then full verification.

``Bundle.open`` reads only the end of the file: the final age chunk, the ZIP
directory and the manifest, all checked strictly. That is enough to show a
summary at once. ``verify`` then reads everything, in file order, and checks
every header, size, CRC, SHA-256 and media type; items can be opened only
after it passed. Any failure is one of the typed errors in ``core.errors``.
"""

from __future__ import annotations

import hashlib
import io
import os
import zlib
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from .. import age
from ..age.stream import CancelCheck, PayloadSeekableReader, Progress
from ..errors import Cancelled, DamagedFile
from . import manifest as mf
from . import zipformat as zf
from .digest import BackgroundSha256
from .limits import DEFAULT_LIMITS, Limits
from .media import KINDS, SNIFF_SIZE, TEXT, sniff

_BLOCK = 1 << 20


class ItemReader(io.RawIOBase):
    """A seekable window onto one stored member; decrypts only what it reads."""

    def __init__(self, payload: PayloadSeekableReader, start: int, size: int) -> None:
        super().__init__()
        self._payload = payload
        self._start = start
        self._size = size
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    @property
    def size(self) -> int:
        return self._size

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        want = min(len(b), self._size - self._pos)
        if want <= 0:
            return 0
        self._payload.seek(self._start + self._pos)
        n = self._payload.readinto(memoryview(b)[:want])
        self._pos += n
        return n


class Bundle:
    """An opened bundle. Use ``Bundle.open``; close it (or use ``with``)."""

    def __init__(
        self,
        file: BinaryIO,
        payload: PayloadSeekableReader,
        members: dict[str, zf.Member],
        manifest: mf.Manifest,
        limits: Limits,
        owns_file: bool,
    ) -> None:
        self._file = file
        self._payload = payload
        self._members = members
        self.manifest = manifest
        self._limits = limits
        self._owns_file = owns_file
        self.verified = False

    # -- opening ---------------------------------------------------------------

    @classmethod
    def open(
        cls,
        source: str | os.PathLike[str] | BinaryIO,
        identities: Sequence[age.Identity],
        limits: Limits = DEFAULT_LIMITS,
    ) -> Bundle:
        if isinstance(source, (str, os.PathLike)):
            file: BinaryIO = open(Path(source), "rb")
            owns = True
        else:
            file, owns = source, False
        try:
            payload = age.open_seekable(file, identities)
            members = zf.read_directory(payload, payload.size, limits.max_items + 1)  # type: ignore[arg-type]
            manifest_member = members.get(zf.MANIFEST)
            if manifest_member is None or manifest_member.method != zf.DEFLATED:
                raise DamagedFile("bundle has no manifest")
            raw = _inflate(payload, manifest_member, limits.max_manifest_size)
            manifest = mf.parse(raw, limits)
            _cross_check(members, manifest, limits)
            return cls(file, payload, members, manifest, limits, owns)
        except BaseException:
            if owns:
                file.close()
            raise

    @property
    def chunks_decrypted(self) -> int:
        return self._payload.chunks_decrypted

    @property
    def payload_size(self) -> int:
        return self._payload.size

    # -- full verification -----------------------------------------------------

    def verify(self, progress: Progress | None = None, cancel: CancelCheck | None = None) -> None:
        """Read and check everything; raises a typed error on the first problem."""
        done = 0
        by_file = {it.file: it for it in self.manifest.items}
        drawings = {it.id for it in self.manifest.items if it.kind == "drawing"}
        for m in sorted(self._members.values(), key=lambda m: m.offset):
            if cancel is not None and cancel():
                raise Cancelled()
            self._payload.seek(m.offset)
            zf.check_local_header(self._payload.read(zf.LOCAL.size + len(m.name)), m)
            if m.name == zf.MANIFEST:
                _inflate(self._payload, m, self._limits.max_manifest_size)
            else:
                item = by_file[m.name]
                if m.method == zf.DEFLATED:
                    data = _inflate(self._payload, m, self._limits.max_page_size)
                    _check_page(item, data, self._limits, drawings)
                    digest = hashlib.sha256(data).hexdigest()
                else:
                    digest = self._check_stored(m, item, progress, done, cancel)
                if digest != item.sha256:
                    raise DamagedFile("an item does not match its fingerprint")
            self._payload.seek(m.data_offset + m.compressed_size)
            zf.check_descriptor(self._payload.read(m.descriptor_size), m)
            done += m.end - m.offset
            if progress is not None:
                progress(done)
        if progress is not None:
            progress(self.payload_size)  # the directory at the end was read at open
        self.verified = True

    def _check_stored(
        self,
        m: zf.Member,
        item: mf.Item,
        progress: Progress | None,
        done: int,
        cancel: CancelCheck | None,
    ) -> str:
        crc = 0
        head = b""
        tail = b""
        left = m.size
        size = min(_BLOCK, m.size)
        buffers = (memoryview(bytearray(size)), memoryview(bytearray(size)))
        self._payload.seek(m.data_offset)
        with BackgroundSha256() as sha:
            while left:
                buf = buffers[0]
                buffers = (buffers[1], buffers[0])  # the other one may still be hashing
                n = self._payload.readinto(buf[: min(size, left)])
                if not n:
                    raise DamagedFile("item cut short")
                block = buf[:n]
                left -= n
                crc = zlib.crc32(block, crc)
                if len(head) < SNIFF_SIZE:
                    head += bytes(block[: SNIFF_SIZE - len(head)])
                tail = (tail + bytes(block[-2:]))[-2:]
                sha.update(block)
                if cancel is not None and cancel():
                    raise Cancelled()
                if progress is not None:
                    progress(done + m.size - left)
            digest = sha.hexdigest()
        if crc != m.crc:
            raise DamagedFile("an item does not match its ZIP checksum")
        if not sniff(item.media_type, head, tail):
            raise DamagedFile("an item is not the kind of file it says it is")
        return digest

    # -- items -------------------------------------------------------------------

    def open_item(self, item_id: str) -> BinaryIO:
        """A seekable binary file object for one item (after ``verify``)."""
        if not self.verified:
            raise RuntimeError("verify the bundle before opening its items")
        item = self.manifest.item(item_id)
        m = self._members[item.file]
        if m.method == zf.DEFLATED:
            return io.BytesIO(_inflate(self._payload, m, self._limits.max_page_size))
        return ItemReader(self._payload, m.data_offset, m.size)  # type: ignore[return-value]

    def read_item(self, item_id: str) -> bytes:
        with self.open_item(item_id) as f:
            return f.read()

    def close(self) -> None:
        if self._owns_file:
            self._file.close()

    def __enter__(self) -> Bundle:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _inflate(payload: PayloadSeekableReader, m: zf.Member, limit: int) -> bytes:
    """A deflated member, bounded: it may not inflate past its declared size."""
    if m.method != zf.DEFLATED or m.size > limit or m.compressed_size > limit + limit // 8 + 64:
        raise DamagedFile("a compressed member is over the limits")
    payload.seek(m.offset)
    zf.check_local_header(payload.read(zf.LOCAL.size + len(m.name)), m)
    compressed = payload.read(m.compressed_size)
    d = zlib.decompressobj(-15)
    try:
        out = d.decompress(compressed, m.size + 1)
    except zlib.error:
        raise DamagedFile("a compressed member is corrupt") from None
    if len(out) != m.size or not d.eof or d.unused_data or d.unconsumed_tail:
        raise DamagedFile("a compressed member does not inflate to its declared size")
    if zlib.crc32(out) != m.crc:
        raise DamagedFile("a compressed member does not match its ZIP checksum")
    return out


def _cross_check(members: dict[str, zf.Member], manifest: mf.Manifest, limits: Limits) -> None:
    files = {it.file for it in manifest.items}
    if set(members) != files | {zf.MANIFEST}:
        raise DamagedFile("the items listed and the items present differ")
    total = 0
    for it in manifest.items:
        m = members[it.file]
        if m.size != it.size:
            raise DamagedFile("an item's size differs from the manifest")
        if (m.method == zf.DEFLATED) != KINDS[it.kind].deflate:
            raise DamagedFile("an item is stored in a way its kind never is")
        total += m.size
    if total > limits.max_total_size:
        raise DamagedFile("bundle larger than allowed")


def _check_page(item: mf.Item, data: bytes, limits: Limits, drawings: set[str]) -> None:
    if item.media_type == TEXT:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            raise DamagedFile("a letter is not UTF-8 text") from None
        if b"\x00" in data:
            raise DamagedFile("a letter holds NUL characters")
        return
    page = mf.validate_page(item.kind, data, limits)
    if item.kind == "houses" and not mf.houses_drawings(page) <= drawings:
        raise DamagedFile("a houses page refers to a drawing that is not there")
