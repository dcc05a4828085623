"""The official age test suite, through the library API.

Every vector must behave as the suite says: successes give exactly the
payload hash; every failure fails, with the kind of error the suite names;
for payload failures the plaintext released before the error matches the hash.
"""

from __future__ import annotations

import hashlib
import io

import pytest

from voiceapp.core import age
from voiceapp.core.errors import (
    DamagedFile,
    NewerVersion,
    NoMatchingKey,
    NotAnAgeFile,
    VoiceError,
    WorkFactorTooHigh,
    WrongPassphrase,
)

from .testkit import Vector, all_vectors

VECTORS = all_vectors()

# What each of the suite's outcomes may be reported as.
EXPECTED_ERRORS: dict[str, tuple[type[VoiceError], ...]] = {
    "header failure": (DamagedFile, NotAnAgeFile, NewerVersion, WorkFactorTooHigh),
    "HMAC failure": (DamagedFile,),
    "armor failure": (DamagedFile, NotAnAgeFile),
    "payload failure": (DamagedFile,),
    "no match": (NoMatchingKey, WrongPassphrase),
}


def identities(v: Vector) -> list[age.Identity]:
    out: list[age.Identity] = [age.parse_identity(i) for i in v.identities]
    out += [age.ScryptIdentity(p.encode()) for p in v.passphrases]
    return out


def test_suite_is_complete() -> None:
    """All 143 official vectors are present, and every outcome kind is covered."""
    assert len(VECTORS) == 143
    assert {v.expect for v in VECTORS} == {"success", *EXPECTED_ERRORS}


@pytest.mark.parametrize("v", VECTORS, ids=lambda v: v.name)
def test_vector_streaming(v: Vector) -> None:
    """Front-to-back decryption matches the suite: payload hash and error kind."""
    released = hashlib.sha256()
    try:
        reader = age.AgeReader(io.BytesIO(v.file), identities(v))
        for chunk in reader.chunks():
            released.update(chunk)
    except VoiceError as e:
        assert v.expect != "success", f"{v.name}: unexpected {e!r}"
        assert isinstance(e, EXPECTED_ERRORS[v.expect]), f"{v.name}: {v.expect}, got {e!r}"
        if v.expect == "payload failure":
            assert released.hexdigest() == v.payload_sha256
        return
    assert v.expect == "success", f"{v.name}: expected {v.expect}, but it decrypted"
    assert released.hexdigest() == v.payload_sha256


@pytest.mark.parametrize("v", [v for v in VECTORS if v.expect == "success"], ids=lambda v: v.name)
def test_vector_seekable(v: Vector) -> None:
    """The seekable reader gives the same plaintext for every success vector."""
    reader = age.open_seekable(io.BytesIO(v.file), identities(v))
    assert hashlib.sha256(reader.read()).hexdigest() == v.payload_sha256


@pytest.mark.parametrize(
    "v",
    [v for v in VECTORS if v.expect not in ("success", "payload failure")],
    ids=lambda v: v.name,
)
def test_vector_seekable_rejects(v: Vector) -> None:
    """The seekable reader refuses every header, MAC, armor and key failure before reading."""
    with pytest.raises(EXPECTED_ERRORS[v.expect]):
        age.open_seekable(io.BytesIO(v.file), identities(v))


@pytest.mark.parametrize(
    "v", [v for v in VECTORS if v.expect == "payload failure"], ids=lambda v: v.name
)
def test_vector_seekable_payload_failure(v: Vector) -> None:
    """Reading a damaged payload through the seekable reader fails; nothing unverified comes out."""
    with pytest.raises(DamagedFile):
        reader = age.open_seekable(io.BytesIO(v.file), identities(v))
        reader.read()
