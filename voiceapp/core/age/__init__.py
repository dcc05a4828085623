"""The age v1 file format (https://age-encryption.org/v1) on ``cryptography``.

Public API:

* Keys: ``generate_identity(classic=False)``, ``parse_identity``,
  ``parse_recipient``, ``parse_identity_file``, ``parse_recipients_file``,
  ``format_identity_file``; classes ``HybridIdentity``/``HybridRecipient``
  (mlkem768x25519, the default), ``X25519Identity``/``X25519Recipient``,
  ``ScryptIdentity``/``ScryptRecipient`` (passphrase; alone in its file).
* Identity files: ``load_identities(bytes, passphrase_callback)``,
  ``identity_file_bytes(identity, passphrase=None)``.
* Writing: ``AgeWriter(dst, recipients, armor=False)`` (``write``,
  ``write_from``, ``close``; a context manager), ``encrypt_stream``,
  ``encrypt_bytes``.
* Reading: ``AgeReader(src, identities)`` (front to back; ``chunks()``),
  ``open_seekable(src, identities)`` (seekable, verifies the end first),
  ``decrypt_stream``, ``decrypt_bytes``. Armor is detected automatically.

Long calls take ``progress(bytes_done)`` and ``cancel() -> bool`` callbacks.
Failures raise the typed errors of ``voiceapp.core.errors``.
"""

from .crypt import (
    AgeReader,
    AgeWriter,
    decrypt_bytes,
    decrypt_stream,
    encrypt_bytes,
    encrypt_stream,
    mixes_quantum_safety,
    open_seekable,
)
from .identity_file import identity_file_bytes, load_identities
from .keys import (
    AnyIdentity,
    AnyRecipient,
    format_identity_file,
    generate_identity,
    parse_identity,
    parse_identity_file,
    parse_recipient,
    parse_recipients_file,
)
from .recipients import (
    HybridIdentity,
    HybridRecipient,
    Identity,
    Recipient,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
)
from .stream import PayloadSeekableReader

__all__ = [
    "AgeReader",
    "AgeWriter",
    "AnyIdentity",
    "AnyRecipient",
    "HybridIdentity",
    "HybridRecipient",
    "Identity",
    "PayloadSeekableReader",
    "Recipient",
    "ScryptIdentity",
    "ScryptRecipient",
    "X25519Identity",
    "X25519Recipient",
    "decrypt_bytes",
    "decrypt_stream",
    "encrypt_bytes",
    "encrypt_stream",
    "format_identity_file",
    "generate_identity",
    "identity_file_bytes",
    "load_identities",
    "mixes_quantum_safety",
    "open_seekable",
    "parse_identity",
    "parse_identity_file",
    "parse_recipient",
    "parse_recipients_file",
]
