"""Hostile bundles: crafted ZIPs and manifests, sealed with the real age engine.

Every case is built here by hand (``tests/bundle/hostile.py``), encrypted to a
test key, written to a file and opened with ``Bundle.open`` then ``verify``.
For each case the ``refused`` fixture checks, besides the error itself:

* the exact typed error, and the stage that raises it: ``open`` (before any
  summary could be shown) or ``verify`` (the full check before items open);
* that it took under 2 seconds;
* that nothing was written anywhere: no file under the test folder or the
  bundle's folder changed, the temporary folder (``tempfile.gettempdir()``,
  pointed at an empty private folder) stayed empty, and an audit hook saw no
  file opened for writing, nothing renamed, removed or created, and no
  process started;
* that the bundle file was closed again;
* that no exception other than a ``VoiceError`` escaped.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import struct
import tempfile
import time
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from voiceapp.core import age
from voiceapp.core.bundle import DEFAULT_LIMITS, Bundle, Limits, clean_text
from voiceapp.core.errors import (
    DamagedFile,
    NewerVersion,
    NoMatchingKey,
    NotABundle,
    NotAnAgeFile,
    TruncatedFile,
    VoiceError,
    WrongPassphrase,
)

from .hostile import (
    DEFLATED,
    STORED,
    Entry,
    Layout,
    Parts,
    WriteWatch,
    build_zip,
    deflate,
    deflate_bomb,
    good_parts,
    hybrid_key,
    item_entry,
    manifest_bytes,
    noise_png,
    open_fds,
    sample,
    seal,
    snapshot,
    x25519_key,
)

TIME_LIMIT_S = 2.0
OPEN, VERIFY = "open", "verify"

Errors = type[VoiceError] | tuple[type[VoiceError], ...]


class Refused:
    """Opens a hostile bundle from a file and checks how it was refused."""

    def __init__(self, root: Path, private_tmp: Path) -> None:
        self.root = root
        self.private_tmp = private_tmp
        self.inbox = root / "inbox"
        self.inbox.mkdir()

    def attempt(
        self, blob: bytes, identities: list[Any] | None, limits: Limits
    ) -> tuple[VoiceError | None, str, float, Bundle | None]:
        """Write ``blob`` to the inbox, open, verify and read it, watching for
        writes; returns the error (or None), the stage, seconds and bundle."""
        path = self.inbox / "conference-2026-12-03-kqzt.voice"
        path.write_bytes(blob)
        before = snapshot(self.root)
        fds = open_fds()
        ids = identities if identities is not None else [x25519_key()]
        stage = OPEN
        caught: VoiceError | None = None
        bundle: Bundle | None = None
        with WriteWatch.watching() as writes:
            start = time.perf_counter()
            try:
                bundle = Bundle.open(path, ids, limits)
                stage = VERIFY
                with bundle:
                    bundle.verify()
                    for it in bundle.manifest.items:
                        bundle.read_item(it.id)
            except VoiceError as e:
                caught = e
            except Exception as e:  # the point of the suite: nothing else may escape
                raise AssertionError(f"{type(e).__name__} escaped the reader: {e!r}") from e
            elapsed = time.perf_counter() - start
        assert writes == [], f"the reader tried to write: {writes}"
        assert snapshot(self.root) == before, "something under the test folder changed"
        assert list(self.private_tmp.iterdir()) == [], "a temporary file appeared"
        assert tempfile.gettempdir() == str(self.private_tmp)
        assert open_fds() == fds, "the bundle file was left open"
        assert elapsed < TIME_LIMIT_S, f"took {elapsed:.2f} s"
        return caught, stage, elapsed, bundle

    def __call__(
        self,
        blob: bytes,
        error: Errors,
        stage: str,
        *,
        identities: list[Any] | None = None,
        limits: Limits = DEFAULT_LIMITS,
    ) -> VoiceError:
        caught, got_stage, _, bundle = self.attempt(blob, identities, limits)
        assert caught is not None, "the hostile bundle was accepted"
        expected = error if isinstance(error, tuple) else (error,)
        assert type(caught) in expected, (
            f"expected {[e.__name__ for e in expected]}, got {type(caught).__name__}: "
            f"{caught.detail}"
        )
        assert got_stage == stage, f"raised at {got_stage}, not {stage}: {caught.detail}"
        if bundle is not None:
            assert not bundle.verified
            with pytest.raises(RuntimeError):
                bundle.open_item(bundle.manifest.items[0].id)
        return caught

    def accepted(self, blob: bytes) -> Bundle:
        """For bundles that are odd but allowed: opens, verifies, reads everything."""
        caught, _, _, bundle = self.attempt(blob, None, DEFAULT_LIMITS)
        assert caught is None, f"refused: {type(caught).__name__}: {caught.detail}"
        assert bundle is not None and bundle.verified
        return bundle


@pytest.fixture
def refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Refused:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    for var in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(private_tmp))
    return Refused(tmp_path, private_tmp)


def sealed(parts: Parts, **layout: Any) -> bytes:
    return seal(parts.payload(**layout))


def with_manifest(raw: bytes, parts: Parts | None = None) -> bytes:
    """A good bundle whose manifest bytes are ``raw``."""
    parts = parts or good_parts()
    parts.manifest_raw = raw
    return sealed(parts)


def good_manifest_text() -> str:
    return manifest_bytes(good_parts().manifest).decode()


# -- the baseline ---------------------------------------------------------------------


def test_the_hand_made_bundle_is_good(refused: Refused) -> None:
    """The builder makes bundles the reader accepts, so every case below fails
    only for the one thing it changes. Also a check of the checks: a good
    bundle opens with nothing written, quickly."""
    bundle = refused.accepted(sealed(good_parts()))
    assert [it.kind for it in bundle.manifest.items] == [
        "drawing",
        "letter",
        "audio",
        "video",
        "picture",
        "feelings",
        "houses",
    ]
    payload = good_parts().payload()
    with zipfile.ZipFile(io.BytesIO(payload)) as z:
        assert z.testzip() is None


def test_the_hand_made_bundle_is_good_for_a_hybrid_key(refused: Refused) -> None:
    """The same bundle sealed to a post-quantum key opens with that key, and
    not with another."""
    blob = seal(good_parts().payload(), hybrid_key())
    path = refused.inbox / "pq.voice"
    path.write_bytes(blob)
    with Bundle.open(path, [hybrid_key()]) as b:
        b.verify()
    refused(blob, NoMatchingKey, OPEN)


# -- names --------------------------------------------------------------------------

BAD_NAMES = {
    "traversal-inside": "items/../aaaaaaaaaaab.png",
    "traversal-up": "../aaaaaaaaaaab.png",
    "traversal-deep": "items/../../../../etc/aaaaaaaaaaab.png",
    "absolute": "/etc/aaaaaaaaaaab.png",
    "absolute-items": "/items/aaaaaaaaaaab.png",
    "windows-drive": "C:/items/aaaaaaaaaaab.png",
    "backslash": "items\\aaaaaaaaaaab.png",
    "backslash-traversal": "items\\..\\..\\aaaaaaaaaaab.png",
    "dot-segment": "./items/aaaaaaaaaaab.png",
    "double-slash": "items//aaaaaaaaaaab.png",
    "subfolder": "items/sub/aaaaaaaaaaab.png",
    "folder-name": "items/",
    "trailing-slash": "items/aaaaaaaaaaab.png/",
    "nul-inside": "items/aaaaaaaaaaab.png\x00.exe",
    "newline": "items/aaaaaaaaaaab.png\n",
    "upper-case": "ITEMS/AAAAAAAAAAAB.PNG",
    "other-extension": "items/aaaaaaaaaaab.exe",
    "no-extension": "items/aaaaaaaaaaab",
    "short-id": "items/aaab.png",
    "fullwidth-letter": "items/\uff41aaaaaaaaaab.png",
    "empty": "",
}


@pytest.mark.parametrize("name", BAD_NAMES.values(), ids=BAD_NAMES.keys())
def test_member_names_outside_items_are_refused(refused: Refused, name: str) -> None:
    """Only ``manifest.json`` and ``items/<id>.<ext>`` may be member names: no
    traversal, absolute, drive, backslash, folder, control-character or
    non-ASCII names, whatever the manifest says. Refused when opening."""
    parts = good_parts()
    entry = parts.entry("drawing")
    entry.name = name
    if not name.isascii():
        entry.flags |= 0x0800  # the UTF-8 name flag, as a ZIP tool would set it
    refused(sealed(parts), DamagedFile, OPEN)


@pytest.mark.parametrize(
    "file", ["items/../aaaaaaaaaaab.png", "/etc/passwd", "items\\aaaaaaaaaaab.png"]
)
def test_traversal_in_the_manifest_file_field_is_refused(refused: Refused, file: str) -> None:
    """The manifest's ``file`` field must be ``items/<id>.<ext>`` for its own id
    and kind, even when a member of that very name is present. Refused when
    opening."""
    parts = good_parts()
    parts.item("drawing")["file"] = file
    parts.entry("drawing").name = file
    refused(sealed(parts), DamagedFile, OPEN)


def test_a_member_name_that_differs_from_the_manifest_file_is_refused(refused: Refused) -> None:
    """A well-formed member name that the manifest does not list (and a listed
    file that is missing) is refused when opening."""
    parts = good_parts()
    parts.entry("drawing").name = "items/bbbbbbbbbbbb.png"
    refused(sealed(parts), DamagedFile, OPEN)


# -- links, folders and other non-files ------------------------------------------------------


@pytest.mark.parametrize(
    "mode",
    [
        stat.S_IFLNK | 0o777,
        stat.S_IFDIR | 0o755,
        stat.S_IFCHR | 0o666,
        stat.S_IFBLK | 0o660,
        stat.S_IFIFO | 0o644,
        stat.S_IFSOCK | 0o755,
    ],
    ids=["symlink", "folder", "char-device", "block-device", "fifo", "socket"],
)
def test_links_folders_and_devices_are_refused(refused: Refused, mode: int) -> None:
    """A member marked (Unix attributes) as a link, folder or device is refused
    when opening, even under a valid file name."""
    parts = good_parts()
    parts.entry("drawing").mode = mode
    refused(sealed(parts), DamagedFile, OPEN)


@pytest.mark.parametrize("made_os", [2, 5, 16, 30], ids=["vms", "atari", "beos", "atheos"])
def test_links_from_other_unix_like_hosts_are_refused(refused: Refused, made_os: int) -> None:
    """Info-ZIP ``unzip`` reads the Unix attributes (and makes a symbolic link)
    for archives made on VMS, Atari, BeOS and AtheOS too, not only on Unix; so
    a link is refused whatever host the archive claims. Refused when opening."""
    parts = good_parts()
    entry = parts.entry("drawing")
    entry.made_os = made_os
    entry.mode = stat.S_IFLNK | 0o777
    refused(sealed(parts), DamagedFile, OPEN)


def test_a_folder_entry_is_refused(refused: Refused) -> None:
    """A folder entry (``items/``, folder mode, no data) is refused when opening."""
    parts = good_parts()
    parts.entries.insert(0, Entry("items/", b"", STORED, mode=stat.S_IFDIR | 0o755))
    refused(sealed(parts), DamagedFile, OPEN)


# -- duplicates, overlaps, gaps ---------------------------------------------------------------


def test_duplicate_member_names_are_refused(refused: Refused) -> None:
    """Two members with the same name (different content, so tools would
    disagree on which is meant) are refused when opening."""
    parts = good_parts()
    twin = Entry(parts.entry("drawing").name, sample("picture"), STORED)
    parts.entries.append(twin)
    refused(sealed(parts), DamagedFile, OPEN)


def test_one_member_listed_twice_in_the_central_directory_is_refused(refused: Refused) -> None:
    """The same name twice in the central directory, both entries pointing at
    the same local header (so the layout alone looks fine), is refused when
    opening."""
    parts = good_parts()
    entries = parts.all_entries()
    order = [*range(len(entries)), 0]
    refused(seal(build_zip(entries, cd_order=order)), DamagedFile, OPEN)


def test_two_manifests_are_refused(refused: Refused) -> None:
    """Two ``manifest.json`` members are refused when opening, so no reader
    can be shown a different manifest from the one checked."""
    parts = good_parts()
    other = dict(parts.manifest, young_person={"name": "Someone else", "age_band": "4-7"})
    parts.entries.insert(0, Entry("manifest.json", manifest_bytes(other), DEFLATED))
    refused(sealed(parts), DamagedFile, OPEN)


def test_two_central_entries_for_one_local_header_are_refused(refused: Refused) -> None:
    """Two central-directory entries pointing at the same local header
    (overlapping members) are refused when opening."""
    parts = good_parts()
    # the picture's central entry points at the drawing's local header (offset 0)
    parts.entry("picture").central["offset"] = 0
    refused(sealed(parts), DamagedFile, OPEN)


def test_a_central_entry_pointing_into_another_member_is_refused(refused: Refused) -> None:
    """A central entry whose local header offset lies inside another member's
    data (a member hidden in a member) is refused when opening."""
    parts = good_parts()
    lay: list[Layout] = []
    parts.payload(layout=lay)
    parts.entry("picture").central["offset"] = lay[0].data_offsets[parts.index("video")] + 100
    refused(sealed(parts), DamagedFile, OPEN)


def test_local_header_offsets_out_of_order_are_refused(refused: Refused) -> None:
    """Central entries whose offsets were swapped (each points at the other's
    local header, so the members no longer chain end to end) are refused when
    opening."""
    parts = good_parts()
    lay: list[Layout] = []
    parts.payload(layout=lay)
    a, b = parts.index("audio"), parts.index("video")
    parts.entries[a].central["offset"] = lay[0].local_offsets[b]
    parts.entries[b].central["offset"] = lay[0].local_offsets[a]
    refused(sealed(parts), DamagedFile, OPEN)


@pytest.mark.parametrize(
    "where",
    ["prefix", "between-members", "before-central-directory", "after-end-record"],
)
def test_hidden_data_between_members_is_refused(refused: Refused, where: str) -> None:
    """Bytes that belong to no member (before the first, between two, before
    the central directory, after the end record) are refused when opening:
    there is nowhere to hide anything."""
    hidden = b"PK\x03\x04" + b"hidden payload " * 20
    kw: dict[str, Any] = {
        "prefix": {"prefix": hidden},
        "between-members": {"between": {2: hidden}},
        "before-central-directory": {"before_cd": hidden},
        "after-end-record": {"after_eocd": hidden},
    }[where]
    expected = NotABundle if where == "after-end-record" else DamagedFile
    refused(sealed(good_parts(), **kw), expected, OPEN)


def test_a_member_claiming_more_data_than_it_has_is_refused(refused: Refused) -> None:
    """A stored member whose compressed size runs into the next member is
    refused when opening."""
    parts = good_parts()
    entry = parts.entry("audio")
    entry.central["csize"] = len(entry.data) + 46
    entry.central["usize"] = len(entry.data) + 46
    parts.item("audio")["size"] = len(entry.data) + 46
    refused(sealed(parts), DamagedFile, OPEN)


# -- inflation bombs and huge sizes ------------------------------------------------------------


def _bounded_memory(
    refused: Refused, blob: bytes, error: Errors, stage: str, limit_mib: int = 48
) -> None:
    tracemalloc.start()
    try:
        refused(blob, error, stage)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < limit_mib << 20, f"the reader allocated {peak >> 20} MiB"


def test_a_manifest_that_inflates_past_its_declared_size_is_refused(refused: Refused) -> None:
    """A deflated manifest that inflates far past its declared size (here the
    real manifest followed by 600 MiB of zeros) is refused when opening,
    without inflating more than the declared size."""
    parts = good_parts()
    raw = manifest_bytes(parts.manifest)
    parts.manifest_raw = raw
    entries = parts.all_entries()
    entries[-1].raw = deflate_bomb(600, prefix=raw)
    _bounded_memory(refused, seal(build_zip(entries)), DamagedFile, OPEN)


def test_a_manifest_declaring_a_huge_size_is_refused(refused: Refused) -> None:
    """A manifest whose declared size is 4 GiB - 1 (and whose data really is a
    600 MiB bomb) is refused when opening, unread."""
    parts = good_parts()
    entries = parts.all_entries()
    entries[-1].raw = deflate_bomb(600)
    entries[-1].central["usize"] = 0xFFFFFFFF
    _bounded_memory(refused, seal(build_zip(entries)), DamagedFile, OPEN)


def test_a_letter_that_inflates_past_its_declared_size_is_refused(refused: Refused) -> None:
    """A letter whose declared size (in the ZIP and the manifest) is small but
    whose deflated data is a 250 MiB bomb is refused at verification, without
    inflating past the declared size."""
    parts = good_parts()
    entry = parts.entry("letter")
    entry.raw = deflate_bomb(250, prefix=entry.data)
    _bounded_memory(refused, sealed(parts), DamagedFile, VERIFY)


def test_a_letter_declaring_a_huge_size_is_refused(refused: Refused) -> None:
    """A letter declared (in the ZIP and the manifest alike) as 1 GiB, far
    past the page limit, is refused at verification, unread."""
    parts = good_parts()
    entry = parts.entry("letter")
    entry.raw = deflate_bomb(250)
    entry.central["usize"] = 1 << 30
    parts.item("letter")["size"] = 1 << 30
    _bounded_memory(refused, sealed(parts), DamagedFile, VERIFY)


def test_a_feelings_page_bomb_is_refused(refused: Refused) -> None:
    """A feelings page that inflates past its declared size is refused at
    verification."""
    parts = good_parts()
    entry = parts.entry("feelings")
    entry.raw = deflate_bomb(250, prefix=entry.data)
    _bounded_memory(refused, sealed(parts), DamagedFile, VERIFY)


@pytest.mark.parametrize("size", [0x7FFFFFFF, 0xFFFFFFFF], ids=["2GiB", "zip64-marker"])
def test_a_stored_member_declaring_a_huge_size_is_refused(refused: Refused, size: int) -> None:
    """A video declaring 2 GiB (or the ZIP64 marker 0xFFFFFFFF) that the file
    does not hold is refused when opening."""
    parts = good_parts()
    entry = parts.entry("video")
    entry.central["csize"] = entry.central["usize"] = size
    parts.item("video")["size"] = min(size, 0x7FFFFFFF)
    refused(sealed(parts), DamagedFile, OPEN)


def test_a_deflated_member_that_stops_short_is_refused(refused: Refused) -> None:
    """A letter whose deflate stream ends before its declared size is reached
    is refused at verification."""
    parts = good_parts()
    entry = parts.entry("letter")
    entry.raw = deflate(entry.data[:-5])
    refused(sealed(parts), DamagedFile, VERIFY)


def test_a_deflate_stream_with_trailing_data_is_refused(refused: Refused) -> None:
    """Bytes after the end of a letter's deflate stream (inside its
    compressed size) are refused at verification."""
    parts = good_parts()
    entry = parts.entry("letter")
    entry.raw = deflate(entry.data) + b"smuggled"
    refused(sealed(parts), DamagedFile, VERIFY)


def test_a_corrupt_deflate_stream_is_refused(refused: Refused) -> None:
    """A letter whose deflated data is not a deflate stream is refused at
    verification."""
    parts = good_parts()
    parts.entry("letter").raw = b"\xff" * 64
    refused(sealed(parts), DamagedFile, VERIFY)


# -- members and the manifest -----------------------------------------------------------------


def test_an_extra_member_not_in_the_manifest_is_refused(refused: Refused) -> None:
    """A member the manifest does not list (even a valid picture) is refused
    when opening."""
    parts = good_parts()
    _, extra = item_entry("picture", sample("picture"), 99)
    parts.entries.append(extra)
    refused(sealed(parts), DamagedFile, OPEN)


def test_a_listed_member_that_is_missing_is_refused(refused: Refused) -> None:
    """An item the manifest lists but the archive lacks is refused when
    opening."""
    parts = good_parts()
    del parts.entries[parts.index("audio")]
    refused(sealed(parts), DamagedFile, OPEN)


def test_a_bundle_without_a_manifest_is_refused(refused: Refused) -> None:
    """An archive of items with no manifest is not a My Voice bundle: refused when opening."""
    refused(seal(build_zip(good_parts().entries)), NotABundle, OPEN)


def test_a_stored_manifest_is_refused(refused: Refused) -> None:
    """A manifest stored instead of deflated (never what the writer does) is
    refused when opening."""
    parts = good_parts()
    entries = parts.all_entries()
    entries[-1].method = STORED
    refused(seal(build_zip(entries)), DamagedFile, OPEN)


@pytest.mark.parametrize("kind", ["letter", "drawing"])
def test_a_member_compressed_against_its_kind_is_refused(refused: Refused, kind: str) -> None:
    """Letters and pages are deflated and media stored; a member the other way
    round is refused when opening."""
    parts = good_parts()
    entry = parts.entry(kind)
    entry.method = STORED if entry.method == DEFLATED else DEFLATED
    refused(sealed(parts), DamagedFile, OPEN)


def test_a_size_that_differs_from_the_manifest_is_refused(refused: Refused) -> None:
    """An item whose ZIP size differs from its manifest size is refused when
    opening."""
    parts = good_parts()
    parts.item("drawing")["size"] += 1
    refused(sealed(parts), DamagedFile, OPEN)


def test_an_item_listed_twice_is_refused(refused: Refused) -> None:
    """A manifest listing the same item twice is refused when opening."""
    parts = good_parts()
    parts.manifest["items"] = [*parts.items, dict(parts.item("drawing"), title="Again")]
    refused(sealed(parts), DamagedFile, OPEN)


# -- hashes and checksums ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["drawing", "video", "letter", "feelings"])
def test_a_wrong_sha256_is_refused(refused: Refused, kind: str) -> None:
    """An item whose bytes do not match the manifest's SHA-256 (its CRC being
    right, as an attacker would make it) is refused at verification."""
    parts = good_parts()
    parts.item(kind)["sha256"] = hashlib.sha256(b"something else").hexdigest()
    refused(sealed(parts), DamagedFile, VERIFY)


@pytest.mark.parametrize("kind", ["drawing", "audio", "letter"])
def test_a_wrong_crc_is_refused(refused: Refused, kind: str) -> None:
    """An item whose CRC-32 (central directory and data descriptor agreeing)
    does not match its bytes is refused at verification."""
    parts = good_parts()
    entry = parts.entry(kind)
    entry.central["crc"] = zlib.crc32(entry.data) ^ 0x1
    refused(sealed(parts), DamagedFile, VERIFY)


def test_a_wrong_manifest_crc_is_refused(refused: Refused) -> None:
    """A manifest whose CRC-32 does not match is refused when opening."""
    parts = good_parts()
    entries = parts.all_entries()
    entries[-1].central["crc"] = zlib.crc32(entries[-1].data) ^ 0x80000000
    refused(seal(build_zip(entries)), DamagedFile, OPEN)


def test_changed_bytes_with_a_matching_crc_are_refused(refused: Refused) -> None:
    """Changed item bytes with the CRC recomputed to match (only the manifest
    hash stays) are refused at verification."""
    parts = good_parts()
    entry = parts.entry("drawing")
    entry.data = entry.data[:-1] + bytes([entry.data[-1] ^ 1])
    refused(sealed(parts), DamagedFile, VERIFY)


# -- media that is not what it says -------------------------------------------------------------

NOT_WHAT_IT_SAYS = {
    "drawing-is-text": ("drawing", b"just some text, not a PNG at all\n" * 4),
    "drawing-is-jpeg": ("drawing", "JPEG"),
    "drawing-signature-only": ("drawing", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40),
    "audio-is-png": ("audio", "PNG"),
    "audio-is-ogg-vorbis": (
        "audio",
        b"OggS\x00\x02" + bytes(20) + b"\x01\x1e\x01vorbis" + bytes(30),
    ),
    "video-is-ogg": ("video", "OGG"),
    "video-is-matroska": ("video", "MKV"),
    "picture-is-text": ("picture", b"<svg onload='alert(1)'></svg>"),
    "empty-drawing": ("drawing", b""),
}


def _fake(kind_or_bytes: str | bytes) -> bytes:
    if isinstance(kind_or_bytes, bytes):
        return kind_or_bytes
    if kind_or_bytes == "PNG":
        return sample("drawing")
    if kind_or_bytes == "OGG":
        return sample("audio")
    if kind_or_bytes == "JPEG":
        return b"\xff\xd8\xff\xe0" + bytes(100) + b"\xff\xd9"
    if kind_or_bytes == "MKV":  # EBML header with DocType "matroska"
        return bytes.fromhex("1a45dfa3") + b"\x8b" + b"\x42\x82\x88matroska" + bytes(64)
    raise ValueError(kind_or_bytes)


@pytest.mark.parametrize("case", NOT_WHAT_IT_SAYS.values(), ids=NOT_WHAT_IT_SAYS.keys())
def test_media_that_is_not_what_it_says_is_refused(
    refused: Refused, case: tuple[str, str | bytes]
) -> None:
    """Each item's bytes must be what its media type says (PNG, JPEG, Opus in
    Ogg, WebM), judged by the bytes, with hashes and sizes all consistent.
    Refused at verification."""
    kind, content = case
    parts = good_parts()
    parts.replace_data(kind, _fake(content))
    refused(sealed(parts), DamagedFile, VERIFY)


def test_a_jpeg_picture_without_its_end_marker_is_refused(refused: Refused) -> None:
    """A picture declared JPEG that does not end with the JPEG end marker is
    refused at verification."""
    parts = good_parts()
    doc, entry = item_entry("picture", b"\xff\xd8\xff\xe0" + bytes(100), 5, media_type="image/jpeg")
    i = parts.index("picture")
    parts.items[i], parts.entries[i] = doc, entry
    refused(sealed(parts), DamagedFile, VERIFY)


@pytest.mark.parametrize(
    "content",
    [
        b"Dear chair \xff\xfe not UTF-8",
        b"\xc0\xaf overlong slash",
        b"\xed\xa0\x80 an encoded surrogate",
        "UTF-16 letter".encode("utf-16"),
        b"a NUL \x00 inside",
    ],
    ids=["invalid-bytes", "overlong", "surrogate", "utf16", "nul"],
)
def test_a_letter_that_is_not_utf8_text_is_refused(refused: Refused, content: bytes) -> None:
    """A letter must be UTF-8 text without NUL characters; anything else is
    refused at verification."""
    parts = good_parts()
    parts.replace_data("letter", content)
    refused(sealed(parts), DamagedFile, VERIFY)


PAGES = {
    "not-json": b"{not json",
    "wrong-schema": json.dumps({"page": "feelings", "version": 1, "feelings": "all"}).encode(),
    "duplicate-key": b'{"page": "feelings", "page": "feelings", "version": 1, "feelings": []}',
    "nan": b'{"page": "feelings", "version": NaN, "feelings": []}',
    "deep": b'{"page": "feelings", "version": 1, "feelings": []'
    + b', "x": '
    + b"[" * 10_000
    + b"]" * 10_000
    + b"}",
    "not-utf8": b'{"page": "feelings\xff", "version": 1, "feelings": []}',
}


@pytest.mark.parametrize("content", PAGES.values(), ids=PAGES.keys())
def test_a_feelings_page_that_breaks_the_rules_is_refused(refused: Refused, content: bytes) -> None:
    """A feelings page must be strict JSON (UTF-8, no duplicate keys, no NaN,
    nesting bounded without recursion) fitting its schema; refused at
    verification."""
    parts = good_parts()
    parts.replace_data("feelings", content)
    refused(sealed(parts), DamagedFile, VERIFY)


def test_a_houses_page_pointing_at_a_missing_drawing_is_refused(refused: Refused) -> None:
    """A houses page may show only drawings that are in the bundle; one that
    refers to a missing drawing is refused at verification."""
    parts = good_parts()
    page = json.loads(sample("houses"))
    page["houses"][1]["entries"][1]["drawing"] = "zzzzzzzzzzzz"
    parts.replace_data("houses", json.dumps(page).encode())
    refused(sealed(parts), DamagedFile, VERIFY)


def test_a_houses_page_pointing_at_a_picture_is_refused(refused: Refused) -> None:
    """A houses page's drawing must be a drawing: one that points at a
    picture's id is refused at verification."""
    parts = good_parts()
    page = json.loads(sample("houses"))
    page["houses"][1]["entries"][1]["drawing"] = parts.item("picture")["id"]
    parts.replace_data("houses", json.dumps(page).encode())
    refused(sealed(parts), DamagedFile, VERIFY)


# -- the manifest as JSON -------------------------------------------------------------------------


def test_a_manifest_over_1_mib_is_refused(refused: Refused) -> None:
    """A manifest over 1 MiB (here valid JSON padded with spaces; it deflates
    to almost nothing) is refused when opening."""
    text = good_manifest_text() + " " * (1 << 20)
    refused(with_manifest(text.encode()), DamagedFile, OPEN)


def test_a_manifest_too_large_even_compressed_is_refused(refused: Refused) -> None:
    """A manifest whose compressed size alone is over the limit (2 MiB of
    incompressible bytes declared as 100 bytes) is refused when opening."""
    parts = good_parts()
    entries = parts.all_entries()
    entries[-1].raw = os.urandom(2 << 20)
    entries[-1].central["usize"] = 100
    refused(seal(build_zip(entries)), DamagedFile, OPEN)


@pytest.mark.parametrize(
    "open_, close", [(b"[", b"]"), (b'{"a":', b"}")], ids=["arrays", "objects"]
)
@pytest.mark.parametrize("depth", [10_000, 100_000])
def test_a_deeply_nested_manifest_is_refused(
    refused: Refused, open_: bytes, close: bytes, depth: int
) -> None:
    """A manifest nested 10,000 (and 100,000) levels deep is refused when
    opening, without a RecursionError or a crash."""
    raw = good_manifest_text().encode()[:-1] + b', "deep": '
    raw += open_ * depth + b"0" + close * depth + b"}"
    refused(with_manifest(raw), DamagedFile, OPEN)


def test_a_deeply_nested_manifest_that_is_not_json_is_refused(refused: Refused) -> None:
    """Unbalanced nesting 100,000 deep (never closed) is refused when opening."""
    refused(with_manifest(b"[" * 100_000), DamagedFile, OPEN)


@pytest.mark.parametrize(
    "raw",
    [
        b'{"format": "voiceapp-bundle", "format": "voiceapp-bundle", "version": 1}',
        b'{"version": 1, "format": "voiceapp-bundle", "version": 2}',
    ],
    ids=["format-twice", "version-twice"],
)
def test_duplicate_keys_at_the_top_are_refused(refused: Refused, raw: bytes) -> None:
    """A manifest with a key twice (readers disagree on which wins) is refused
    when opening, even when the second says a newer version."""
    refused(with_manifest(raw), DamagedFile, OPEN)


def test_duplicate_keys_in_an_item_are_refused(refused: Refused) -> None:
    """An item with its ``audience`` given twice (``everyone``, then
    ``chair-only``) is refused when opening."""
    text = good_manifest_text().replace(
        '"audience": "everyone"', '"audience": "everyone", "audience": "chair-only"', 1
    )
    refused(with_manifest(text.encode()), DamagedFile, OPEN)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity", "1e999", "-1e999"])
def test_non_finite_numbers_are_refused(refused: Refused, constant: str) -> None:
    """NaN and Infinity (and a number that overflows to infinity) in the
    manifest are refused when opening."""
    text = good_manifest_text()
    size = f'"size": {len(sample("drawing"))},'
    assert size in text
    refused(
        with_manifest(text.replace(size, f'"size": {constant},', 1).encode()), DamagedFile, OPEN
    )


def test_an_enormous_integer_is_refused(refused: Refused) -> None:
    """A 100,000-digit integer in the manifest is refused when opening,
    quickly (no quadratic conversion)."""
    text = good_manifest_text().replace('"version": 1', '"version": 1' + "0" * 100_000, 1)
    refused(with_manifest(text.encode()), DamagedFile, OPEN)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda b: b.replace(b"Sam", b"S\xffm"),
        lambda b: b.replace(b"Sam", b"S\xc0\xa1m"),
        lambda b: b.replace(b"Sam", b"S\xed\xa0\x80m"),
        lambda b: b"\xef\xbb\xbf" + b,
        lambda b: b.decode().encode("utf-16"),
        lambda b: b.replace(b"Sam", b"S\x00m"),
    ],
    ids=["invalid-byte", "overlong", "encoded-surrogate", "bom", "utf16", "raw-nul"],
)
def test_a_manifest_that_is_not_utf8_is_refused(
    refused: Refused, mangle: Callable[[bytes], bytes]
) -> None:
    """The manifest must be UTF-8 JSON with no byte-order mark and no raw
    control characters; anything else is refused when opening."""
    refused(with_manifest(mangle(good_manifest_text().encode())), DamagedFile, OPEN)


@pytest.mark.parametrize(
    "raw",
    [b"", b"null", b"{} trailing", b"{/* comment */}", b"{'format': 'voiceapp-bundle'}"],
    ids=["empty", "null", "trailing-data", "comment", "single-quotes"],
)
def test_a_manifest_that_is_not_json_is_refused(refused: Refused, raw: bytes) -> None:
    """A manifest that is not one strict JSON object is refused when opening
    (as not a bundle, or as damaged)."""
    refused(with_manifest(raw), (DamagedFile, NotABundle), OPEN)


@pytest.mark.parametrize(
    "raw",
    [b"[]", b'"voiceapp-bundle"', b"42", b'{"format": "something-else", "version": 1}', b"{}"],
    ids=["array", "string", "number", "other-format", "no-format"],
)
def test_a_manifest_of_another_format_is_not_a_bundle(refused: Refused, raw: bytes) -> None:
    """A manifest that is not a ``voiceapp-bundle`` object says it is not a
    bundle, when opening."""
    refused(with_manifest(raw), NotABundle, OPEN)


MANIFEST_EDITS: dict[str, Callable[[dict[str, Any]], None]] = {
    "long-title": lambda m: m["items"][0].update(title="x" * 201),
    "long-name": lambda m: m["young_person"].update(name="x" * 101),
    "missing-sha": lambda m: m["items"][0].pop("sha256"),
    "unknown-field": lambda m: m.update(tracking="yes"),
    "unknown-item-field": lambda m: m["items"][0].update(path="/etc/passwd"),
    "size-as-string": lambda m: m["items"][0].update(size=str(m["items"][0]["size"])),
    "size-as-bool": lambda m: m["items"][1].update(size=True),
    "negative-size": lambda m: m["items"][0].update(size=-1),
    "impossible-date": lambda m: m["conference"].update(date="2026-02-30"),
    "impossible-created": lambda m: m.update(created="2026-13-01T25:61:61Z"),
    "unknown-kind": lambda m: m["items"][0].update(kind="executable"),
    "unknown-audience": lambda m: m["items"][0].update(audience="the-public"),
    "duration-on-drawing": lambda m: m["items"][0].update(duration_s=3.0),
    "no-duration-on-audio": lambda m: m["items"][2].pop("duration_s"),
    "huge-duration": lambda m: m["items"][2].update(duration_s=1e300),
    "media-type-for-another-kind": lambda m: m["items"][0].update(media_type="image/jpeg"),
    "file-not-from-id": lambda m: m["items"][0].update(file="items/zzzzzzzzzzzz.png"),
    "too-many-items": lambda m: m.update(items=m["items"] * 72),
    "items-not-a-list": lambda m: m.update(items={"a": 1}),
    "sha-upper-case": lambda m: m["items"][0].update(sha256=m["items"][0]["sha256"].upper()),
}


@pytest.mark.parametrize("edit", MANIFEST_EDITS.values(), ids=MANIFEST_EDITS.keys())
def test_a_manifest_that_breaks_the_schema_is_refused(
    refused: Refused, edit: Callable[[dict[str, Any]], None]
) -> None:
    """A manifest must fit the schema and the rules it cannot say (bounded
    titles and names, real dates, durations on recordings only, file names
    that follow from id and kind); anything else is refused when opening."""
    parts = good_parts()
    edit(parts.manifest)
    refused(sealed(parts), DamagedFile, OPEN)


# -- versions ------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", [2, 3, 10**12])
def test_a_newer_version_says_so(refused: Refused, version: int) -> None:
    """A bundle from a newer format version gives ``NewerVersion`` when
    opening, even when the rest of its manifest would not fit version 1."""
    parts = good_parts()
    parts.manifest["version"] = version
    parts.manifest["new_in_this_version"] = {"anything": [1, 2, 3]}
    parts.manifest["items"][0]["kind"] = "hologram"
    refused(sealed(parts), NewerVersion, OPEN)


@pytest.mark.parametrize("version", [0, -1, "1", "2", None, True], ids=repr)
def test_an_impossible_version_is_refused(refused: Refused, version: Any) -> None:
    """A version that is not a positive whole number is damage, not a newer
    version: refused when opening."""
    parts = good_parts()
    parts.manifest["version"] = version
    refused(sealed(parts), DamagedFile, OPEN)


# -- not a bundle, not for this key, cut short ---------------------------------------------------


@pytest.mark.parametrize(
    "payload",
    [
        b"Dear chair, this is just a text file.\n",
        b"",
        b"PK\x05\x06" + bytes(18),
        b"\x89PNG\r\n\x1a\n" + bytes(200),
    ],
    ids=["plain-text", "empty", "empty-zip", "png"],
)
def test_an_age_file_that_holds_no_bundle_is_not_a_bundle(refused: Refused, payload: bytes) -> None:
    """An age file that decrypts to something other than a bundle (text, an
    empty file, an empty ZIP, a picture) says it is not a bundle, when
    opening."""
    refused(seal(payload), NotABundle, OPEN)


def test_an_age_file_holding_another_zip_is_refused(refused: Refused) -> None:
    """An age file holding an ordinary ZIP made by another tool is refused
    when opening."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("hello.txt", "hello")
    refused(seal(out.getvalue()), (NotABundle, DamagedFile), OPEN)


@pytest.mark.parametrize(
    "blob",
    [b"", b"Dear chair\n", b"PK\x03\x04" + bytes(100), b"\x89PNG\r\n\x1a\n" + bytes(100)],
    ids=["empty", "text", "plain-zip", "png"],
)
def test_a_file_that_is_not_age_at_all_is_refused(refused: Refused, blob: bytes) -> None:
    """A file that is not an age file at all is refused when opening."""
    refused(blob, NotAnAgeFile, OPEN)


def test_a_bundle_for_another_key_is_refused(refused: Refused) -> None:
    """A bundle made for another chair's key is refused when opening."""
    other = age.X25519Identity.generate()
    refused(seal(good_parts().payload(), other), NoMatchingKey, OPEN)


def test_a_passphrase_bundle_opened_with_a_key_is_refused(refused: Refused) -> None:
    """A bundle protected by a passphrase, opened with a key, is refused when
    opening; with a wrong passphrase, it says the passphrase is wrong."""
    blob = age.encrypt_bytes(
        good_parts().payload(), [age.ScryptRecipient(b"right horse", work_factor=10)]
    )
    refused(blob, NoMatchingKey, OPEN)
    refused(blob, WrongPassphrase, OPEN, identities=[age.ScryptIdentity(b"wrong horse")])


def test_an_armored_bundle_opens(refused: Refused) -> None:
    """A bundle in ASCII armor (as the ``age -a`` tool makes it) is allowed to
    open, and is checked exactly like a binary one."""
    refused.accepted(age.encrypt_bytes(good_parts().payload(), [x25519_key().recipient()], True))


def test_an_armored_file_for_another_key_is_refused_without_dearmoring_it(
    refused: Refused,
) -> None:
    """An armored file made for another key is refused from its header alone:
    memory and time must not grow with the size of the file (an 8 MiB
    payload here; at 1 GiB the whole file would be dearmored into memory, for
    seconds, before saying the key is wrong)."""
    other = age.X25519Identity.generate()
    blob = age.encrypt_bytes(os.urandom(8 << 20), [other.recipient()], armor=True)
    _bounded_memory(refused, blob, NoMatchingKey, OPEN, limit_mib=4)


def _big_parts() -> Parts:
    """A bundle of about three chunks (so it can be cut at a chunk boundary)."""
    parts = good_parts()
    parts.replace_data("drawing", noise_png(230, 230))
    return parts


def _cuts(blob: bytes) -> dict[str, int]:
    header_end = blob.index(b"\n---") + 1 + 48
    payload_start = header_end + 16
    return {
        "nothing-left": 0,
        "in-the-version-line": 10,
        "in-the-stanza": blob.index(b"\n-> ") + 20,
        "before-the-mac": header_end - 48,
        "in-the-mac": header_end - 10,
        "in-the-nonce": header_end + 5,
        "no-payload": payload_start,
        "first-chunk-only": payload_start + 65536 + 16,
        "mid-chunk": payload_start + 65536 + 16 + 1000,
        "last-chunk-dropped": payload_start + 2 * (65536 + 16),
        "last-byte": len(blob) - 1,
        "last-tag-half": len(blob) - 8,
    }


def test_truncated_bundles_are_refused(refused: Refused) -> None:
    """A bundle cut short anywhere (in the header, nonce, at or between chunk
    boundaries, by one byte) is refused when opening, as damaged or cut short
    (or, cut to nothing or into its first line, as not an age file)."""
    blob = sealed(_big_parts())
    assert len(blob) > 2 * 65552 + 1000
    for label, cut in _cuts(blob).items():
        expected: Errors = (DamagedFile, TruncatedFile)
        if label in ("nothing-left", "in-the-version-line"):
            expected = (NotAnAgeFile, DamagedFile, TruncatedFile)
        try:
            refused(blob[:cut], expected, OPEN)
        except AssertionError as e:
            raise AssertionError(f"cut {label} at {cut}: {e}") from e


@pytest.mark.parametrize("extra", [b"\x00", b"x" * 17, os.urandom(65552)], ids=len)
def test_data_appended_to_a_bundle_is_refused(refused: Refused, extra: bytes) -> None:
    """Bytes appended after the final chunk are refused when opening."""
    refused(sealed(good_parts()) + extra, DamagedFile, OPEN)


def test_a_bundle_whose_chunks_were_swapped_is_refused(refused: Refused) -> None:
    """Two payload chunks swapped (each authentic on its own) are refused:
    the first one read fails at its position."""
    blob = bytearray(sealed(_big_parts()))
    start = blob.index(b"\n---") + 1 + 48 + 16
    a = slice(start, start + 65552)
    b = slice(start + 65552, start + 2 * 65552)
    blob[a], blob[b] = blob[b], blob[a]
    refused(bytes(blob), DamagedFile, VERIFY)


# -- titles and names with control characters (allowed, shown cleaned) -------------------------

HOSTILE_TEXT = {
    "ansi-title": "\x1b]0;owned\x07\x1b[2J\x1b[31mRed\x1b[0m",
    "c1-csi": "\x9b31mred\x9b0m \x9d0;t\x9c",
    "bidi-override": "\u202eexe.gpj\u202c",
    "bidi-embedding": "\u202a\u202b\u202c\u202d",
    "bidi-isolates": "\u2066\u2067\u2068\u2069",
    "line-breaks": "line one\r\nline two\ttab\x0bvt\x0cff",
    "nul-and-del": "nul\x00del\x7fbell\x07backspace\x08",
}


@pytest.mark.parametrize("text", HOSTILE_TEXT.values(), ids=HOSTILE_TEXT.keys())
def test_control_characters_in_titles_and_names_are_removed_for_display(
    refused: Refused, text: str
) -> None:
    """Escape sequences, C0/C1 control characters and bidi overrides in a
    title, the chosen name and the reference are allowed to open, but
    ``display_title``, ``display_name`` and ``reference`` have them removed."""
    parts = good_parts()
    parts.item("drawing")["title"] = "My " + text
    parts.manifest["young_person"]["name"] = text[:90] + "Sam"
    parts.manifest["conference"]["reference"] = "CP" + text[:90]
    bundle = refused.accepted(sealed(parts))
    m = bundle.manifest
    drawing = next(it for it in m.items if it.kind == "drawing")
    assert drawing.title == "My " + text  # raw kept as it was
    for shown in (drawing.display_title, m.display_name, m.reference):
        assert shown is not None
        _assert_safe_to_show(shown)
    assert drawing.display_title.startswith("My ")
    assert m.display_name is not None and m.display_name.endswith("Sam")


def _assert_safe_to_show(shown: str) -> None:
    bidi = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    for ch in shown:
        assert not (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F), f"control {ch!r} in {shown!r}"
        assert ch not in bidi, f"bidi control {ch!r} in {shown!r}"
    shown.encode("utf-8")  # printable on any UTF-8 terminal or widget


@pytest.mark.parametrize("where", ["title", "name", "feelings-sentence"])
def test_lone_surrogates_never_get_through(refused: Refused, where: str) -> None:
    """A lone surrogate (legal as a JSON escape, but not a character, and not
    encodable as UTF-8) in a title, the chosen name or a page's text is either
    refused as damage when reading, or never reaches anything shown or
    printed: every display text, the raw manifest and each page must still
    encode as UTF-8 (``voiceapp inspect --json`` prints the raw manifest and
    fails with a traceback otherwise)."""
    parts = good_parts()
    if where == "title":
        parts.item("drawing")["title"] = "My \udc00 drawing \ud83d"
    elif where == "name":
        parts.manifest["young_person"]["name"] = "S\udfffam"
    else:
        page = json.loads(sample("feelings"))
        page["feelings"][0]["sentence"] = "About \ud800 school."
        parts.replace_data("feelings", json.dumps(page).encode("ascii"))
    parts.manifest_raw = json.dumps(parts.manifest).encode("ascii")  # escapes: valid JSON
    blob = sealed(parts)
    caught, _, _, bundle = refused.attempt(blob, None, DEFAULT_LIMITS)
    if caught is not None:
        assert type(caught) is DamagedFile, caught
        return
    assert bundle is not None
    m = bundle.manifest
    for it in m.items:
        _assert_safe_to_show(it.display_title)
    _assert_safe_to_show(m.display_name or "")
    json.dumps(m.raw, ensure_ascii=False).encode("utf-8")
    with Bundle.open(refused.inbox / "conference-2026-12-03-kqzt.voice", [x25519_key()]) as b:
        b.verify()
        for it in b.manifest.items:
            if it.kind == "feelings":
                page = json.loads(b.read_item(it.id))
                json.dumps(page, ensure_ascii=False).encode("utf-8")


def test_clean_text_removes_every_c0_c1_and_bidi_control() -> None:
    """``clean_text`` removes every C0 and C1 control and every bidi override,
    embedding and isolate, and keeps everything else (letters, emoji, Welsh,
    Arabic, combining marks)."""
    controls = "".join(map(chr, [*range(0x20), *range(0x7F, 0xA0)]))
    bidi = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    keep = "Siân 😀 مرحبا e\u0301 ✓"
    assert clean_text(controls + keep[:3] + bidi + keep[3:]) == keep


# -- ZIP features we never write ---------------------------------------------------------------


def test_an_archive_comment_is_refused(refused: Refused) -> None:
    """An archive comment is refused when opening (the end record must be the
    last 22 bytes)."""
    refused(sealed(good_parts(), comment=b"Open me: https://example.invalid"), NotABundle, OPEN)


def test_an_archive_comment_length_without_a_comment_is_refused(refused: Refused) -> None:
    """An end record that announces a comment (even one that is not there) is
    refused when opening."""
    refused(sealed(good_parts(), eocd={"clen": 5}), DamagedFile, OPEN)


def test_an_archive_comment_hiding_a_second_end_record_is_refused(refused: Refused) -> None:
    """An archive comment ending in a second, fake end record (so readers that
    look from the end and readers that look from the start disagree) is
    refused when opening."""
    parts = good_parts()
    lay: list[Layout] = []
    plain = parts.payload(layout=lay)
    real_end = plain[lay[0].eocd_offset :]
    fake = b"PK\x05\x06" + real_end[4:20] + b"\x00\x00"
    refused(sealed(parts, comment=fake), DamagedFile, OPEN)


@pytest.mark.parametrize(
    "what",
    ["entry-comment", "central-extra", "multi-disk", "count-mismatch", "cd-size-lies", "zip64-end"],
)
def test_central_directory_features_we_never_write_are_refused(refused: Refused, what: str) -> None:
    """Entry comments, extra fields, multi-disk archives, counts or sizes that
    disagree, and ZIP64 records are refused when opening."""
    parts = good_parts()
    kw: dict[str, Any] = {}
    if what == "entry-comment":
        parts.entry("drawing").central_comment = b"comment"
    elif what == "central-extra":
        parts.entry("drawing").central_extra = struct.pack("<HH", 0x7875, 4) + b"\x01\x00\x00\x00"
    elif what == "multi-disk":
        kw["eocd"] = {"disk": 1, "cd_disk": 1}
    elif what == "count-mismatch":
        kw["eocd"] = {"n_disk": 7}
    elif what == "cd-size-lies":
        kw["eocd"] = {"cd_size": 100}
    else:
        locator = struct.pack("<4sIQI", b"PK\x06\x07", 0, 0, 1)
        kw["before_cd"] = b"PK\x06\x06" + bytes(52) + locator
    refused(sealed(parts, **kw), DamagedFile, OPEN)


def test_too_many_members_are_refused(refused: Refused) -> None:
    """More members than the item limit allows (here 600) are refused when
    opening, before any is read."""
    parts = good_parts()
    for i in range(600):
        ident = "".join("abcdefghij"[int(c)] for c in f"{i:012d}")
        parts.entries.append(Entry(f"items/{ident}.png", sample("drawing")))
    refused(sealed(parts), DamagedFile, OPEN)


def test_an_end_record_claiming_65535_members_is_refused(refused: Refused) -> None:
    """An end record claiming 65,535 members in a short directory is refused
    when opening, at once."""
    refused(sealed(good_parts(), eocd={"n_disk": 65535, "n_total": 65535}), DamagedFile, OPEN)


@pytest.mark.parametrize(
    "limits",
    [Limits(max_items=3), Limits(max_total_size=5_000), Limits(max_item_size=1000)],
    ids=["items", "total", "one-item"],
)
def test_limits_are_applied_when_opening(refused: Refused, limits: Limits) -> None:
    """Counts and sizes over the reader's limits are refused when opening
    (checked here with lowered limits on a good bundle)."""
    refused(sealed(good_parts()), DamagedFile, OPEN, limits=limits)


@pytest.mark.parametrize(
    "flags",
    [0x0001, 0x0041, 0x2000, 0x0002, 0x0020],
    ids=["encrypted", "strong", "masked", "deflate-option", "patched"],
)
def test_encrypted_and_other_flagged_members_are_refused(refused: Refused, flags: int) -> None:
    """Members with the encryption flag (or strong encryption, masked
    headers, or any flag we never set) are refused when opening."""
    parts = good_parts()
    entry = parts.entry("drawing")
    entry.flags |= flags
    refused(sealed(parts), DamagedFile, OPEN)


@pytest.mark.parametrize("method", [1, 9, 12, 14, 93, 95, 98, 99, 0xFFFF])
def test_unknown_compression_methods_are_refused(refused: Refused, method: int) -> None:
    """Only stored (0) and deflated (8) members are read; any other method
    (shrink, deflate64, bzip2, LZMA, zstd, XZ, PPMd, AES, ...) is refused when
    opening."""
    parts = good_parts()
    parts.entry("drawing").method = method
    refused(sealed(parts), DamagedFile, OPEN)


# -- data descriptors and local headers -------------------------------------------------------


@pytest.mark.parametrize("field", ["crc", "csize", "usize", "signature"])
@pytest.mark.parametrize("kind", ["drawing", "letter", "manifest"])
def test_a_data_descriptor_that_disagrees_is_refused(
    refused: Refused, field: str, kind: str
) -> None:
    """A data descriptor that disagrees with the central directory (CRC,
    either size, or its signature) is refused at verification."""
    parts = good_parts()
    entries = parts.all_entries()
    entry = entries[-1] if kind == "manifest" else entries[parts.index(kind)]
    crc, csize, usize = zlib.crc32(entry.data), len(entry.stored_bytes()), len(entry.data)
    values = {"crc": crc, "csize": csize, "usize": usize, "signature": 0x08074B50}
    values[field] ^= 0x10
    entry.descriptor = struct.pack(
        "<IIII", values["signature"], values["crc"], values["csize"], values["usize"]
    )
    refused(seal(build_zip(entries)), DamagedFile, VERIFY)


def test_a_data_descriptor_without_its_signature_is_refused(refused: Refused) -> None:
    """A data descriptor without the optional signature (12 bytes, as some
    tools write) does not match our layout and is refused when opening."""
    parts = good_parts()
    e = parts.entry("drawing")
    e.descriptor = struct.pack("<III", zlib.crc32(e.data), len(e.data), len(e.data))
    refused(sealed(parts), DamagedFile, OPEN)


def test_a_missing_data_descriptor_is_refused(refused: Refused) -> None:
    """A member flagged as having a data descriptor that has none is refused
    when opening."""
    parts = good_parts()
    parts.entry("drawing").descriptor = b""
    refused(sealed(parts), DamagedFile, OPEN)


UNIX_EXTRA = struct.pack("<HHBBIBI", 0x7875, 11, 1, 4, 0, 4, 0)  # Info-ZIP uid/gid
LOCAL_EDITS: dict[str, Callable[[Entry], None]] = {
    "name": lambda e: setattr(e, "local_name", e.name_bytes[:-5] + b"x.png"),
    "name-traversal": lambda e: setattr(e, "local_name", b"../" + e.name_bytes[3:]),
    "method": lambda e: e.local.update(method=8 if e.method == 0 else 0),
    "flags": lambda e: e.local.update(flags=e.flags & ~0x0008),
    "encrypted-flag": lambda e: e.local.update(flags=e.flags | 0x0001),
    "time": lambda e: e.local.update(time=0x6000),
    "date": lambda e: e.local.update(date=0x5A21),
    "crc": lambda e: e.local.update(crc=zlib.crc32(e.data)),
    "sizes": lambda e: e.local.update(csize=len(e.stored_bytes()), usize=len(e.data)),
    "signature": lambda e: e.local.update(sig=b"PK\x03\x05"),
    "extra-field": lambda e: setattr(e, "local_extra", UNIX_EXTRA),
}


@pytest.mark.parametrize("edit", LOCAL_EDITS.values(), ids=LOCAL_EDITS.keys())
@pytest.mark.parametrize("kind", ["drawing", "letter"])
def test_a_local_header_that_disagrees_with_the_central_directory_is_refused(
    refused: Refused, edit: Callable[[Entry], None], kind: str
) -> None:
    """An item's local header must repeat its central entry exactly (name,
    method, flags, time, sizes, no extra field); one that disagrees is refused
    at verification (an extra field, which moves the data, when opening)."""
    parts = good_parts()
    edit(parts.entry(kind))
    stage = OPEN if parts.entry(kind).local_extra else VERIFY
    refused(sealed(parts), DamagedFile, stage)


@pytest.mark.parametrize("edit", ["name", "method", "crc", "signature"])
def test_a_manifest_local_header_that_disagrees_is_refused(refused: Refused, edit: str) -> None:
    """The manifest's local header is checked before the manifest is read:
    one that disagrees with the central directory is refused when opening."""
    parts = good_parts()
    entries = parts.all_entries()
    LOCAL_EDITS[edit](entries[-1])
    refused(seal(build_zip(entries)), DamagedFile, OPEN)


def test_local_header_sizes_with_a_hidden_member_are_refused(refused: Refused) -> None:
    """A local header that gives sizes (and no descriptor flag) while the
    central entry says a descriptor follows is refused at verification: the
    two views of the member must agree."""
    parts = good_parts()
    e = parts.entry("audio")
    e.local.update(flags=0, crc=zlib.crc32(e.data), csize=10, usize=10)
    refused(sealed(parts), DamagedFile, VERIFY)
