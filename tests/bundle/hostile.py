"""Crafting bundles by hand, for the hostile, tamper and fuzz tests.

A bundle is an age file whose payload is a ZIP. ``BundleWriter`` only ever
writes good ones, so the tests build the ZIP here, struct by struct, with a
knob for every field the reader checks, and seal it with the age engine
(``encrypt_bytes``) so the bytes reach the reader's ZIP and manifest checks.

``good_parts()`` gives a valid manifest and members (one of every kind, made
by the real encoders in ``tests.media_samples``); ``build_zip`` lays members
out exactly as the writer does (data descriptors, normalised times and modes)
unless an override says otherwise. ``WriteWatch`` catches any attempt of the
reader to write, rename, delete or start a process while it is active.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import hashlib
import io
import json
import os
import stat
import struct
import sys
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from tests import media_samples as ms
from voiceapp.core import age
from voiceapp.core.bundle.media import JPEG, JSON, OGG_OPUS, PNG, TEXT, WEBM

STORED, DEFLATED = 0, 8
FLAG_DESCRIPTOR = 0x0008
UNIX = 3
REGULAR = stat.S_IFREG | 0o644
DOS_DATE_1980 = 0x21  # 1980-01-01, what the writer stores

LOCAL_FIELDS = (
    "sig need flags method time date crc csize usize nlen xlen".split(),
    struct.Struct("<4sHHHHHIIIHH"),
)
CENTRAL_FIELDS = (
    (
        "sig made_ver made_os need flags method time date crc csize usize "
        "nlen xlen clen disk internal external offset"
    ).split(),
    struct.Struct("<4sBBHHHHHIIIHHHHHII"),
)
EOCD_FIELDS = (
    "sig disk cd_disk n_disk n_total cd_size cd_offset clen".split(),
    struct.Struct("<4sHHHHIIH"),
)

EXTENSIONS = {PNG: "png", JPEG: "jpg", TEXT: "txt", OGG_OPUS: "ogg", WEBM: "webm", JSON: "json"}
MEDIA_TYPES = {
    "drawing": PNG,
    "letter": TEXT,
    "audio": OGG_OPUS,
    "video": WEBM,
    "picture": PNG,
    "feelings": JSON,
    "houses": JSON,
}
DEFLATED_KINDS = {"letter", "feelings", "houses"}


def deflate(data: bytes, level: int = 6) -> bytes:
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def deflate_bomb(mib: int, prefix: bytes = b"") -> bytes:
    """A raw deflate stream that inflates to ``prefix`` plus ``mib`` MiB of zeros.

    Made without inflating anything: after a full flush the compressor starts
    afresh, so each MiB of zeros compresses to the same ~1 KiB block, which is
    simply repeated. About 1 KiB of input per MiB of output.
    """
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = c.compress(prefix) + c.flush(zlib.Z_FULL_FLUSH)
    zeros = bytes(1 << 20)
    block = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    assert block == again, "full flush did not reset the compressor"
    return head + block * (mib - 1) + again + c.flush(zlib.Z_FINISH)


# -- members -------------------------------------------------------------------


@dataclass
class Entry:
    """One ZIP member. ``data`` is the content; everything else can be forced."""

    name: str | bytes
    data: bytes
    method: int = STORED
    raw: bytes | None = None  # the bytes stored in the archive (default: from data)
    flags: int = FLAG_DESCRIPTOR
    made_os: int = UNIX
    mode: int = REGULAR
    local: dict[str, Any] = field(default_factory=dict)  # local header field overrides
    central: dict[str, Any] = field(default_factory=dict)  # central entry field overrides
    local_name: bytes | None = None
    local_extra: bytes = b""
    central_extra: bytes = b""
    central_comment: bytes = b""
    descriptor: bytes | None = None  # the data descriptor (default: from the fields)

    @property
    def name_bytes(self) -> bytes:
        return self.name if isinstance(self.name, bytes) else self.name.encode("utf-8")

    def stored_bytes(self) -> bytes:
        if self.raw is not None:
            return self.raw
        return deflate(self.data) if self.method == DEFLATED else self.data

    def crc(self) -> int:
        return int(self.central.get("crc", zlib.crc32(self.data)))


def _pack(spec: tuple[list[str], struct.Struct], values: dict[str, Any]) -> bytes:
    names, st = spec
    return st.pack(*(values[n] for n in names))


@dataclass
class Layout:
    """Where things landed, for tests that poke at exact offsets."""

    local_offsets: list[int]
    data_offsets: list[int]
    cd_offset: int
    eocd_offset: int


def build_zip(
    entries: Sequence[Entry],
    *,
    prefix: bytes = b"",
    between: dict[int, bytes] | None = None,
    before_cd: bytes = b"",
    cd_order: Sequence[int] | None = None,
    eocd: dict[str, Any] | None = None,
    comment: bytes = b"",
    after_eocd: bytes = b"",
    layout: list[Layout] | None = None,
) -> bytes:
    """Lay out ``entries`` as our writer does, then apply the overrides.

    ``between[i]`` is inserted after member ``i``; ``cd_order`` lists the
    central entries in another order; ``layout``, when given a list, receives
    the offsets used.
    """
    out = bytearray(prefix)
    offsets: list[int] = []
    data_offsets: list[int] = []
    for i, e in enumerate(entries):
        offsets.append(len(out))
        body = e.stored_bytes()
        crc = e.crc()
        csize = len(body)
        usize = len(e.data)
        described = e.flags & FLAG_DESCRIPTOR
        local = {
            "sig": b"PK\x03\x04",
            "need": 20,
            "flags": e.flags,
            "method": e.method,
            "time": 0,
            "date": DOS_DATE_1980,
            "crc": 0 if described else crc,
            "csize": 0 if described else csize,
            "usize": 0 if described else usize,
            "nlen": len(e.local_name if e.local_name is not None else e.name_bytes),
            "xlen": len(e.local_extra),
        } | e.local
        out += _pack(LOCAL_FIELDS, local)
        out += e.local_name if e.local_name is not None else e.name_bytes
        out += e.local_extra
        data_offsets.append(len(out))
        out += body
        if e.descriptor is not None:
            out += e.descriptor
        elif described:
            c = e.central
            out += struct.pack(
                "<4sIII",
                b"PK\x07\x08",
                crc,
                c.get("csize", csize),
                c.get("usize", usize),
            )
        if between and i in between:
            out += between[i]
    out += before_cd
    cd_offset = len(out)
    order = range(len(entries)) if cd_order is None else cd_order
    for i in order:
        e = entries[i]
        central = {
            "sig": b"PK\x01\x02",
            "made_ver": 20,
            "made_os": e.made_os,
            "need": 20,
            "flags": e.flags,
            "method": e.method,
            "time": 0,
            "date": DOS_DATE_1980,
            "crc": e.crc(),
            "csize": len(e.stored_bytes()),
            "usize": len(e.data),
            "nlen": len(e.name_bytes),
            "xlen": len(e.central_extra),
            "clen": len(e.central_comment),
            "disk": 0,
            "internal": 0,
            "external": e.mode << 16,
            "offset": offsets[i],
        } | e.central
        out += _pack(CENTRAL_FIELDS, central)
        out += e.name_bytes + e.central_extra + e.central_comment
    cd_size = len(out) - cd_offset
    end = {
        "sig": b"PK\x05\x06",
        "disk": 0,
        "cd_disk": 0,
        "n_disk": len(order),
        "n_total": len(order),
        "cd_size": cd_size,
        "cd_offset": cd_offset,
        "clen": len(comment),
    } | (eocd or {})
    eocd_offset = len(out)
    out += _pack(EOCD_FIELDS, end) + comment + after_eocd
    if layout is not None:
        layout.append(Layout(offsets, data_offsets, cd_offset, eocd_offset))
    return bytes(out)


# -- a good bundle, in parts -------------------------------------------------------

ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"


def item_id(n: int) -> str:
    """A valid, deterministic item id (12 letters of the base32 alphabet)."""
    letters = []
    for _ in range(12):
        n, r = divmod(n, 32)
        letters.append(ID_ALPHABET[r])
    return "".join(reversed(letters))


@functools.cache
def sample(kind: str) -> bytes:
    """Real content of each kind, made once per test session."""
    if kind == "drawing":
        return ms.png()
    if kind == "letter":
        return "Dear chair,\nI want to stay at my school. ✓\n".encode()
    if kind == "audio":
        return ms.ogg_opus(0.5)
    if kind == "video":
        return ms.webm(0.4)
    if kind == "picture":
        return ms.png(32, 24)
    if kind == "feelings":
        return ms.feelings_page()
    if kind == "houses":
        return ms.houses_page(item_id(1))  # the drawing in good_parts()
    raise ValueError(kind)


def noise_png(width: int, height: int, seed: int = 7) -> bytes:
    """A PNG that does not compress: a cheap way to make a bundle span chunks."""
    rng = np.random.default_rng(seed)
    arr = rng.integers(0, 256, size=(height, width, 3), dtype=np.uint8)
    out = io.BytesIO()
    Image.fromarray(arr, "RGB").save(out, "PNG", compress_level=1)
    return out.getvalue()


def item_entry(
    kind: str,
    data: bytes,
    n: int,
    *,
    title: str | None = None,
    media_type: str | None = None,
    audience: str = "everyone",
    words: str = "own",
) -> tuple[dict[str, Any], Entry]:
    """A manifest item and its member, consistent with each other."""
    media_type = media_type or MEDIA_TYPES[kind]
    ident = item_id(n)
    name = f"items/{ident}.{EXTENSIONS[media_type]}"
    doc: dict[str, Any] = {
        "id": ident,
        "kind": kind,
        "title": title if title is not None else f"My {kind}",
        "file": name,
        "media_type": media_type,
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "created": "2026-11-20T15:04:05Z",
        "audience": audience,
        "words": words,
    }
    if kind in ("audio", "video"):
        doc["duration_s"] = 0.5
    method = DEFLATED if kind in DEFLATED_KINDS else STORED
    return doc, Entry(name, data, method)


def manifest_doc(items: list[dict[str, Any]], **over: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "voiceapp-bundle",
        "version": 1,
        "created": "2026-11-20T15:10:00Z",
        "app": "My Voice 0.1.0",
        "language": "en-GB",
        "young_person": {"name": "Sam", "age_band": "8-12"},
        "conference": {"date": "2026-12-03", "reference": "CP-2026-0042"},
        "made_with": "advocate",
        "items": items,
    }
    doc.update(over)
    return doc


def manifest_bytes(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def manifest_entry(raw: bytes) -> Entry:
    return Entry("manifest.json", raw, DEFLATED)


KIND_ORDER = ("drawing", "letter", "audio", "video", "picture", "feelings", "houses")


@dataclass
class Parts:
    """A valid bundle before it is laid out: edit, then ``payload()``."""

    items: list[dict[str, Any]]
    entries: list[Entry]
    manifest: dict[str, Any]
    manifest_raw: bytes | None = None  # when set, used instead of ``manifest``

    def copy(self) -> Parts:
        return Parts(
            copy.deepcopy(self.items),
            [
                dataclasses.replace(e, local=dict(e.local), central=dict(e.central))
                for e in self.entries
            ],
            copy.deepcopy(self.manifest),
            self.manifest_raw,
        )

    def entry(self, kind: str) -> Entry:
        return self.entries[self.index(kind)]

    def item(self, kind: str) -> dict[str, Any]:
        return self.items[self.index(kind)]

    def index(self, kind: str) -> int:
        return next(i for i, it in enumerate(self.items) if it["kind"] == kind)

    def replace_data(self, kind: str, data: bytes) -> None:
        """Give ``kind`` new content, keeping manifest size and hash in step."""
        i = self.index(kind)
        self.entries[i].data = data
        self.items[i]["size"] = len(data)
        self.items[i]["sha256"] = hashlib.sha256(data).hexdigest()

    def all_entries(self) -> list[Entry]:
        raw = self.manifest_raw
        if raw is None:
            raw = manifest_bytes(self.manifest)
        return [*self.entries, manifest_entry(raw)]

    def payload(self, **kw: Any) -> bytes:
        return build_zip(self.all_entries(), **kw)


def good_parts(kinds: Sequence[str] = KIND_ORDER) -> Parts:
    """One member of each kind, the drawing first (the houses page shows it)."""
    items, entries = [], []
    for n, kind in enumerate(kinds, start=1):
        doc, entry = item_entry(kind, sample(kind), n)
        items.append(doc)
        entries.append(entry)
    return Parts(items, entries, manifest_doc(items))


# -- keys and sealing ----------------------------------------------------------------


@functools.cache
def x25519_key() -> age.X25519Identity:
    return age.X25519Identity.generate()


@functools.cache
def hybrid_key() -> age.HybridIdentity:
    return age.HybridIdentity.generate()


def seal(payload: bytes, identity: age.X25519Identity | age.HybridIdentity | None = None) -> bytes:
    """Encrypt a payload to a test key, exactly as a bundle is."""
    identity = identity or x25519_key()
    return age.encrypt_bytes(payload, [identity.recipient()])


# -- watching for writes ---------------------------------------------------------------

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_WRITE_EVENTS = {
    "os.mkdir",
    "os.rename",
    "os.remove",
    "os.rmdir",
    "os.link",
    "os.symlink",
    "os.truncate",
    "os.chmod",
    "os.chown",
    "os.utime",
    "os.mkfifo",
    "os.mknod",
    "os.system",
    "os.exec",
    "os.posix_spawn",
    "os.spawn",
    "os.fork",
    "os.forkpty",
    "os.startfile",
    "shutil.copyfile",
    "shutil.copymode",
    "shutil.copystat",
    "shutil.copytree",
    "shutil.move",
    "shutil.rmtree",
    "shutil.make_archive",
    "shutil.unpack_archive",
    "subprocess.Popen",
    "tempfile.mkstemp",
    "tempfile.mkdtemp",
}


class WriteWatch:
    """Records, through an audit hook, anything that writes while active.

    Audit hooks cannot be removed, so one hook is installed for the session
    and does nothing unless a ``watching()`` block is running.
    """

    _installed = False
    active = False
    seen: list[str] = []  # noqa: RUF012 - one process-wide record

    @classmethod
    def _hook(cls, event: str, args: tuple[Any, ...]) -> None:
        if not cls.active:
            return
        if event == "open":
            path, mode, flags = args
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & _WRITE_FLAGS
            )
            if writes:
                cls.seen.append(f"open {path!r} mode={mode!r} flags={flags!r}")
        elif event in _WRITE_EVENTS:
            cls.seen.append(f"{event} {args!r}"[:300])

    @classmethod
    @contextmanager
    def watching(cls) -> Iterator[list[str]]:
        if not cls._installed:
            sys.addaudithook(cls._hook)
            cls._installed = True
        cls.seen = []
        cls.active = True
        try:
            yield cls.seen
        finally:
            cls.active = False


def snapshot(root: Path) -> dict[str, tuple[int, int, str]]:
    """Every path under ``root`` with its size, mtime and (for files) SHA-256."""
    out: dict[str, tuple[int, int, str]] = {}
    for p in sorted(root.rglob("*")):
        st = p.lstat()
        digest = "-"
        if p.is_file():
            with open(p, "rb") as f:  # in blocks: memory tests measure around this
                digest = hashlib.file_digest(f, "sha256").hexdigest()
        out[str(p.relative_to(root))] = (st.st_size, st.st_mtime_ns, digest)
    return out


def open_fds() -> set[str]:
    """This process's open file descriptors (Linux), to spot a leaked handle."""
    try:
        return set(os.listdir("/proc/self/fd"))
    except OSError:
        return set()
