"""ASCII armor: strict PEM (RFC 7468) with the label "AGE ENCRYPTED FILE".

Reading is strict, as age.md asks: whitespace is allowed only before and
after the block, lines end in LF or CRLF, every body line but the last is
exactly 64 columns, base64 is canonical and padded, and nothing else is
accepted.
"""

from __future__ import annotations

import base64
import binascii
import io
from typing import BinaryIO

from ..errors import DamagedFile

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
COLUMNS = 64
BYTES_PER_LINE = COLUMNS // 4 * 3
MAX_WHITESPACE = 1024
_WHITESPACE = b" \t\r\n"


def looks_armored(prefix: bytes) -> bool:
    return prefix.lstrip(_WHITESPACE).startswith(BEGIN[:10])


class ArmorError(DamagedFile):
    pass


class ArmorWriter:
    """Wraps a binary destination; ``close`` writes the footer (not the file)."""

    def __init__(self, dst: BinaryIO) -> None:
        self._dst = dst
        self._pending = bytearray()
        self._dst.write(BEGIN + b"\n")

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._pending += data
        whole = len(self._pending) - len(self._pending) % BYTES_PER_LINE
        if whole:
            self._emit(self._pending[:whole])
            del self._pending[:whole]
        return len(data)

    def _emit(self, data: bytes | bytearray) -> None:
        text = base64.b64encode(data)
        lines = [text[i : i + COLUMNS] for i in range(0, len(text), COLUMNS)]
        self._dst.write(b"\n".join(lines) + b"\n")

    def close(self) -> None:
        if self._pending:
            self._emit(self._pending)
            self._pending.clear()
        self._dst.write(END + b"\n")


def _decode_line(line: bytes) -> bytes:
    if not line or len(line) > COLUMNS or len(line) % 4:
        raise ArmorError("armor line has the wrong length")
    try:
        data = base64.b64decode(line, validate=True)
    except binascii.Error:
        raise ArmorError("armor line is not base64") from None
    if base64.b64encode(data) != line:
        raise ArmorError("armor base64 is not canonical")
    return data


class ArmorReader(io.RawIOBase):
    """Decodes an armored age file as it is read, line by line."""

    def __init__(self, src: BinaryIO) -> None:
        super().__init__()
        self._src = src
        self._started = False
        self._done = False
        self._pending = b""

    def readable(self) -> bool:
        return True

    def _line(self) -> bytes | None:
        raw = self._src.readline(COLUMNS + 3)
        if not raw:
            return None
        if not raw.endswith(b"\n"):
            if len(raw) > COLUMNS + 2:
                raise ArmorError("armor line too long")
            return raw  # the final line may lack its line ending
        line = raw[:-1]
        return line[:-1] if line.endswith(b"\r") else line

    def _start(self) -> None:
        lead = b""
        while True:
            c = self._src.read(1)
            if not c:
                raise ArmorError("no armor found")
            if c not in _WHITESPACE:
                break
            lead += c
            if len(lead) > MAX_WHITESPACE:
                raise ArmorError("too much whitespace before the armor")
        rest = self._line()
        if rest is None or c + rest != BEGIN:
            raise ArmorError("armor does not begin correctly")
        self._started = True

    def _finish(self) -> None:
        tail = self._src.read(MAX_WHITESPACE + 1)
        if tail.strip(_WHITESPACE) or len(tail) > MAX_WHITESPACE:
            raise ArmorError("data after the end of the armor")
        self._done = True

    def _next_block(self) -> bytes:
        if not self._started:
            self._start()
        line = self._line()
        if line is None:
            raise ArmorError("armor has no end line")
        if line == END:
            self._finish()
            return b""
        data = _decode_line(line)
        if len(data) < BYTES_PER_LINE:
            if self._line() != END:
                raise ArmorError("armor ends with a short line before its end")
            self._finish()
        return data

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        out = memoryview(b).cast("B")
        done = 0
        while done < len(out):
            if not self._pending:
                if self._done:
                    break
                self._pending = self._next_block()
                continue
            take = min(len(self._pending), len(out) - done)
            out[done : done + take] = self._pending[:take]
            self._pending = self._pending[take:]
            done += take
        return done
