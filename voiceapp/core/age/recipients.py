"""The native recipient types: mlkem768x25519 (hybrid), X25519 and scrypt.

A *recipient* wraps a file key into stanzas; an *identity* recognises its own
stanzas and unwraps them. Identities ignore stanzas of other types, reject
malformed stanzas of their own type (``DamagedFile``), and return ``None``
when a well-formed stanza is simply not for them.
"""

from __future__ import annotations

import os
import re
from functools import cached_property
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..errors import DamagedFile, InvalidKey, InvalidPassphrase, WorkFactorTooHigh
from . import b64, bech32, hpke
from .header import Stanza
from .primitives import FILE_KEY_SIZE, hkdf_sha256

_ZERO_NONCE = b"\x00" * 12
_WRAPPED_SIZE = FILE_KEY_SIZE + 16

HYBRID_TYPE = "mlkem768x25519"
HYBRID_INFO = b"age-encryption.org/mlkem768x25519"
X25519_TYPE = "X25519"
X25519_INFO = b"age-encryption.org/v1/X25519"
SCRYPT_TYPE = "scrypt"
SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
DEFAULT_WORK_FACTOR = 18
MAX_WORK_FACTOR = 22
_DECIMAL = re.compile(r"\A[1-9][0-9]*\Z")


class Recipient(Protocol):
    def wrap(self, file_key: bytes) -> list[Stanza]: ...


class Identity(Protocol):
    def unwrap(self, stanzas: list[Stanza]) -> bytes | None: ...


def _bad(reason: str) -> DamagedFile:
    return DamagedFile(f"malformed stanza: {reason}")


def _arg_bytes(untrusted: str, size: int, what: str) -> bytes:
    try:
        value = b64.decode(untrusted.encode("ascii"))
    except b64.Base64Error:
        raise _bad(f"{what} is not canonical base64") from None
    if len(value) != size:
        raise _bad(f"{what} has the wrong length")
    return value


def _open_wrapped(key: bytes, body: bytes) -> bytes | None:
    try:
        return ChaCha20Poly1305(key).decrypt(_ZERO_NONCE, body, None)
    except InvalidTag:
        return None


# -- X25519 -----------------------------------------------------------------


class X25519Recipient:
    HRP = "age"

    def __init__(self, public: bytes) -> None:
        if len(public) != 32:
            raise InvalidKey("X25519 recipient must be 32 bytes")
        self.public = public

    def to_string(self) -> str:
        return bech32.encode(self.HRP, self.public)

    def wrap(self, file_key: bytes) -> list[Stanza]:
        ephemeral = X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(self.public))
        wrap_key = hkdf_sha256(shared, share + self.public, X25519_INFO)
        body = ChaCha20Poly1305(wrap_key).encrypt(_ZERO_NONCE, file_key, None)
        return [Stanza(X25519_TYPE, [b64.encode(share).decode("ascii")], body)]


class X25519Identity:
    HRP = "age-secret-key-"

    def __init__(self, secret: bytes) -> None:
        if len(secret) != 32:
            raise InvalidKey("X25519 identity must be 32 bytes")
        self._secret = secret
        self._key = X25519PrivateKey.from_private_bytes(secret)

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(os.urandom(32))

    def to_string(self) -> str:
        return bech32.encode(self.HRP, self._secret).upper()

    def recipient(self) -> X25519Recipient:
        return X25519Recipient(self._key.public_key().public_bytes_raw())

    def unwrap(self, stanzas: list[Stanza]) -> bytes | None:
        ours = self.recipient().public
        for s in stanzas:
            if s.type != X25519_TYPE:
                continue
            if len(s.args) != 1:
                raise _bad("X25519 stanza needs exactly one argument")
            share = _arg_bytes(s.args[0], 32, "X25519 share")
            if len(s.body) != _WRAPPED_SIZE:
                raise _bad("X25519 body has the wrong length")
            try:
                shared = self._key.exchange(X25519PublicKey.from_public_bytes(share))
            except ValueError:
                raise _bad("X25519 share is a low-order point") from None
            wrap_key = hkdf_sha256(shared, share + ours, X25519_INFO)
            file_key = _open_wrapped(wrap_key, s.body)
            if file_key is not None:
                return file_key
        return None


# -- mlkem768x25519 (hybrid post-quantum) -----------------------------------


class HybridRecipient:
    HRP = "age1pq"

    def __init__(self, public: bytes) -> None:
        if len(public) != hpke.PUBLIC_KEY_SIZE:
            raise InvalidKey("hybrid recipient must be 1216 bytes")
        self.public = public

    def to_string(self) -> str:
        return bech32.encode(self.HRP, self.public)

    def wrap(self, file_key: bytes) -> list[Stanza]:
        enc, body = hpke.seal_base(self.public, HYBRID_INFO, file_key)
        return [Stanza(HYBRID_TYPE, [b64.encode(enc).decode("ascii")], body)]


class HybridIdentity:
    HRP = "age-secret-key-pq-"

    def __init__(self, seed: bytes) -> None:
        if len(seed) != hpke.SEED_SIZE:
            raise InvalidKey("hybrid identity must be 32 bytes")
        self._seed = seed

    @classmethod
    def generate(cls) -> HybridIdentity:
        return cls(os.urandom(hpke.SEED_SIZE))

    @cached_property
    def _expanded(self) -> hpke.ExpandedKey:
        return hpke.expand_key(self._seed)

    def to_string(self) -> str:
        return bech32.encode(self.HRP, self._seed).upper()

    def recipient(self) -> HybridRecipient:
        return HybridRecipient(self._expanded.ek)

    def unwrap(self, stanzas: list[Stanza]) -> bytes | None:
        for s in stanzas:
            if s.type != HYBRID_TYPE:
                continue
            if len(s.args) != 1:
                raise _bad("mlkem768x25519 stanza needs exactly one argument")
            enc = _arg_bytes(s.args[0], hpke.ENC_SIZE, "mlkem768x25519 enc")
            if len(s.body) != _WRAPPED_SIZE:
                raise _bad("mlkem768x25519 body has the wrong length")
            try:
                return hpke.open_base(self._expanded, enc, HYBRID_INFO, s.body)
            except hpke.KemError:
                raise _bad("mlkem768x25519 share is unusable") from None
            except hpke.OpenError:
                continue
        return None


# -- scrypt (passphrase) ------------------------------------------------------


def _check_passphrase(passphrase: bytes) -> bytes:
    if not passphrase:
        raise InvalidPassphrase()
    return passphrase


def _scrypt(passphrase: bytes, salt: bytes, log_n: int) -> bytes:
    kdf = Scrypt(salt=SCRYPT_LABEL + salt, length=32, n=1 << log_n, r=8, p=1)
    return kdf.derive(passphrase)


class ScryptRecipient:
    def __init__(self, passphrase: bytes, work_factor: int = DEFAULT_WORK_FACTOR) -> None:
        if not 1 <= work_factor <= 30:
            raise ValueError("scrypt work factor out of range")
        self._passphrase = _check_passphrase(passphrase)
        self.work_factor = work_factor

    def wrap(self, file_key: bytes) -> list[Stanza]:
        salt = os.urandom(16)
        key = _scrypt(self._passphrase, salt, self.work_factor)
        body = ChaCha20Poly1305(key).encrypt(_ZERO_NONCE, file_key, None)
        return [
            Stanza(SCRYPT_TYPE, [b64.encode(salt).decode("ascii"), str(self.work_factor)], body)
        ]


class ScryptIdentity:
    def __init__(self, passphrase: bytes, max_work_factor: int = MAX_WORK_FACTOR) -> None:
        self._passphrase = _check_passphrase(passphrase)
        self.max_work_factor = max_work_factor

    def unwrap(self, stanzas: list[Stanza]) -> bytes | None:
        for s in stanzas:
            if s.type != SCRYPT_TYPE:
                continue
            if len(s.args) != 2:
                raise _bad("scrypt stanza needs exactly two arguments")
            salt = _arg_bytes(s.args[0], 16, "scrypt salt")
            if not _DECIMAL.match(s.args[1]):
                raise _bad("scrypt work factor is not a plain decimal number")
            log_n = int(s.args[1])
            if log_n > self.max_work_factor:
                raise WorkFactorTooHigh(f"work factor {log_n}")
            if len(s.body) != _WRAPPED_SIZE:
                raise _bad("scrypt body has the wrong length")
            file_key = _open_wrapped(_scrypt(self._passphrase, salt, log_n), s.body)
            if file_key is not None:
                return file_key
        return None
