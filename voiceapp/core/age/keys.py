"""Key strings and key files: parsing, generation and the age-keygen format."""

from __future__ import annotations

from datetime import UTC, datetime

from ..errors import InvalidKey
from . import bech32
from .recipients import HybridIdentity, HybridRecipient, X25519Identity, X25519Recipient

AnyIdentity = HybridIdentity | X25519Identity
AnyRecipient = HybridRecipient | X25519Recipient

MAX_KEY_FILE_SIZE = 1 << 20


def parse_recipient(untrusted: str) -> AnyRecipient:
    """Parse an ``age1…`` (X25519) or ``age1pq1…`` (hybrid) recipient string."""
    hrp, data = bech32.decode(untrusted.strip())
    if hrp == HybridRecipient.HRP:
        return HybridRecipient(data)
    if hrp == X25519Recipient.HRP:
        return X25519Recipient(data)
    raise InvalidKey(f"unknown recipient type {hrp!r}")


def parse_identity(untrusted: str) -> AnyIdentity:
    """Parse an ``AGE-SECRET-KEY-1…`` or ``AGE-SECRET-KEY-PQ-1…`` identity string."""
    hrp, data = bech32.decode(untrusted.strip())
    if hrp == HybridIdentity.HRP:
        return HybridIdentity(data)
    if hrp == X25519Identity.HRP:
        return X25519Identity(data)
    raise InvalidKey("unknown identity type")


def _key_lines(untrusted_text: str) -> list[str]:
    if len(untrusted_text) > MAX_KEY_FILE_SIZE:
        raise InvalidKey("key file too large")
    out = []
    for raw in untrusted_text.split("\n"):
        line = raw.removesuffix("\r").strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def parse_identity_file(untrusted_text: str) -> list[AnyIdentity]:
    """Identities from text in the age-keygen format (``#`` comments allowed)."""
    identities = [parse_identity(line) for line in _key_lines(untrusted_text)]
    if not identities:
        raise InvalidKey("no identities in the file")
    return identities


def parse_recipients_file(untrusted_text: str) -> list[AnyRecipient]:
    recipients = [parse_recipient(line) for line in _key_lines(untrusted_text)]
    if not recipients:
        raise InvalidKey("no recipients in the file")
    return recipients


def generate_identity(classic: bool = False) -> AnyIdentity:
    """A new identity: hybrid post-quantum unless ``classic`` asks for X25519."""
    return X25519Identity.generate() if classic else HybridIdentity.generate()


def format_identity_file(identity: AnyIdentity, created: datetime | None = None) -> str:
    when = (created or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    return (
        f"# created: {when.strftime('%Y-%m-%dT%H:%M:%SZ')}\n"
        f"# public key: {identity.recipient().to_string()}\n"
        f"{identity.to_string()}\n"
    )
