"""The age payload: STREAM with ChaCha20-Poly1305 over 64 KiB chunks.

Three pieces, all constant in memory:

* ``PayloadWriter`` encrypts as data arrives (``write``) or pulls from a
  readable source (``write_from``) with two chunk buffers and no extra copy.
* ``PayloadStreamReader`` decrypts front to back, releasing each chunk only
  after it authenticated, exactly as the reference implementation does.
* ``PayloadSeekableReader`` is a seekable binary file object: it verifies the
  final chunk when opened and then decrypts only the chunks a read touches,
  with a small cache. ``zipfile.ZipFile`` can read it directly.
"""

from __future__ import annotations

import io
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from ..errors import Cancelled, DamagedFile, TruncatedFile
from .primitives import hkdf_sha256

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
ENC_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
NONCE_SIZE = 16
_MAX_COUNTER = (1 << 88) - 1

Progress = Callable[[int], None]
"""Called with the number of plaintext bytes done so far."""
CancelCheck = Callable[[], bool]
"""Returns True when the person asked to stop."""


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    return hkdf_sha256(file_key, nonce, b"payload")


def chunk_nonce(counter: int, last: bool) -> bytes:
    if counter > _MAX_COUNTER:
        raise OverflowError("too many chunks")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _read_full(src: BinaryIO, buf: memoryview) -> int:
    """Fill ``buf`` from ``src`` unless the end comes first; returns the count."""
    filled = 0
    while filled < len(buf):
        n = src.readinto(buf[filled:])  # type: ignore[attr-defined]
        if not n:
            break
        filled += n
    return filled


class PayloadWriter:
    def __init__(self, dst: BinaryIO, key: bytes) -> None:
        self._dst = dst
        self._aead = ChaCha20Poly1305(key)
        self._bufs = (bytearray(CHUNK_SIZE), bytearray(CHUNK_SIZE))
        self._cur = 0
        self._filled = 0
        self._out = memoryview(bytearray(ENC_CHUNK_SIZE))
        self._counter = 0
        self._closed = False
        self.bytes_in = 0

    def _seal(self, data: memoryview | bytearray, last: bool) -> None:
        size = len(data) + TAG_SIZE
        self._aead.encrypt_into(chunk_nonce(self._counter, last), data, None, self._out[:size])
        self._dst.write(self._out[:size])
        self._counter += 1

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._closed:
            raise ValueError("write to a closed age writer")
        mv = memoryview(data).cast("B")
        n = len(mv)
        pos = 0
        buf = self._bufs[self._cur]
        while pos < n:
            if self._filled == CHUNK_SIZE:
                # More data follows a full chunk, so that chunk is not the last.
                self._seal(buf, last=False)
                self._filled = 0
            if self._filled == 0 and n - pos > CHUNK_SIZE:
                self._seal(mv[pos : pos + CHUNK_SIZE], last=False)
                pos += CHUNK_SIZE
                continue
            take = min(CHUNK_SIZE - self._filled, n - pos)
            buf[self._filled : self._filled + take] = mv[pos : pos + take]
            self._filled += take
            pos += take
        self.bytes_in += n
        return n

    def write_from(
        self,
        src: BinaryIO,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> int:
        """Encrypt everything ``src`` yields, reading straight into chunk buffers."""
        if self._filled:  # mixed use after write(): plain loop, still constant memory
            while block := src.read(CHUNK_SIZE):
                if cancel is not None and cancel():
                    raise Cancelled()
                self.write(block)
                if progress is not None:
                    progress(self.bytes_in)
            return self.bytes_in
        views = (memoryview(self._bufs[0]), memoryview(self._bufs[1]))
        self._cur = 0
        self._filled = _read_full(src, views[0])
        self.bytes_in += self._filled
        while self._filled == CHUNK_SIZE:
            if cancel is not None and cancel():
                raise Cancelled()
            nxt = 1 - self._cur
            got = _read_full(src, views[nxt])
            if not got:
                break
            self._seal(views[self._cur], last=False)
            self._cur, self._filled = nxt, got
            self.bytes_in += got
            if progress is not None:
                progress(self.bytes_in)
        return self.bytes_in

    def close(self) -> None:
        if self._closed:
            return
        self._seal(memoryview(self._bufs[self._cur])[: self._filled], last=True)
        self._closed = True


class PayloadStreamReader:
    """Front-to-back decryption; each chunk is released only once verified."""

    def __init__(self, src: BinaryIO, key: bytes) -> None:
        self._src = src
        self._aead = ChaCha20Poly1305(key)
        self._in = memoryview(bytearray(ENC_CHUNK_SIZE))
        self._out = memoryview(bytearray(CHUNK_SIZE))
        self.chunks_decrypted = 0

    def chunks(self) -> Iterator[memoryview]:
        """Yield plaintext chunks (views valid until the next one is asked for)."""
        counter = 0
        while True:
            n = _read_full(self._src, self._in)
            if n == 0:
                raise TruncatedFile("payload ends without a final chunk")
            last = n < ENC_CHUNK_SIZE
            if n < TAG_SIZE:
                raise DamagedFile("payload chunk too short")
            if last and n == TAG_SIZE and counter != 0:
                raise DamagedFile("final chunk is empty")
            data = self._in[:n]
            out = self._out[: n - TAG_SIZE]
            try:
                self._aead.decrypt_into(chunk_nonce(counter, last), data, None, out)
            except InvalidTag:
                if last:
                    raise DamagedFile("payload chunk failed to authenticate") from None
                last = True  # perhaps a full-size final chunk
                try:
                    self._aead.decrypt_into(chunk_nonce(counter, True), data, None, out)
                except InvalidTag:
                    raise DamagedFile("payload chunk failed to authenticate") from None
            self.chunks_decrypted += 1
            counter += 1
            yield out
            if last:
                if self._src.read(1):
                    raise DamagedFile("trailing data after the final chunk")
                return


class PayloadSeekableReader(io.RawIOBase):
    """A read-only, seekable view of the plaintext."""

    def __init__(self, src: BinaryIO, key: bytes, cache_chunks: int = 4) -> None:
        super().__init__()
        self._src = src
        self._aead = ChaCha20Poly1305(key)
        self._start = src.tell()
        total = src.seek(0, io.SEEK_END) - self._start
        if total <= 0:
            raise TruncatedFile("no payload")
        self._nchunks = -(-total // ENC_CHUNK_SIZE)
        last_len = total - (self._nchunks - 1) * ENC_CHUNK_SIZE
        if last_len < TAG_SIZE or (last_len == TAG_SIZE and self._nchunks > 1):
            raise DamagedFile("payload has an impossible length")
        self._size = total - self._nchunks * TAG_SIZE
        self._pos = 0
        self._cache: OrderedDict[int, bytearray] = OrderedDict()
        self._cache_chunks = max(1, cache_chunks)
        self._enc = bytearray(ENC_CHUNK_SIZE)
        self.chunks_decrypted = 0
        self._chunk(self._nchunks - 1)  # authenticate the end before anything else

    @property
    def size(self) -> int:
        return self._size

    def _chunk_len(self, index: int) -> int:
        return CHUNK_SIZE if index < self._nchunks - 1 else self._size - index * CHUNK_SIZE

    def _decrypt_into(self, index: int, out: memoryview) -> None:
        """Decrypt chunk ``index`` into ``out`` (exactly its plaintext length)."""
        last = index == self._nchunks - 1
        self._src.seek(self._start + index * ENC_CHUNK_SIZE)
        want = len(out) + TAG_SIZE
        view = memoryview(self._enc)[:want]
        if _read_full(self._src, view) != want:
            raise TruncatedFile("file changed while reading")
        try:
            self._aead.decrypt_into(chunk_nonce(index, last), view, None, out)
        except InvalidTag:
            raise DamagedFile("payload chunk failed to authenticate") from None
        self.chunks_decrypted += 1

    def _chunk(self, index: int) -> bytearray:
        hit = self._cache.get(index)
        if hit is not None:
            self._cache.move_to_end(index)
            return hit
        plain = bytearray(self._chunk_len(index))
        self._decrypt_into(index, memoryview(plain))
        self._cache[index] = plain
        if len(self._cache) > self._cache_chunks:
            self._cache.popitem(last=False)
        return plain

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_SET:
            pos = offset
        elif whence == io.SEEK_CUR:
            pos = self._pos + offset
        elif whence == io.SEEK_END:
            pos = self._size + offset
        else:
            raise ValueError("invalid whence")
        if pos < 0:
            raise ValueError("negative seek position")
        self._pos = pos
        return pos

    def readall(self) -> bytes:
        """The rest of the plaintext in one buffer (RawIOBase would read 8 KiB at a time)."""
        out = bytearray(max(0, self._size - self._pos))
        n = self.readinto(out)
        del out[n:]
        return bytes(out)

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        out = memoryview(b).cast("B")
        done = 0
        while done < len(out) and self._pos < self._size:
            index, offset = divmod(self._pos, CHUNK_SIZE)
            length = self._chunk_len(index)
            if offset == 0 and len(out) - done >= length and index not in self._cache:
                # A whole chunk wanted: decrypt straight into the caller's buffer.
                self._decrypt_into(index, out[done : done + length])
                take = length
            else:
                data = self._chunk(index)
                take = min(length - offset, len(out) - done)
                out[done : done + take] = data[offset : offset + take]
            done += take
            self._pos += take
        return done
