"""HPKE base mode (RFC 9180) with the MLKEM768-X25519 hybrid KEM.

Follows ../shared/specs/hpke-pq.md: KEM id 0x647a, HKDF-SHA256, and
ChaCha20-Poly1305, which is the only suite the age ``mlkem768x25519`` stanza
uses. Every primitive comes from ``cryptography``; this module only wires
them together as the specification says.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.mlkem import (
    MLKEM768PrivateKey,
    MLKEM768PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from .primitives import hmac_sha256, sha3_256, shake256

KEM_ID = 0x647A
KDF_ID = 0x0001  # HKDF-SHA256
AEAD_ID = 0x0003  # ChaCha20Poly1305
LABEL = b"\\.//^\\"

SEED_SIZE = 32  # Nsk
MLKEM_EK_SIZE = 1184
MLKEM_CT_SIZE = 1088
X25519_SIZE = 32
PUBLIC_KEY_SIZE = MLKEM_EK_SIZE + X25519_SIZE  # Npk = 1216
ENC_SIZE = MLKEM_CT_SIZE + X25519_SIZE  # Nenc = 1120


class KemError(ValueError):
    """A share was unusable (for example an X25519 low-order point)."""


class OpenError(ValueError):
    """The HPKE ciphertext did not authenticate."""


@dataclass(frozen=True)
class ExpandedKey:
    ek: bytes
    dk_pq: MLKEM768PrivateKey
    dk_t: X25519PrivateKey

    @property
    def ek_t(self) -> bytes:
        return self.ek[MLKEM_EK_SIZE:]


def expand_key(seed: bytes) -> ExpandedKey:
    if len(seed) != SEED_SIZE:
        raise ValueError("hybrid seed must be 32 bytes")
    seed_full = shake256(seed, 64 + 32)
    dk_pq = MLKEM768PrivateKey.from_seed_bytes(seed_full[:64])
    dk_t = X25519PrivateKey.from_private_bytes(seed_full[64:96])
    ek = dk_pq.public_key().public_bytes_raw() + dk_t.public_key().public_bytes_raw()
    return ExpandedKey(ek, dk_pq, dk_t)


def derive_seed(ikm: bytes) -> bytes:
    """DeriveKeyPair's seed: SHAKE256.LabeledDerive(ikm, "DeriveKeyPair", "", Nsk)."""
    label = b"DeriveKeyPair"
    labeled_ikm = (
        ikm
        + b"HPKE-v1"
        + b"KEM"
        + KEM_ID.to_bytes(2, "big")
        + len(label).to_bytes(2, "big")
        + label
        + SEED_SIZE.to_bytes(2, "big")
    )
    return shake256(labeled_ikm, SEED_SIZE)


def _x25519(private: X25519PrivateKey, untrusted_public: bytes) -> bytes:
    try:
        return private.exchange(X25519PublicKey.from_public_bytes(untrusted_public))
    except ValueError:
        # cryptography refuses an all-zero result (a low-order point).
        raise KemError("X25519 share is a low-order point") from None


def _combine(ss_pq: bytes, ss_t: bytes, ct_t: bytes, ek_t: bytes) -> bytes:
    return sha3_256(ss_pq + ss_t + ct_t + ek_t + LABEL)


def encaps(ek: bytes) -> tuple[bytes, bytes]:
    if len(ek) != PUBLIC_KEY_SIZE:
        raise ValueError("hybrid public key must be 1216 bytes")
    ek_pq, ek_t = ek[:MLKEM_EK_SIZE], ek[MLKEM_EK_SIZE:]
    ss_pq, ct_pq = MLKEM768PublicKey.from_public_bytes(ek_pq).encapsulate()
    sk_e = X25519PrivateKey.from_private_bytes(os.urandom(X25519_SIZE))
    ct_t = sk_e.public_key().public_bytes_raw()
    ss_t = _x25519(sk_e, ek_t)
    return _combine(ss_pq, ss_t, ct_t, ek_t), ct_pq + ct_t


def decaps(key: ExpandedKey, untrusted_enc: bytes) -> bytes:
    if len(untrusted_enc) != ENC_SIZE:
        raise KemError("hybrid enc must be 1120 bytes")
    ct_pq, ct_t = untrusted_enc[:MLKEM_CT_SIZE], untrusted_enc[MLKEM_CT_SIZE:]
    ss_pq = key.dk_pq.decapsulate(ct_pq)
    ss_t = _x25519(key.dk_t, ct_t)
    return _combine(ss_pq, ss_t, ct_t, key.ek_t)


# -- HPKE key schedule (RFC 9180 section 5.1), base mode ------------------

_SUITE_ID = (
    b"HPKE" + KEM_ID.to_bytes(2, "big") + KDF_ID.to_bytes(2, "big") + AEAD_ID.to_bytes(2, "big")
)


def _labeled_extract(salt: bytes, label: bytes, ikm: bytes) -> bytes:
    return hmac_sha256(salt or b"\x00" * 32, b"HPKE-v1" + _SUITE_ID + label + ikm)


def _labeled_expand(prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    labeled_info = length.to_bytes(2, "big") + b"HPKE-v1" + _SUITE_ID + label + info
    # HKDF-Expand (RFC 5869) for length <= 32 is a single HMAC block.
    assert length <= 32
    return hmac_sha256(prk, labeled_info + b"\x01")[:length]


def key_schedule(shared_secret: bytes, info: bytes) -> tuple[bytes, bytes]:
    """Returns (key, base_nonce) for base mode."""
    psk_id_hash = _labeled_extract(b"", b"psk_id_hash", b"")
    info_hash = _labeled_extract(b"", b"info_hash", info)
    context = b"\x00" + psk_id_hash + info_hash
    secret = _labeled_extract(shared_secret, b"secret", b"")
    key = _labeled_expand(secret, b"key", context, 32)
    base_nonce = _labeled_expand(secret, b"base_nonce", context, 12)
    return key, base_nonce


def seal_base(ek: bytes, info: bytes, plaintext: bytes) -> tuple[bytes, bytes]:
    """SealBase with an empty aad: returns (enc, ciphertext)."""
    ss, enc = encaps(ek)
    key, nonce = key_schedule(ss, info)
    return enc, ChaCha20Poly1305(key).encrypt(nonce, plaintext, b"")


def open_base(key_pair: ExpandedKey, untrusted_enc: bytes, info: bytes, ciphertext: bytes) -> bytes:
    """OpenBase with an empty aad; raises KemError or OpenError."""
    ss = decaps(key_pair, untrusted_enc)
    key, nonce = key_schedule(ss, info)
    try:
        return ChaCha20Poly1305(key).decrypt(nonce, ciphertext, b"")
    except InvalidTag:
        raise OpenError("hpke: ciphertext did not authenticate") from None
