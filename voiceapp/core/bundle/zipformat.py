"""A small, strict reader of the ZIP structure My Voice writes.

Only what our writer produces is accepted: no archive comment, no extra
fields, no encryption, stored or deflated members only, regular files only,
names that are exactly ``manifest.json`` or ``items/<id>.<ext>``, members
laid end to end from offset 0 with the central directory right after them.
That rules out traversal, absolute and backslash names, links, duplicates,
overlapping entries and hidden data by construction.
"""

from __future__ import annotations

import re
import stat
import struct
from dataclasses import dataclass
from typing import BinaryIO

from ..errors import DamagedFile, NotABundle

EOCD = struct.Struct("<4sHHHHIIH")
CENTRAL = struct.Struct("<4sBBHHHHHIIIHHHHHII")
LOCAL = struct.Struct("<4sHHHHHIIIHH")
DESCRIPTOR = struct.Struct("<4sIII")
EOCD_SIG = b"PK\x05\x06"
CENTRAL_SIG = b"PK\x01\x02"
LOCAL_SIG = b"PK\x03\x04"
DESCRIPTOR_SIG = b"PK\x07\x08"

STORED, DEFLATED = 0, 8
FLAG_DESCRIPTOR = 0x0008
FLAG_UTF8 = 0x0800
MANIFEST = "manifest.json"
_NAME = re.compile(r"\A(manifest\.json|items/[a-z2-7]{12}\.(png|jpg|txt|ogg|webm|json))\Z")


@dataclass(frozen=True)
class Member:
    name: str
    flags: int
    method: int
    dos_time: int
    dos_date: int
    crc: int
    compressed_size: int
    size: int
    offset: int

    @property
    def data_offset(self) -> int:
        return self.offset + LOCAL.size + len(self.name)

    @property
    def descriptor_size(self) -> int:
        return DESCRIPTOR.size if self.flags & FLAG_DESCRIPTOR else 0

    @property
    def end(self) -> int:
        return self.data_offset + self.compressed_size + self.descriptor_size


def _bad(reason: str) -> DamagedFile:
    return DamagedFile(f"bundle structure: {reason}")


def read_directory(src: BinaryIO, total: int, max_members: int) -> dict[str, Member]:
    """Parse and check the end record and central directory of ``src``."""
    if total < EOCD.size:
        raise NotABundle("too short to be a ZIP")
    src.seek(total - EOCD.size)
    sig, disk, cd_disk, n_disk, n_total, cd_size, cd_offset, comment = EOCD.unpack(
        src.read(EOCD.size)
    )
    if sig != EOCD_SIG:
        raise NotABundle("no ZIP end record where it must be")
    if disk or cd_disk or n_disk != n_total or comment:
        raise _bad("multi-disk archive or archive comment")
    if n_total > max_members:
        raise _bad("too many members")
    if cd_offset + cd_size != total - EOCD.size or cd_size != _cd_size_bound(cd_size, n_total):
        raise _bad("central directory is not where the end record says")
    src.seek(cd_offset)
    cd = src.read(cd_size)
    if b"manifest.json" not in cd:
        raise NotABundle("a ZIP without a My Voice manifest")
    members: dict[str, Member] = {}
    pos = 0
    for _ in range(n_total):
        if pos + CENTRAL.size > len(cd):
            raise _bad("central directory cut short")
        (
            sig,
            _made_ver,
            made_os,
            _need,
            flags,
            method,
            mtime,
            mdate,
            crc,
            csize,
            usize,
            nlen,
            xlen,
            clen,
            disk_start,
            internal,
            external,
            offset,
        ) = CENTRAL.unpack_from(cd, pos)
        pos += CENTRAL.size
        if sig != CENTRAL_SIG:
            raise _bad("bad central directory entry")
        if xlen or clen or disk_start or internal:
            raise _bad("extra fields, comments or attributes we never write")
        if flags & ~(FLAG_DESCRIPTOR | FLAG_UTF8) or method not in (STORED, DEFLATED):
            raise _bad("encrypted, or a compression method we never use")
        # Unix attributes saying "regular file", and nothing else: unzip honours
        # link modes from Unix and from VMS, Atari, BeOS and AtheOS archives too.
        if made_os != 3 or not stat.S_ISREG(external >> 16) or external & 0xFFFF:
            raise _bad("a link, folder, device or foreign attributes in the archive")
        if method == STORED and csize != usize:
            raise _bad("stored member with two sizes")
        raw_name = cd[pos : pos + nlen]
        pos += nlen
        try:
            name = raw_name.decode("ascii")
        except UnicodeDecodeError:
            raise _bad("member name is not plain ASCII") from None
        if not _NAME.match(name):
            raise _bad("member name outside items/")
        if name in members:
            raise _bad("duplicate member")
        members[name] = Member(name, flags, method, mtime, mdate, crc, csize, usize, offset)
    if pos != len(cd):
        raise _bad("data after the central directory entries")
    expected = 0
    for m in sorted(members.values(), key=lambda m: m.offset):
        if m.offset != expected:
            raise _bad("members overlap or leave gaps")
        expected = m.end
    if expected != cd_offset:
        raise _bad("members do not end where the central directory starts")
    return members


def _cd_size_bound(cd_size: int, n: int) -> int:
    # Each entry is 46 bytes plus a name of at most 24 characters.
    return cd_size if CENTRAL.size * n <= cd_size <= (CENTRAL.size + 24) * n else -1


def check_local_header(untrusted: bytes, m: Member) -> None:
    """The local header must repeat the central directory exactly."""
    if len(untrusted) != LOCAL.size + len(m.name):
        raise _bad("local header cut short")
    sig, _need, flags, method, mtime, mdate, crc, csize, usize, nlen, xlen = LOCAL.unpack_from(
        untrusted
    )
    if sig != LOCAL_SIG or xlen or nlen != len(m.name):
        raise _bad("bad local header")
    if (flags, method, mtime, mdate) != (m.flags, m.method, m.dos_time, m.dos_date):
        raise _bad("local header disagrees with the central directory")
    expect = (0, 0, 0) if m.flags & FLAG_DESCRIPTOR else (m.crc, m.compressed_size, m.size)
    if (crc, csize, usize) != expect:
        raise _bad("local header sizes disagree with the central directory")
    if untrusted[LOCAL.size :] != m.name.encode("ascii"):
        raise _bad("local header name disagrees with the central directory")


def check_descriptor(untrusted: bytes, m: Member) -> None:
    if not m.flags & FLAG_DESCRIPTOR:
        return
    if len(untrusted) != DESCRIPTOR.size:
        raise _bad("data descriptor cut short")
    sig, crc, csize, usize = DESCRIPTOR.unpack(untrusted)
    if (sig, crc, csize, usize) != (DESCRIPTOR_SIG, m.crc, m.compressed_size, m.size):
        raise _bad("data descriptor disagrees with the central directory")
