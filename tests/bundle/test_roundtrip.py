"""Bundles written and read back: every kind, both audiences, peers, limits."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from tests import media_samples as ms
from voiceapp.core import age
from voiceapp.core.bundle import Bundle, BundleInfo, BundleWriter
from voiceapp.core.errors import Cancelled, UnsupportedItem

from .conftest import INFO, write_every_kind


def test_every_kind_round_trips(
    every_kind: Path, chair: age.HybridIdentity, media: dict[str, bytes]
) -> None:
    """Every kind comes back byte for byte, with its audience, words and duration."""
    with Bundle.open(every_kind, [chair]) as b:
        b.verify()
        m = b.manifest
        assert m.display_name == "Sam" and m.age_band == "8-12" and m.made_with == "advocate"
        assert m.conference_date == dt.date(2026, 12, 3) and m.reference == "CP-2026-117"
        kinds = {it.kind: it for it in m.items}
        assert set(kinds) == {
            "drawing",
            "letter",
            "audio",
            "video",
            "picture",
            "feelings",
            "houses",
        }
        for kind in ("drawing", "letter", "audio", "video", "feelings"):
            assert b.read_item(kinds[kind].id) == media[kind], kind
        assert kinds["letter"].chair_only and not kinds["drawing"].chair_only
        assert kinds["feelings"].words == "written-by-helper" and kinds["video"].words == "own"
        assert kinds["audio"].duration_s == 1.0 and kinds["drawing"].duration_s is None
        houses = json.loads(b.read_item(kinds["houses"].id))
        assert houses["houses"][1]["entries"][1]["drawing"] == kinds["drawing"].id


def test_pictures_lose_their_metadata(every_kind: Path, chair: age.HybridIdentity) -> None:
    """An imported photo arrives upright with no EXIF, GPS or camera model left in it."""
    with Bundle.open(every_kind, [chair]) as b:
        b.verify()
        pic = next(it for it in b.manifest.items if it.kind == "picture")
        data = b.read_item(pic.id)
    assert pic.media_type == "image/jpeg" and pic.file.endswith(".jpg")
    assert b"SecretPhone" not in data and b"Exif" not in data
    img = Image.open(io.BytesIO(data))
    assert img.getexif() == {} and not img.info.get("icc_profile")
    assert img.size == (60, 80)  # the orientation tag was applied, then dropped


def test_png_text_chunks_are_dropped(tmp_path: Path, chair: age.HybridIdentity) -> None:
    """A PNG picture's text chunks (author, address) do not survive re-encoding."""
    with BundleWriter(tmp_path, [chair.recipient()], INFO) as w:
        it = w.add("picture", ms.png(text_chunk=True), title="p")
    with Bundle.open(w.path, [chair]) as b:
        b.verify()
        data = b.read_item(it.id)
    assert data.startswith(b"\x89PNG") and b"Secret Road" not in data and b"tEXt" not in data


def test_empty_bundle(tmp_path: Path, chair: age.HybridIdentity) -> None:
    """A bundle with nothing in it is still a valid, verifiable bundle."""
    with BundleWriter(tmp_path, [chair.recipient()], BundleInfo("4-7", dt.date(2027, 1, 5))) as w:
        pass
    with Bundle.open(w.path, [chair]) as b:
        b.verify()
        assert b.manifest.items == () and b.manifest.display_name is None


def test_large_bundle_opens_with_few_chunks(tmp_path: Path, chair: age.HybridIdentity) -> None:
    """Opening and listing a 40 MB bundle decrypts at most 3 chunks; a seek reads little."""
    video = ms.webm(0.2) + os.urandom(40 << 20)
    with BundleWriter(tmp_path, [chair.recipient()], INFO) as w:
        w.add("drawing", ms.png(), title="first")
        big = w.add("video", io.BytesIO(video), title="long", duration_s=600.0)
        w.add("letter", b"last words", title="last")
    with Bundle.open(w.path, [chair]) as b:
        assert b.chunks_decrypted <= 3
        assert [it.display_title for it in b.manifest.items] == ["first", "long", "last"]
        b.verify()
        f = b.open_item(big.id)
        before = b.chunks_decrypted
        f.seek(len(video) // 2)
        assert f.read(1000) == video[len(video) // 2 : len(video) // 2 + 1000]
        assert b.chunks_decrypted - before <= 2
        f.seek(-10, io.SEEK_END)
        assert f.read() == video[-10:]


def test_items_open_only_after_verification(every_kind: Path, chair: age.HybridIdentity) -> None:
    """Nothing is handed out as content before the whole bundle has been checked."""
    with Bundle.open(every_kind, [chair]) as b:
        with pytest.raises(RuntimeError):
            b.open_item(b.manifest.items[0].id)


def test_peers_can_read_it(every_kind: Path, chair: age.HybridIdentity, tmp_path: Path) -> None:
    """The bundle is a standard age file holding a standard ZIP (checked by unzip -t)."""
    classic = age.X25519Identity.generate()
    with BundleWriter(tmp_path / "c.voice", [classic.recipient()], INFO) as w:
        w.add("letter", b"hello", title="t")
        w.add("drawing", ms.png(), title="d")
    key = tmp_path / "key.txt"
    key.write_text(age.format_identity_file(classic))
    zipped = tmp_path / "out.zip"
    subprocess.run(["age", "-d", "-i", key, "-o", zipped, w.path], check=True)
    test = subprocess.run(["unzip", "-t", zipped], capture_output=True, text=True, check=False)
    assert test.returncode == 0 and "No errors detected" in test.stdout
    with zipfile.ZipFile(zipped) as z:
        for info in z.infolist():
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.external_attr >> 16 == 0o100644
            assert info.compress_type == (
                zipfile.ZIP_DEFLATED
                if info.filename.endswith((".txt", ".json"))
                else zipfile.ZIP_STORED
            )


def test_default_name_says_nothing(every_kind: Path) -> None:
    """The file name is the conference date and four random letters, nothing else."""
    assert re.fullmatch(r"conference-2026-12-03-[a-z]{4}\.voice", every_kind.name)
    assert "Sam" not in every_kind.name
    assert every_kind.stat().st_mode & 0o077 == 0


def test_content_checked_by_bytes(tmp_path: Path, chair: age.HybridIdentity) -> None:
    """An item whose bytes are not its kind is refused, and the bundle is not written."""
    for kind, data in [
        ("drawing", b"not a png"),
        ("audio", ms.png()),
        ("video", ms.ogg_opus(0.2)),
        ("letter", b"\xff\xfe bad utf-8"),
        ("feelings", b'{"page": "x"}'),
        ("picture", b"GIF89a...."),
    ]:
        target = tmp_path / f"{kind}.voice"
        with pytest.raises(UnsupportedItem), BundleWriter(target, [chair.recipient()], INFO) as w:
            w.add(kind, data, title="x", duration_s=1.0 if kind in ("audio", "video") else None)
        assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_pack_progress_and_cancel(tmp_path: Path, chair: age.HybridIdentity) -> None:
    """Packing reports progress, and a cancel leaves no file and no temporary file."""
    data = ms.webm(0.2) + os.urandom(5 << 20)
    seen: list[int] = []
    with BundleWriter(tmp_path / "a.voice", [chair.recipient()], INFO, progress=seen.append) as w:
        w.add("video", data, title="v", duration_s=1.0)
    assert seen == sorted(seen) and seen[-1] == len(data)

    target = tmp_path / "b.voice"
    with (
        pytest.raises(Cancelled),
        BundleWriter(
            target, [chair.recipient()], INFO, progress=seen.append, cancel=lambda: True
        ) as w,
    ):
        w.add("video", data, title="v", duration_s=1.0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.voice"]


def test_verify_progress_and_cancel(tmp_path: Path, chair: age.HybridIdentity) -> None:
    """Verification reports progress up to the whole payload and can be stopped."""
    with BundleWriter(tmp_path, [chair.recipient()], INFO) as w:
        w.add("video", ms.webm(0.2) + os.urandom(3 << 20), title="v", duration_s=1.0)
    with Bundle.open(w.path, [chair]) as b:
        seen: list[int] = []
        b.verify(progress=seen.append)
        assert seen == sorted(seen) and seen[-1] == b.payload_size
    with Bundle.open(w.path, [chair]) as b:
        with pytest.raises(Cancelled):
            b.verify(cancel=lambda: True)
        assert not b.verified


def test_a_failed_rewrite_keeps_the_old_bundle(
    tmp_path: Path, chair: age.HybridIdentity, media: dict[str, bytes]
) -> None:
    """Writing over a bundle that fails half way leaves the old one whole."""
    first = write_every_kind(tmp_path / "x.voice", chair, media)
    before = first.read_bytes()
    with (
        pytest.raises(UnsupportedItem),
        BundleWriter(first, [chair.recipient()], INFO, overwrite=True) as w,
    ):
        w.add("letter", b"new", title="t")
        w.add("drawing", b"oops", title="bad")
    assert first.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["x.voice"]
