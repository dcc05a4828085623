"""Identity files, plain or protected by a passphrase.

A protected identity file is an age file with a single scrypt stanza whose
payload is the identity text, exactly as ``age-keygen | age -p`` makes it.
The decrypted text only ever lives in memory.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import InvalidKey
from .armor import looks_armored
from .crypt import decrypt_bytes, encrypt_bytes
from .header import VERSION_PREFIX
from .keys import MAX_KEY_FILE_SIZE, AnyIdentity, format_identity_file, parse_identity_file
from .recipients import DEFAULT_WORK_FACTOR, ScryptIdentity, ScryptRecipient

PassphraseSource = Callable[[], bytes]


def is_protected(untrusted: bytes) -> bool:
    return untrusted.startswith(VERSION_PREFIX) or looks_armored(untrusted[:1100])


def load_identities(
    untrusted: bytes, passphrase: PassphraseSource | None = None
) -> list[AnyIdentity]:
    """Identities from the bytes of an identity file.

    ``passphrase`` is asked only when the file is protected.
    """
    if len(untrusted) > MAX_KEY_FILE_SIZE:
        raise InvalidKey("identity file too large")
    if is_protected(untrusted):
        if passphrase is None:
            raise InvalidKey("the identity file is protected with a passphrase")
        untrusted = decrypt_bytes(untrusted, [ScryptIdentity(passphrase())])
    try:
        text = untrusted.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidKey("identity file is not text") from None
    return parse_identity_file(text)


def protect(
    text: str, passphrase: bytes, work_factor: int = DEFAULT_WORK_FACTOR, armor: bool = False
) -> bytes:
    """The identity text encrypted to ``passphrase`` (an age scrypt file)."""
    return encrypt_bytes(text.encode("utf-8"), [ScryptRecipient(passphrase, work_factor)], armor)


def identity_file_bytes(
    identity: AnyIdentity,
    passphrase: bytes | None = None,
    work_factor: int = DEFAULT_WORK_FACTOR,
    armor: bool = False,
) -> bytes:
    text = format_identity_file(identity)
    if passphrase is None:
        return text.encode("ascii")
    return protect(text, passphrase, work_factor, armor)


__all__ = ["identity_file_bytes", "is_protected", "load_identities", "protect"]
