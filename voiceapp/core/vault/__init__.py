"""Encrypted storage on the laptop: profile, cases (one per young person), items.

``Vault(root)`` takes the single-instance lock; ``create(kind, passphrase)``
or ``unlock(passphrase)`` loads the profile identity into memory; cases and
items are encrypted to a per-case key. See vault.py for the layout.
"""

from .cases import Case, CaseDetails
from .items import ItemInfo
from .passphrase import MIN_LENGTH, check_passphrase
from .paths import default_root
from .vault import Vault

__all__ = [
    "MIN_LENGTH",
    "Case",
    "CaseDetails",
    "ItemInfo",
    "Vault",
    "check_passphrase",
    "default_root",
]
