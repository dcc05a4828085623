"""Changing any single byte of a bundle is detected.

One realistic bundle (every kind of item, written by ``BundleWriter`` to a
post-quantum key, about 300 KB so it spans five payload chunks) is changed one
byte at a time at a deterministic sample of positions spread over the whole
file: every byte of the age header (version line, stanzas, MAC) and of the
payload nonce, a few bytes in every region of the payload (each member's
local header, data and data descriptor, every central directory entry, the
end record) found from the decrypted ZIP, both ends of every encrypted chunk
and its tag, positions evenly spaced over the file, and random positions
from a fixed seed. Each changed copy must be refused by ``Bundle.open`` or
``verify`` with a ``VoiceError`` (a ``DamagedFile`` once the change is past
the header), and nothing else may escape.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from tests import media_samples as ms
from voiceapp.core import age
from voiceapp.core.bundle import Bundle, BundleInfo, BundleWriter
from voiceapp.core.errors import DamagedFile, VoiceError

from .hostile import noise_png

CHUNK = 64 * 1024
ENC_CHUNK = CHUNK + 16
NONCE = 16
SEED = 20261203
EVENLY = 1000
RANDOM = 600


@pytest.fixture(scope="module")
def tamper_key() -> age.HybridIdentity:
    return age.HybridIdentity.generate()


@pytest.fixture(scope="module")
def realistic(tmp_path_factory: pytest.TempPathFactory, tamper_key: age.HybridIdentity) -> bytes:
    """A bundle with every kind of item, written the real way."""
    target = tmp_path_factory.mktemp("tamper") / "conference-2026-12-03-abcd.voice"
    info = BundleInfo(
        age_band="13-17",
        conference_date=dt.date(2026, 12, 3),
        made_with="social-worker",
        name="Alex",
        reference="CP-2026-0099",
    )
    with BundleWriter(target, [tamper_key.recipient()], info) as w:
        drawing = w.add("drawing", noise_png(300, 300, seed=3), title="My family")
        w.add("letter", b"Dear chair,\nPlease listen.\n" * 20, title="Letter")
        w.add("audio", ms.ogg_opus(2.0), title="My voice", duration_s=2.0, audience="chair-only")
        w.add("video", ms.webm(1.0), title="Me", duration_s=1.0)
        w.add("picture", ms.jpeg_with_gps(), title="My dog", words="written-by-helper")
        w.add("picture", ms.png(40, 30), title="My room")
        w.add("feelings", ms.feelings_page(), title="How I feel")
        w.add("houses", ms.houses_page(drawing.id), title="Three houses")
    return target.read_bytes()


def payload_start(blob: bytes) -> int:
    """Where the payload nonce starts: after the MAC line of the header."""
    mac_line = blob.index(b"\n--- ") + 1
    return blob.index(b"\n", mac_line) + 1


def cipher_offset(blob: bytes, plain: int) -> int:
    """Where plaintext byte ``plain`` of the payload sits in the age file."""
    chunk, within = divmod(plain, CHUNK)
    return payload_start(blob) + NONCE + chunk * ENC_CHUNK + within


def zip_regions(plain: bytes) -> dict[str, tuple[int, int]]:
    """Every region of the payload ZIP: (start, end) in plaintext offsets."""
    regions: dict[str, tuple[int, int]] = {}
    with zipfile.ZipFile(io.BytesIO(plain)) as z:
        infos = sorted(z.infolist(), key=lambda i: i.header_offset)
        cd_start = plain.rindex(b"PK\x05\x06") - sum(46 + len(i.filename.encode()) for i in infos)
        for i in infos:
            name = i.filename
            start = i.header_offset
            data = start + 30 + len(name.encode())
            regions[f"{name} local header"] = (start, data)
            regions[f"{name} data"] = (data, data + i.compress_size)
            regions[f"{name} descriptor"] = (data + i.compress_size, data + i.compress_size + 16)
        pos = cd_start
        for i in infos:
            size = 46 + len(i.filename.encode())
            regions[f"{i.filename} central entry"] = (pos, pos + size)
            pos += size
    eocd = plain.rindex(b"PK\x05\x06")
    regions["end record"] = (eocd, eocd + 22)
    assert pos == eocd
    return regions


def sample_positions(blob: bytes, plain: bytes) -> dict[int, str]:
    """Deterministic positions to change, each with the region it falls in."""
    rng = random.Random(SEED)
    start = payload_start(blob)
    positions: dict[int, str] = {}
    for p in range(start):
        positions[p] = "header"
    for p in range(start, start + NONCE):
        positions[p] = "nonce"
    for label, (a, b) in zip_regions(plain).items():
        picks = {a, b - 1, (a + b) // 2, *(rng.randrange(a, b) for _ in range(2))}
        for p in picks:
            positions.setdefault(cipher_offset(blob, p), f"payload: {label}")
    first = start + NONCE
    n_chunks = -(-(len(blob) - first) // ENC_CHUNK)
    for c in range(n_chunks):
        c0 = first + c * ENC_CHUNK
        c1 = min(c0 + ENC_CHUNK, len(blob))
        for p in (c0, c0 + 1, c1 - 17, c1 - 16, c1 - 8, c1 - 1):
            positions.setdefault(p, f"chunk {c} edge or tag")
    for i in range(EVENLY):
        positions.setdefault(i * (len(blob) - 1) // (EVENLY - 1), "evenly spaced")
    for _ in range(RANDOM):
        positions.setdefault(rng.randrange(len(blob)), "random")
    return positions


def refusal(blob: bytes, identity: age.HybridIdentity) -> VoiceError | None:
    """The error ``Bundle.open`` + ``verify`` give, or None when accepted."""
    try:
        with Bundle.open(io.BytesIO(blob), [identity]) as b:
            b.verify()
    except VoiceError as e:
        return e
    return None


def test_the_untouched_bundle_is_accepted(realistic: bytes, tamper_key: age.HybridIdentity) -> None:
    """The baseline: the unchanged bundle opens and verifies, and spans
    several chunks so that every part of the payload machinery is exercised."""
    assert refusal(realistic, tamper_key) is None
    assert len(realistic) > 3 * ENC_CHUNK


def test_every_single_byte_change_is_detected(
    realistic: bytes, tamper_key: age.HybridIdentity
) -> None:
    """Changing any one byte (header, stanza, MAC, nonce, every payload
    region, every chunk tag) makes ``Bundle.open`` or ``verify`` raise a
    ``VoiceError``; past the header, always ``DamagedFile``."""
    plain = age.decrypt_bytes(realistic, [tamper_key])
    positions = sample_positions(realistic, plain)
    beyond_header = [p for p, r in positions.items() if r != "header"]
    assert len(positions) >= 1000 and len(beyond_header) >= 1000
    assert {"header", "nonce", "random", "evenly spaced"} <= set(positions.values())
    rng = random.Random(SEED + 1)
    missed: list[str] = []
    kinds: Counter[str] = Counter()
    start = time.perf_counter()
    buf = bytearray(realistic)
    for pos, region in sorted(positions.items()):
        original = buf[pos]
        buf[pos] = original ^ rng.randrange(1, 256)
        try:
            err = refusal(bytes(buf), tamper_key)
        finally:
            buf[pos] = original
        if err is None:
            missed.append(f"{pos} ({region})")
            continue
        kinds[type(err).__name__] += 1
        if region not in ("header", "nonce") and not isinstance(err, DamagedFile):
            missed.append(f"{pos} ({region}) gave {type(err).__name__}")
    elapsed = time.perf_counter() - start
    assert not missed, f"{len(missed)} of {len(positions)} changes not detected: {missed[:20]}"
    print(f"\n{len(positions)} single-byte changes detected in {elapsed:.1f} s: {dict(kinds)}")


def test_the_sample_covers_every_payload_region(
    realistic: bytes, tamper_key: age.HybridIdentity
) -> None:
    """The sample reaches every region of the ZIP (each member's local
    header, data, descriptor and central entry, and the end record), every
    chunk, and both halves of the file."""
    plain = age.decrypt_bytes(realistic, [tamper_key])
    positions = sample_positions(realistic, plain)
    labels = {r.removeprefix("payload: ") for r in positions.values()}
    assert set(zip_regions(plain)) <= labels
    first = payload_start(realistic) + NONCE
    chunks = {(p - first) // ENC_CHUNK for p in positions if p >= first}
    assert chunks == set(range(-(-(len(realistic) - first) // ENC_CHUNK)))
    half = len(realistic) // 2
    assert sum(p < half for p in positions) > 300 and sum(p >= half for p in positions) > 300


def test_a_bundle_read_from_a_file_is_checked_the_same_way(
    realistic: bytes, tamper_key: age.HybridIdentity, tmp_path: Path
) -> None:
    """The same changes are caught when the bundle is opened from a path (the
    way the app and the command line open it), here for one byte in every
    chunk."""
    first = payload_start(realistic) + NONCE
    path = tmp_path / "changed.voice"
    for c in range(-(-(len(realistic) - first) // ENC_CHUNK)):
        buf = bytearray(realistic)
        buf[first + c * ENC_CHUNK + 100] ^= 0x40
        path.write_bytes(bytes(buf))
        with pytest.raises(DamagedFile):
            with Bundle.open(path, [tamper_key]) as b:
                b.verify()
