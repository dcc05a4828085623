"""The age v1 header: strict parsing and writing, and the header MAC.

Parsing follows the ABNF in age.md exactly: LF line endings only, canonical
unpadded base64, body lines of 64 columns ending with a shorter line, a MAC
line of exactly ``--- `` and 43 base64 characters. Anything else is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import BinaryIO

from ..errors import DamagedFile, NewerVersion, NotAnAgeFile
from . import b64
from .primitives import constant_time_equal, hkdf_sha256, hmac_sha256

VERSION_PREFIX = b"age-encryption.org/"
VERSION_LINE = b"age-encryption.org/v1\n"
MAX_HEADER_SIZE = 1 << 20  # far above any real header, bounds untrusted input
_ARG = re.compile(rb"\A[\x21-\x7e]+\Z")
_COLUMNS = 64


@dataclass
class Stanza:
    type: str
    args: list[str]
    body: bytes

    def encode(self) -> bytes:
        out = b"-> " + " ".join([self.type, *self.args]).encode("ascii") + b"\n"
        text = b64.encode(self.body)
        for i in range(0, len(text), _COLUMNS):
            out += text[i : i + _COLUMNS] + b"\n"
        if len(text) % _COLUMNS == 0:
            out += b"\n"
        return out


@dataclass
class Header:
    stanzas: list[Stanza]
    mac: bytes = b""
    # The exact bytes the MAC covers, as read (up to and including "---").
    mac_input: bytes = field(default=b"", repr=False)

    def encode_without_mac(self) -> bytes:
        return VERSION_LINE + b"".join(s.encode() for s in self.stanzas) + b"---"


def header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    return hmac_sha256(hkdf_sha256(file_key, b"", b"header"), mac_input)


def write_header(stanzas: list[Stanza], file_key: bytes) -> bytes:
    mac_input = Header(stanzas).encode_without_mac()
    return mac_input + b" " + b64.encode(header_mac(file_key, mac_input)) + b"\n"


def verify_mac(header: Header, file_key: bytes) -> None:
    if not constant_time_equal(header_mac(file_key, header.mac_input), header.mac):
        raise DamagedFile("header MAC mismatch")


class _LineReader:
    def __init__(self, src: BinaryIO) -> None:
        self._src = src
        self.consumed = bytearray()

    def line(self) -> bytes:
        budget = MAX_HEADER_SIZE - len(self.consumed)
        line = self._src.readline(budget + 1)
        if not line.endswith(b"\n"):
            if len(line) > budget:
                raise DamagedFile("header too large")
            raise DamagedFile("header ends without a MAC line")
        self.consumed += line
        return line


def _bad(reason: str) -> DamagedFile:
    return DamagedFile(f"malformed header: {reason}")


def parse_header(src: BinaryIO) -> Header:
    """Read the header from ``src``, leaving it positioned at the payload."""
    lines = _LineReader(src)
    first = src.readline(len(VERSION_LINE) + 200)
    if not first.startswith(VERSION_PREFIX):
        if VERSION_PREFIX.startswith(first) and first:
            raise _bad("truncated version line")
        raise NotAnAgeFile()
    if first != VERSION_LINE:
        if first.endswith(b"\n") and not first.endswith(b"\r\n") and first[:-1].isascii():
            raise NewerVersion(first[len(VERSION_PREFIX) : -1].decode("ascii", "replace"))
        raise _bad("bad version line")
    lines.consumed += first

    stanzas: list[Stanza] = []
    while True:
        line = lines.line()
        if line.startswith(b"---"):
            if not stanzas:
                raise _bad("no recipient stanzas")
            if len(line) != 4 + 43 + 1 or line[3:4] != b" ":
                raise _bad("malformed MAC line")
            try:
                mac = b64.decode(line[4:-1])
            except b64.Base64Error:
                raise _bad("MAC is not canonical base64") from None
            mac_input = bytes(lines.consumed[: len(lines.consumed) - len(line) + 3])
            return Header(stanzas, mac, mac_input)
        if not line.startswith(b"-> "):
            raise _bad("expected a stanza or the MAC line")
        args = line[3:-1].split(b" ")
        if any(not _ARG.match(a) for a in args):
            raise _bad("invalid stanza argument")
        body = b""
        while True:
            bline = lines.line()[:-1]
            if len(bline) > _COLUMNS:
                raise _bad("stanza body line too long")
            body += bline
            if len(bline) < _COLUMNS:
                break
        try:
            decoded = b64.decode(body)
        except b64.Base64Error:
            raise _bad("stanza body is not canonical base64") from None
        texts = [a.decode("ascii") for a in args]
        stanzas.append(Stanza(texts[0], texts[1:], decoded))
