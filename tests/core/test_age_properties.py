"""Property tests of the age engine: round trips, tamper evidence, and seeking."""

from __future__ import annotations

import io
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from voiceapp.core import age
from voiceapp.core.age.stream import CHUNK_SIZE
from voiceapp.core.errors import VoiceError

X = age.X25519Identity.generate()
PQ = age.HybridIdentity.generate()
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

sizes = st.one_of(
    st.integers(0, 3 * CHUNK_SIZE + 17),
    st.sampled_from(
        [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 2 * CHUNK_SIZE + 1]
    ),
)


@SETTINGS
@given(size=sizes, armor=st.booleans(), pq=st.booleans(), write_size=st.integers(1, 3 * CHUNK_SIZE))
def test_round_trip(size: int, armor: bool, pq: bool, write_size: int) -> None:
    """Whatever the size and however it is written, decryption gives back exactly the input."""
    identity: age.Identity = PQ if pq else X
    data = os.urandom(size)
    out = io.BytesIO()
    with age.AgeWriter(out, [identity.recipient()], armor=armor) as w:  # type: ignore[attr-defined]
        for i in range(0, size, write_size):
            w.write(data[i : i + write_size])
    assert age.decrypt_bytes(out.getvalue(), [identity]) == data


@SETTINGS
@given(size=sizes)
def test_write_from_matches_write(size: int) -> None:
    """Encrypting by pulling from a source gives a file that decrypts to the same bytes."""
    data = os.urandom(size)
    out = io.BytesIO()
    n = age.encrypt_stream(io.BytesIO(data), out, [X.recipient()])
    assert n == size
    assert age.decrypt_bytes(out.getvalue(), [X]) == data


def _encrypted(size: int) -> tuple[bytes, bytes]:
    data = os.urandom(size)
    return data, age.encrypt_bytes(data, [X.recipient()])


@SETTINGS
@given(size=st.integers(0, 2 * CHUNK_SIZE + 100), where=st.floats(0, 1), bit=st.integers(0, 7))
def test_any_changed_byte_is_rejected(size: int, where: float, bit: int) -> None:
    """Changing any bit anywhere in an encrypted file makes it fail to open."""
    _, enc = _encrypted(size)
    i = min(int(where * len(enc)), len(enc) - 1)
    bad = bytearray(enc)
    bad[i] ^= 1 << bit
    with pytest.raises(VoiceError):
        age.decrypt_bytes(bytes(bad), [X])


@SETTINGS
@given(size=st.integers(0, 2 * CHUNK_SIZE + 100), where=st.floats(0, 1))
def test_any_removed_byte_is_rejected(size: int, where: float) -> None:
    """Removing any one byte of an encrypted file makes it fail to open."""
    _, enc = _encrypted(size)
    i = min(int(where * len(enc)), len(enc) - 1)
    with pytest.raises(VoiceError):
        age.decrypt_bytes(enc[:i] + enc[i + 1 :], [X])


@SETTINGS
@given(size=st.integers(0, 2 * CHUNK_SIZE + 100), where=st.floats(0, 1), byte=st.integers(0, 255))
def test_any_added_byte_is_rejected(size: int, where: float, byte: int) -> None:
    """Inserting any byte anywhere in an encrypted file (end included) makes it fail to open."""
    _, enc = _encrypted(size)
    i = int(where * len(enc))
    with pytest.raises(VoiceError):
        age.decrypt_bytes(enc[:i] + bytes([byte]) + enc[i:], [X])


SEEK_DATA = os.urandom(5 * CHUNK_SIZE + 1234)
SEEK_FILE = age.encrypt_bytes(SEEK_DATA, [X.recipient()])


@SETTINGS
@given(
    moves=st.lists(
        st.tuples(
            st.integers(0, len(SEEK_DATA) + 10),
            st.integers(0, CHUNK_SIZE),
            st.sampled_from([0, 1, 2]),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_seeking_reads_exactly_and_decrypts_little(moves: list[tuple[int, int, int]]) -> None:
    """Seeks forwards and backwards read exactly the plaintext, decrypting at most 2 chunks each."""
    reader = age.open_seekable(io.BytesIO(SEEK_FILE), [X], cache_chunks=1)
    for target, length, whence in moves:
        if whence == 0:
            pos = reader.seek(target)
        elif whence == 1:
            pos = reader.seek(target - reader.tell(), io.SEEK_CUR)
        else:
            pos = reader.seek(target - len(SEEK_DATA), io.SEEK_END)
        assert pos == target
        before = reader.chunks_decrypted
        got = reader.read(length)
        assert got == SEEK_DATA[target : target + length]
        assert reader.chunks_decrypted - before <= 2
