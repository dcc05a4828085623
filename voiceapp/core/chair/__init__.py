"""The conference chair's side, without Qt: keys, the inbox, an opened bundle.

* ``keys``: make a chair key, back it up under a recovery passphrase,
  restore it, import an existing age identity file.
* ``inbox``: the ``.voice`` files in a folder, each known by a key derived
  from its bytes (so renaming a file does not make it "new" again).
* ``store``: the chair's own state (inbox folder, opened files, per-item
  marks and private notes), kept as encrypted records in the vault.
* ``session``: an opened bundle that several threads may read at once.
* ``summary``: what goes into the summary for the record (both versions).
"""

from .inbox import InboxFile, file_key, scan
from .keys import backup_bytes, backup_file_name, import_identity, make_identity, restore_backup
from .session import ItemStream, OpenedBundle
from .store import BundleMarks, ChairStore, ItemMarks
from .summary import Feeling, House, HouseEntry, SummaryPlan, parse_feelings, parse_houses, plan

__all__ = [
    "BundleMarks",
    "ChairStore",
    "Feeling",
    "House",
    "HouseEntry",
    "InboxFile",
    "ItemMarks",
    "ItemStream",
    "OpenedBundle",
    "SummaryPlan",
    "backup_bytes",
    "backup_file_name",
    "file_key",
    "import_identity",
    "make_identity",
    "parse_feelings",
    "parse_houses",
    "plan",
    "restore_backup",
    "scan",
]
