"""Encrypting and decrypting whole age files: the functions the app calls."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import BinaryIO

from ..errors import (
    Cancelled,
    DamagedFile,
    NoMatchingKey,
    TooLargeToOpen,
    TruncatedFile,
    WrongPassphrase,
)
from .armor import ArmorReader, ArmorWriter, looks_armored
from .header import Header, parse_header, verify_mac, write_header
from .primitives import FILE_KEY_SIZE
from .recipients import (
    SCRYPT_TYPE,
    HybridRecipient,
    Identity,
    Recipient,
    ScryptIdentity,
    ScryptRecipient,
)
from .stream import (
    NONCE_SIZE,
    CancelCheck,
    PayloadSeekableReader,
    PayloadStreamReader,
    PayloadWriter,
    Progress,
    payload_key,
)

_SNIFF = 1100  # enough for the whitespace armor may have before it
MAX_ARMORED_SEEKABLE = 256 << 20  # armored files opened for seeking are held in memory


def mixes_quantum_safety(recipients: Sequence[Recipient]) -> bool:
    """Whether hybrid recipients are mixed with classic ones (age.md: SHOULD NOT).

    A file is only as private as its weakest stanza, so a classic key beside a
    post-quantum one would quietly remove the protection the hybrid gives.
    """
    hybrid = [isinstance(r, HybridRecipient) for r in recipients]
    return any(hybrid) and not all(hybrid)


class AgeWriter:
    """An age file being written. ``close`` finishes the file, not ``dst``."""

    def __init__(self, dst: BinaryIO, recipients: Sequence[Recipient], armor: bool = False) -> None:
        if not recipients:
            raise ValueError("at least one recipient is needed")
        if any(isinstance(r, ScryptRecipient) for r in recipients) and len(recipients) != 1:
            raise ValueError("a passphrase must be the only recipient")
        if mixes_quantum_safety(recipients):
            raise ValueError("post-quantum and classic recipients cannot be mixed")
        file_key = os.urandom(FILE_KEY_SIZE)
        stanzas = [s for r in recipients for s in r.wrap(file_key)]
        self._armor = ArmorWriter(dst) if armor else None
        out: BinaryIO = self._armor if self._armor is not None else dst  # type: ignore[assignment]
        nonce = os.urandom(NONCE_SIZE)
        out.write(write_header(stanzas, file_key))
        out.write(nonce)
        self._payload = PayloadWriter(out, payload_key(file_key, nonce))
        self._closed = False

    def write(self, data: bytes | bytearray | memoryview) -> int:
        return self._payload.write(data)

    def write_from(
        self, src: BinaryIO, progress: Progress | None = None, cancel: CancelCheck | None = None
    ) -> int:
        return self._payload.write_from(src, progress, cancel)

    def close(self) -> None:
        if self._closed:
            return
        self._payload.close()
        if self._armor is not None:
            self._armor.close()
        self._closed = True

    def __enter__(self) -> AgeWriter:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        if t is None:
            self.close()


class _Prefixed(io.RawIOBase):
    """Bytes already read, then the rest of the source."""

    def __init__(self, prefix: bytes, src: BinaryIO) -> None:
        super().__init__()
        self._prefix = memoryview(prefix)
        self._src = src

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            n = min(len(b), len(self._prefix))
            b[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        return self._src.readinto(b)  # type: ignore[attr-defined, no-any-return]


def _sniff(src: BinaryIO) -> bytes:
    prefix = b""
    while len(prefix) < _SNIFF:
        block = src.read(_SNIFF - len(prefix))
        if not block:
            break
        prefix += block
    return prefix


def _binary_source(src: BinaryIO) -> BinaryIO:
    """A buffered binary stream of the age file, dearmored when armored."""
    prefix = _sniff(src)
    chain = io.BufferedReader(_Prefixed(prefix, src), buffer_size=1 << 16)
    if looks_armored(prefix):
        return io.BufferedReader(ArmorReader(chain), buffer_size=1 << 16)
    return chain


def has_scrypt(header: Header) -> bool:
    return any(s.type == SCRYPT_TYPE for s in header.stanzas)


def unwrap_file_key(header: Header, identities: Sequence[Identity]) -> bytes:
    """Find the file key with one of ``identities`` and check the header MAC."""
    if has_scrypt(header) and len(header.stanzas) != 1:
        raise DamagedFile("a passphrase stanza must be alone in the header")
    for identity in identities:
        file_key = identity.unwrap(header.stanzas)
        if file_key is not None:
            verify_mac(header, file_key)
            return file_key
    if has_scrypt(header):
        if any(isinstance(i, ScryptIdentity) for i in identities):
            raise WrongPassphrase()
        raise NoMatchingKey("the file is protected with a passphrase")
    raise NoMatchingKey()


def _read_nonce(src: BinaryIO) -> bytes:
    nonce = src.read(NONCE_SIZE)
    if len(nonce) != NONCE_SIZE:
        raise TruncatedFile("payload nonce missing")
    return nonce


def read_header(src: BinaryIO) -> tuple[BinaryIO, Header]:
    """Open an age file (armored or not) and parse its header, nothing more."""
    stream = _binary_source(src)
    return stream, parse_header(stream)


class AgeReader(io.RawIOBase):
    """Front-to-back plaintext of an age file. ``chunks()`` avoids copies."""

    def __init__(self, src: BinaryIO, identities: Sequence[Identity]) -> None:
        super().__init__()
        stream, header = read_header(src)
        self.header = header
        file_key = unwrap_file_key(header, identities)
        self._payload = PayloadStreamReader(stream, payload_key(file_key, _read_nonce(stream)))
        self._iter: Iterator[memoryview] | None = None
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def chunks(self) -> Iterator[memoryview]:
        return self._payload.chunks()

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._iter is None:
            self._iter = self._payload.chunks()
        while not self._pending:
            try:
                self._pending = next(self._iter)
            except StopIteration:
                return 0
        n = min(len(b), len(self._pending))
        b[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def open_seekable(
    src: BinaryIO, identities: Sequence[Identity], cache_chunks: int = 4
) -> PayloadSeekableReader:
    """A seekable plaintext view of a binary (or armored) age file in ``src``.

    The final chunk is verified before this returns. ``src`` must stay open.
    """
    start = src.tell()
    prefix = _sniff(src)
    src.seek(start)
    if looks_armored(prefix):
        # Armor cannot be seeked. Check the header from the stream first (so a
        # wrong key costs nothing), then dearmor the payload into memory, bounded.
        dearmored = _binary_source(src)
        header = parse_header(dearmored)
        file_key = unwrap_file_key(header, identities)
        nonce = _read_nonce(dearmored)
        payload = dearmored.read(MAX_ARMORED_SEEKABLE + 1)
        if len(payload) > MAX_ARMORED_SEEKABLE:
            raise TooLargeToOpen("armored file over the in-memory limit")
        rest: BinaryIO = io.BytesIO(payload)
        return PayloadSeekableReader(rest, payload_key(file_key, nonce), cache_chunks)
    header = parse_header(src)
    file_key = unwrap_file_key(header, identities)
    nonce = _read_nonce(src)
    return PayloadSeekableReader(src, payload_key(file_key, nonce), cache_chunks)


def encrypt_stream(
    src: BinaryIO,
    dst: BinaryIO,
    recipients: Sequence[Recipient],
    *,
    armor: bool = False,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> int:
    """Encrypt all of ``src`` into ``dst``; returns the plaintext size."""
    writer = AgeWriter(dst, recipients, armor)
    size = writer.write_from(src, progress, cancel)
    writer.close()
    if progress is not None:
        progress(size)
    return size


def decrypt_stream(
    src: BinaryIO,
    dst: BinaryIO,
    identities: Sequence[Identity],
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> int:
    """Decrypt ``src`` into ``dst`` chunk by chunk; returns the plaintext size.

    Plaintext reaches ``dst`` only after each chunk authenticated; when the
    file turns out damaged, the error comes after the good chunks were written,
    so callers writing to a file must write beside it and rename on success.
    """
    done = 0
    for chunk in AgeReader(src, identities).chunks():
        if cancel is not None and cancel():
            raise Cancelled()
        dst.write(chunk)
        done += len(chunk)
        if progress is not None:
            progress(done)
    return done


def encrypt_bytes(data: bytes, recipients: Sequence[Recipient], armor: bool = False) -> bytes:
    out = io.BytesIO()
    with AgeWriter(out, recipients, armor) as w:
        w.write(data)
    return out.getvalue()


def decrypt_bytes(data: bytes, identities: Sequence[Identity]) -> bytes:
    out = io.BytesIO()
    decrypt_stream(io.BytesIO(data), out, identities)
    return out.getvalue()
