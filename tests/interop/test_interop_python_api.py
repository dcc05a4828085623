"""The Python API of ``voiceapp.core.age`` against files and keys made by peers.

The app opens bundles through the seekable reader (``open_seekable``), which
decrypts only the chunks a read touches and checks the final chunk first; these
tests give it files written by the reference ``age`` tool and by npm
age-encryption, and hand the API's own output to those peers.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from voiceapp.core import age
from voiceapp.core.errors import DamagedFile, VoiceError

pytestmark = pytest.mark.peers

CHUNK = 64 * 1024
SIZE = 1_000_003  # 16 chunks, the last one partial


def _identities(path: Path) -> list[age.AnyIdentity]:
    return age.load_identities(path.read_bytes())


def _spans(size: int, seed: int) -> list[tuple[int, int]]:
    """(offset, length) reads: chunk edges, both ends, and random spans."""
    spans = [
        (0, 1),
        (CHUNK - 1, 2),
        (CHUNK, CHUNK),
        (3 * CHUNK - 5, 2 * CHUNK + 10),
        (size - 1, 1),
        (size - 10, 100),  # runs past the end: a short read
        (size, 10),  # at the end: nothing
    ]
    rng = random.Random(seed)
    spans += [(rng.randrange(size), rng.randrange(1, 3 * CHUNK)) for _ in range(20)]
    return spans


def test_open_seekable_reads_age_file_at_random(age_tool, age_keys, plaintext, tmp_path):
    """`open_seekable` on a 1 MB file written by `age -r`: the size is known at
    once, every seek+read (chunk edges, the end, random spans) returns exactly the
    original bytes, and opening decrypts only the final chunk."""
    data = plaintext(SIZE, seed=30)
    ct = tmp_path / "ct.age"
    ct.write_bytes(age_tool.run("-r", age_keys[0].recipient, input=data).stdout)
    with ct.open("rb") as f:
        reader = age.open_seekable(f, _identities(age_keys[0].identity_file))
        assert reader.chunks_decrypted == 1, "opening must check only the final chunk"
        assert reader.size == SIZE
        for offset, length in _spans(SIZE, seed=31):
            reader.seek(offset)
            assert reader.read(length) == data[offset : offset + length], (offset, length)
        reader.seek(0)
        assert reader.read() == data


def test_open_seekable_touches_only_needed_chunks(age_tool, age_keys, plaintext, tmp_path):
    """A read through `open_seekable` on an age-made file decrypts only the
    chunks the read overlaps (a 2-byte read across a chunk edge: two chunks)."""
    data = plaintext(SIZE, seed=32)
    ct = tmp_path / "ct.age"
    ct.write_bytes(age_tool.run("-r", age_keys[1].recipient, input=data).stdout)
    with ct.open("rb") as f:
        reader = age.open_seekable(f, _identities(age_keys[1].identity_file), cache_chunks=1)
        before = reader.chunks_decrypted
        reader.seek(7 * CHUNK - 1)
        assert reader.read(2) == data[7 * CHUNK - 1 : 7 * CHUNK + 1]
        assert reader.chunks_decrypted - before == 2


def test_open_seekable_armored_age_file(age_tool, age_keys, plaintext):
    """`open_seekable` also opens an armored file from `age -a` (from memory)."""
    data = plaintext(200_000, seed=33)
    ct = age_tool.run("-a", "-r", age_keys[2].recipient, input=data).stdout
    reader = age.open_seekable(io.BytesIO(ct), _identities(age_keys[2].identity_file))
    reader.seek(150_000)
    assert reader.read(10_000) == data[150_000:160_000]


@pytest.mark.parametrize("kind", ["hybrid", "x25519"])
def test_open_seekable_js_file(age_js, js_keys, plaintext, tmp_path, kind):
    """`open_seekable` reads a file npm age-encryption wrote to a hybrid or X25519
    key (identity parsed from the JS-made identity string), at random offsets."""
    key = js_keys[kind]
    data = plaintext(300_007, seed=34)
    ct = tmp_path / "ct.age"
    ct.write_bytes(age_js.run("encrypt", "-r", key.recipient, input=data).stdout)
    with ct.open("rb") as f:
        reader = age.open_seekable(f, [age.parse_identity(key.secret)])
        assert reader.size == len(data)
        for offset, length in _spans(len(data), seed=35):
            reader.seek(offset)
            assert reader.read(length) == data[offset : offset + length], (offset, length)


def test_open_seekable_damaged_middle_chunk(age_tool, age_keys, plaintext, tmp_path):
    """In an age-made file with one damaged chunk, the seekable reader still
    serves the authentic chunks, and a read touching the damaged one raises
    DamagedFile (a typed error), never returning its bytes."""
    data = plaintext(SIZE, seed=36)
    ct = bytearray(age_tool.run("-r", age_keys[0].recipient, input=data).stdout)
    payload_start = len(ct) - (SIZE + 16 * 16)  # 16 chunks, each with a 16-byte tag
    ct[payload_start + 5 * (CHUNK + 16) + 100] ^= 0x80  # inside chunk 5
    reader = age.open_seekable(io.BytesIO(bytes(ct)), _identities(age_keys[0].identity_file))
    reader.seek(2 * CHUNK)
    assert reader.read(CHUNK) == data[2 * CHUNK : 3 * CHUNK]
    reader.seek(5 * CHUNK + 10)
    with pytest.raises(DamagedFile):
        reader.read(10)
    reader.seek(9 * CHUNK)
    assert reader.read(10) == data[9 * CHUNK : 9 * CHUNK + 10]


def test_open_seekable_truncated_age_file_fails_at_open(age_tool, age_keys, plaintext):
    """An age-made file cut short fails when opened seekably (the final chunk is
    checked first), with a typed error."""
    ct = age_tool.run("-r", age_keys[0].recipient, input=plaintext(SIZE, seed=37)).stdout
    with pytest.raises(VoiceError):
        age.open_seekable(io.BytesIO(ct[:-1000]), _identities(age_keys[0].identity_file))


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
def test_age_writer_in_odd_pieces_read_by_age(age_tool, age_keys, plaintext, armor):
    """`AgeWriter` fed in irregular pieces (1 byte, chunk-sized, straddling chunk
    edges) writes a file that `age -d` decrypts to the same bytes."""
    data = plaintext(3 * CHUNK + 12_345, seed=38)
    out = io.BytesIO()
    recipients = [age.parse_recipient(k.recipient) for k in age_keys]
    with age.AgeWriter(out, recipients, armor=armor) as writer:
        pos = 0
        for piece in [1, CHUNK - 1, CHUNK, 3, 70_000, len(data)]:
            writer.write(data[pos : pos + piece])
            pos += piece
    for key in age_keys:
        assert age_tool.run("-d", "-i", key.identity_file, input=out.getvalue()).stdout == data


def test_encrypt_bytes_hybrid_read_by_js(age_js, js_keys, voiceapp_keys, plaintext):
    """`encrypt_bytes` to hybrid recipients (a JS-made and a voiceapp-made key)
    makes a file npm age-encryption decrypts with either identity."""
    data = plaintext(65_537, seed=39)
    recipients = [age.parse_recipient(js_keys["hybrid"].recipient)]
    recipients.append(age.parse_recipient(voiceapp_keys["hybrid"].recipient))
    ct = age.encrypt_bytes(data, recipients)
    for key in (js_keys["hybrid"], voiceapp_keys["hybrid"]):
        assert age_js.run("decrypt", "-i", key.identity_file, input=ct).stdout == data


def test_decrypt_stream_progress_on_age_file(age_tool, age_keys, plaintext):
    """`decrypt_stream` of an age-made file reports progress up to the full size
    and writes exactly the original bytes."""
    data = plaintext(200_001, seed=40)
    ct = age_tool.run("-r", age_keys[1].recipient, input=data).stdout
    out = io.BytesIO()
    seen: list[int] = []
    n = age.decrypt_stream(
        io.BytesIO(ct), out, _identities(age_keys[1].identity_file), progress=seen.append
    )
    assert n == len(data) and out.getvalue() == data
    assert seen and seen[-1] == len(data) and seen == sorted(seen)


def test_load_identities_from_age_protected_file(
    age_tool, fresh_age_key, passphrase, plaintext, tmp_path
):
    """`load_identities` unlocks an identity file protected by `age -p` through
    the passphrase callback, and the identity opens an age-made file."""
    protected = tmp_path / "identity.age"
    code, screen = age_tool.run_tty(
        "-p",
        "-o",
        protected,
        fresh_age_key.identity_file,
        answers=[("leave empty to autogenerate", passphrase), ("Confirm passphrase:", passphrase)],
    )
    assert code == 0, screen
    asked: list[bool] = []

    def ask() -> bytes:
        asked.append(True)
        return passphrase.encode()

    identities = age.load_identities(protected.read_bytes(), ask)
    assert asked == [True]
    assert [i.recipient().to_string() for i in identities] == [fresh_age_key.recipient]
    data = plaintext(999, seed=41)
    ct = age_tool.run("-r", fresh_age_key.recipient, input=data).stdout
    assert age.decrypt_bytes(ct, identities) == data
