"""The MLKEM768-X25519 hybrid KEM and HPKE base mode, against the reference vectors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from voiceapp.core.age import hpke

ALL = json.loads((Path(__file__).parent / "hpke_pq_vectors.json").read_text())
OURS = [v for v in ALL if v["kem_id"] == hpke.KEM_ID]


def h(s: str) -> bytes:
    return bytes.fromhex(s)


def test_vectors_present() -> None:
    """The reference file holds vectors for MLKEM768-X25519, including our HKDF-SHA256 suite."""
    assert len(OURS) >= 2
    assert any(v["kdf_id"] == hpke.KDF_ID and v["aead_id"] == hpke.AEAD_ID for v in OURS)


@pytest.mark.parametrize("v", OURS, ids=lambda v: f"kdf{v['kdf_id']}-aead{v['aead_id']}")
def test_derive_and_decapsulate(v: dict[str, str]) -> None:
    """DeriveKeyPair gives the vector's seed and public key; Decaps gives its shared secret."""
    seed = hpke.derive_seed(h(v["ikmR"]))
    assert seed == h(v["skRm"])
    key = hpke.expand_key(seed)
    assert key.ek == h(v["pkRm"])
    assert hpke.decaps(key, h(v["enc"])) == h(v["shared_secret"])


@pytest.mark.parametrize(
    "v",
    [v for v in OURS if v["kdf_id"] == hpke.KDF_ID and v["aead_id"] == hpke.AEAD_ID],
    ids=lambda v: "base",
)
def test_key_schedule_and_open(v: dict) -> None:  # type: ignore[type-arg]
    """The base-mode key schedule gives the vector's key and nonce, and opens its first message."""
    key, nonce = hpke.key_schedule(h(v["shared_secret"]), h(v["info"]))
    assert (key, nonce) == (h(v["key"]), h(v["base_nonce"]))
    first = v["encryptions"][0]
    assert first["nonce"] == v["base_nonce"]
    pt = ChaCha20Poly1305(key).decrypt(nonce, h(first["ct"]), h(first["aad"]))
    assert pt == h(first["pt"])


def test_seal_open_round_trip() -> None:
    """SealBase to a fresh key opens with OpenBase, and fails with another key."""
    key = hpke.expand_key(b"\x07" * 32)
    enc, ct = hpke.seal_base(key.ek, b"info", b"sixteen byte key")
    assert hpke.open_base(key, enc, b"info", ct) == b"sixteen byte key"
    with pytest.raises(hpke.OpenError):
        hpke.open_base(hpke.expand_key(b"\x08" * 32), enc, b"info", ct)


def test_low_order_share_is_refused() -> None:
    """An all-zero X25519 share (low order) is an error, not a silent zero secret."""
    key = hpke.expand_key(b"\x07" * 32)
    enc, _ = hpke.seal_base(key.ek, b"info", b"sixteen byte key")
    bad = enc[: hpke.MLKEM_CT_SIZE] + b"\x00" * 32
    with pytest.raises(hpke.KemError):
        hpke.decaps(key, bad)
