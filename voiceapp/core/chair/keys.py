"""The chair's key: make one, back it up, restore it, or bring one in.

A backup is an armored age file protected by a *recovery* passphrase (an
scrypt stanza, exactly as ``age -p -a`` makes it) whose payload is the
identity in the age-keygen format. So a backup can also be opened by the
reference tool: ``age -d chair-key-backup.age > key.txt``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from .. import age
from ..age.identity_file import is_protected, protect
from ..age.recipients import DEFAULT_WORK_FACTOR
from ..errors import InvalidKey
from ..vault.passphrase import check_passphrase

BACKUP_HEADING = "# My Voice: backup of a conference chair's key\n"
MAX_IDENTITY_FILE = age.keys.MAX_KEY_FILE_SIZE


def make_identity(compatible: bool = False) -> age.AnyIdentity:
    """A new chair key: hybrid post-quantum, or X25519 for older age tools."""
    return age.generate_identity(classic=compatible)


def backup_bytes(
    identity: age.AnyIdentity, recovery_passphrase: str, work_factor: int = DEFAULT_WORK_FACTOR
) -> bytes:
    """The key, encrypted to ``recovery_passphrase`` (which must pass the rule)."""
    secret = check_passphrase(recovery_passphrase)
    text = BACKUP_HEADING + age.format_identity_file(identity)
    return protect(text, secret, work_factor, armor=True)


def backup_file_name(today: dt.date | None = None) -> str:
    return f"my-voice-chair-key-backup-{(today or dt.date.today()).isoformat()}.age"


def restore_backup(untrusted: bytes, recovery_passphrase: str) -> age.AnyIdentity:
    """The key from a backup (``WrongPassphrase`` if the passphrase is not right)."""
    if not is_protected(untrusted):
        raise InvalidKey("a backup is always protected by a passphrase")
    return import_identity(untrusted, lambda: recovery_passphrase.encode("utf-8"))


def needs_passphrase(untrusted: bytes) -> bool:
    """Whether an identity file is protected (and so needs its passphrase)."""
    return is_protected(untrusted)


def import_identity(
    untrusted: bytes, passphrase: Callable[[], bytes] | None = None
) -> age.AnyIdentity:
    """The first identity in an age identity file, plain or passphrase-protected."""
    if len(untrusted) > MAX_IDENTITY_FILE:
        raise InvalidKey("identity file too large")
    identities = age.load_identities(untrusted, passphrase)
    return identities[0]


__all__ = [
    "BACKUP_HEADING",
    "DEFAULT_WORK_FACTOR",
    "backup_bytes",
    "backup_file_name",
    "import_identity",
    "make_identity",
    "needs_passphrase",
    "restore_backup",
]
