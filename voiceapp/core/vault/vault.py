"""The encrypted vault on the helper's (or chair's, or young person's) laptop.

Layout under the data folder (owner-only)::

    vault.lock                     held while the app has the vault open
    profile.json                   {"format", "version", "kind", "created"}: nothing personal
    identity.age                   the profile identity, passphrase-protected (as age -p makes it)
    keys.age                       every case's own identity, encrypted to the profile
    cases/<case>/case.age          the case details, encrypted to the case key
    cases/<case>/items/<item>.age  each item (details + content), encrypted to the case key
    records/<name>.age             profile-level JSON (a chair's inbox state, notes...),
                                   encrypted to the profile

Case keys live only in ``keys.age``, never beside the case. Deleting a case
rewrites the keyring without its key first, so the case's files, and any copy
of them made earlier, can no longer be decrypted with anything the vault
holds: crypto-shredding. (Old blocks of the keyring itself may survive on a
flash disk; the operating system's disk encryption is the answer to that.)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from .. import age
from ..atomic import atomic_write
from . import records
from .cases import Case, CaseDetails
from .items import ItemInfo, now
from .lock import VaultLock
from .passphrase import check_passphrase
from .paths import default_root, make_private_dir

FORMAT = "voiceapp-vault"
VERSION = 1
KINDS = ("helper", "young-person", "chair")
DEFAULT_WORK_FACTOR = 18
_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"
_RECORD_NAME = re.compile(r"\A[a-z0-9-]{1,40}\Z")


def new_id() -> str:
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(12))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Vault:
    """Open with ``Vault(root)``; ``create`` or ``unlock`` before use; ``close`` at the end."""

    def __init__(self, root: Path | None = None, work_factor: int = DEFAULT_WORK_FACTOR) -> None:
        self.root = Path(root) if root is not None else default_root()
        make_private_dir(self.root)
        self._lock: VaultLock | None = VaultLock(self.root / "vault.lock")
        for stale in self.root.rglob(".*.part"):  # writes cut short by a crash: ciphertext only
            stale.unlink(missing_ok=True)
        self._work_factor = work_factor
        self._identity: age.AnyIdentity | None = None
        self._keys: dict[str, age.AnyIdentity] | None = None

    # -- profile -------------------------------------------------------------

    @property
    def exists(self) -> bool:
        return (self.root / "identity.age").exists()

    @property
    def kind(self) -> str:
        raw = json.loads((self.root / "profile.json").read_text(encoding="utf-8"))
        return str(raw["kind"])

    @property
    def unlocked(self) -> bool:
        return self._identity is not None

    @property
    def identity(self) -> age.AnyIdentity:
        if self._identity is None:
            raise PermissionError("the vault is locked")
        return self._identity

    def create(self, kind: str, passphrase: str, identity: age.AnyIdentity | None = None) -> None:
        """Make a new profile (hybrid identity unless one is given); leaves it unlocked."""
        if kind not in KINDS:
            raise ValueError("unknown profile kind")
        if self.exists:
            raise FileExistsError("this vault already has a profile")
        secret = check_passphrase(passphrase)
        identity = identity or age.generate_identity()
        with atomic_write(self.root / "profile.json", 0o600) as f:
            profile = {"format": FORMAT, "version": VERSION, "kind": kind, "created": now()}
            f.write(json.dumps(profile).encode())
        with atomic_write(self.root / "identity.age", 0o600) as f:
            f.write(age.identity_file_bytes(identity, secret, self._work_factor))
        make_private_dir(self.root / "cases")
        self._identity = identity

    def unlock(self, passphrase: str) -> None:
        """Load the identity into memory (``WrongPassphrase`` if it is not right)."""
        data = (self.root / "identity.age").read_bytes()
        identities = age.load_identities(data, lambda: passphrase.encode("utf-8"))
        self._identity = identities[0]

    def lock(self) -> None:
        """Forget every key held in memory."""
        self._identity = None
        self._keys = None

    def change_passphrase(self, old: str, new: str) -> None:
        self.unlock(old)
        secret = check_passphrase(new)
        with atomic_write(self.root / "identity.age", 0o600) as f:
            f.write(age.identity_file_bytes(self.identity, secret, self._work_factor))

    def destroy(self) -> None:
        """Delete the profile and everything kept here (a forgotten passphrase).

        The keys go first, so nothing left on the disk can be opened; the lock
        stays held, and the vault is then as new (``exists`` is False).
        """
        self.lock()
        for name in ("keys.age", "identity.age"):
            (self.root / name).unlink(missing_ok=True)
        _fsync_dir(self.root)
        for path in self.root.iterdir():
            if path.name == "vault.lock":
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        _fsync_dir(self.root)

    def close(self) -> None:
        self.lock()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- profile-level records ---------------------------------------------------

    def _record_path(self, name: str) -> Path:
        if not _RECORD_NAME.match(name):
            raise ValueError("record names are 1-40 of a-z, 0-9 and -")
        return self.root / "records" / f"{name}.age"

    def save_record(self, name: str, value: Any) -> None:
        """Keep a JSON value encrypted to the profile, written atomically."""
        recipient = self.identity.recipient()
        make_private_dir(self.root / "records", private_from=self.root)
        records.write_json(self._record_path(name), value, [recipient])

    def load_record(self, name: str, default: Any = None) -> Any:
        path = self._record_path(name)
        if not path.exists():
            self.identity  # noqa: B018 - still refuse while locked
            return default
        return records.read_json(path, [self.identity])

    # -- cases -----------------------------------------------------------------

    def _case_dir(self, case_id: str) -> Path:
        if len(case_id) != 12 or set(case_id) - set(_ID_ALPHABET):
            raise ValueError("malformed case id")
        return self.root / "cases" / case_id

    def _keyring(self) -> dict[str, age.AnyIdentity]:
        if self._keys is None:
            identity = self.identity  # raises when locked
            path = self.root / "keys.age"
            raw = records.read_json(path, [identity]) if path.exists() else {}
            self._keys = {cid: age.parse_identity(text) for cid, text in raw.items()}
        return self._keys

    def _save_keyring(self, keys: dict[str, age.AnyIdentity]) -> None:
        text = {cid: key.to_string() for cid, key in keys.items()}
        records.write_json(self.root / "keys.age", text, [self.identity.recipient()])
        self._keys = keys

    def _case_key(self, case_id: str) -> age.AnyIdentity:
        key = self._keyring().get(case_id)
        if key is None:
            raise KeyError(f"no case {case_id}")
        return key

    def case_folder(self, case_id: str) -> Path:
        """The case's own folder, for modules that keep encrypted files there
        (recording segments); it all goes when the case is deleted."""
        return self._case_dir(case_id)

    def case_key(self, case_id: str) -> age.AnyIdentity:
        """The case's key (raises while locked, KeyError for an unknown case)."""
        return self._case_key(case_id)

    def add_case(self, details: CaseDetails) -> Case:
        case_id = new_id()
        key = age.HybridIdentity.generate()
        self._save_keyring({**self._keyring(), case_id: key})
        folder = self._case_dir(case_id)
        make_private_dir(folder / "items", private_from=self.root)
        records.write_json(folder / "case.age", details.to_json(), [key.recipient()])
        return Case(case_id, details)

    def update_case(self, case: Case) -> None:
        key = self._case_key(case.id)
        records.write_json(
            self._case_dir(case.id) / "case.age", case.details.to_json(), [key.recipient()]
        )

    def get_case(self, case_id: str) -> Case:
        raw = records.read_json(self._case_dir(case_id) / "case.age", [self._case_key(case_id)])
        return Case(case_id, CaseDetails.from_json(raw))

    def case_ids(self) -> list[str]:
        return sorted(cid for cid in self._keyring() if (self._case_dir(cid) / "case.age").exists())

    def list_cases(self) -> list[Case]:
        return [self.get_case(case_id) for case_id in self.case_ids()]

    def delete_case(self, case_id: str) -> None:
        """Forget the case key first (crypto-shredding), then remove the files."""
        folder = self._case_dir(case_id)
        keys = dict(self._keyring())
        keys.pop(case_id, None)
        self._save_keyring(keys)
        shutil.rmtree(folder, ignore_errors=True)
        _fsync_dir(folder.parent)

    def apply_retention(self, today: dt.date | None = None) -> list[str]:
        """Delete every case whose delete-after date has come; returns their ids."""
        today = today or dt.date.today()
        gone = [c.id for c in self.list_cases() if c.details.deletion_date <= today]
        for case_id in gone:
            self.delete_case(case_id)
        return gone

    def due_soon(self, today: dt.date | None = None, days: int = 3) -> list[Case]:
        """Cases that will be deleted within ``days``: tell the helper beforehand."""
        today = today or dt.date.today()
        return [c for c in self.list_cases() if 0 < c.details.days_until_deletion(today) <= days]

    # -- items -------------------------------------------------------------------

    def _item_path(self, case_id: str, item_id: str) -> Path:
        if len(item_id) != 12 or set(item_id) - set(_ID_ALPHABET):
            raise ValueError("malformed item id")
        return self._case_dir(case_id) / "items" / f"{item_id}.age"

    def new_item(
        self, case_id: str, kind: str, title: str, content: bytes, **info: Any
    ) -> ItemInfo:
        stamp = now()
        item = ItemInfo(new_id(), kind, title, stamp, stamp, size=len(content), **info)
        self.save_item(case_id, item, content)
        return item

    def save_item(self, case_id: str, item: ItemInfo, content: bytes) -> ItemInfo:
        """Write an item atomically: afterwards the file is either all old or all new."""
        item = item.with_changes(updated=now(), size=len(content))
        key = self._case_key(case_id)
        records.write_item(
            self._item_path(case_id, item.id), item.to_json(), content, [key.recipient()]
        )
        return item

    def update_item_info(self, case_id: str, item: ItemInfo) -> ItemInfo:
        """Change an item's details (title, audience...) and keep its content."""
        _, content = self.read_item(case_id, item.id)
        return self.save_item(case_id, item, content)

    def items(self, case_id: str) -> list[ItemInfo]:
        key = self._case_key(case_id)
        folder = self._case_dir(case_id) / "items"
        out = []
        for path in sorted(folder.glob("*.age")):
            out.append(ItemInfo.from_json(records.read_item_details(path, [key])))
        return sorted(out, key=lambda i: i.created)

    def read_item(self, case_id: str, item_id: str) -> tuple[ItemInfo, bytes]:
        key = self._case_key(case_id)
        raw, content = records.read_item(self._item_path(case_id, item_id), [key])
        return ItemInfo.from_json(raw), content

    @contextlib.contextmanager
    def open_item(self, case_id: str, item_id: str) -> Iterator[tuple[ItemInfo, BinaryIO]]:
        """Details, and a seekable reader that decrypts only what is read (for sending
        large recordings without holding them in memory twice)."""
        key = self._case_key(case_id)
        with records.open_item(self._item_path(case_id, item_id), [key]) as (raw, content):
            yield ItemInfo.from_json(raw), content

    def delete_item(self, case_id: str, item_id: str) -> None:
        path = self._item_path(case_id, item_id)
        path.unlink(missing_ok=True)
        _fsync_dir(path.parent)

    def iter_item_files(self) -> Iterator[Path]:
        yield from (self.root / "cases").glob("*/items/*.age")
