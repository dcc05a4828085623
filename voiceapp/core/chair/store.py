"""The chair's own state, kept as records encrypted to the chair in the vault.

Records (see ``Vault.save_record``)::

    chair-profile        {"name", "organisation"}: for the key card
    chair-inbox          {"folder", "files": {file key: {"name", "conference_date",
                          "reference", "items", "opened", "file_name"}}}
    chair-b-<file key>   {"items": {item id: {"read", "shared", "played", "note"}}}

Nothing is recorded about a bundle until it has been fully verified, so a
damaged or foreign file leaves nothing behind. Writes go to one background
thread that always writes the latest value of each record (several quick
changes cost one write); ``flush`` waits for it, and is called before the
vault is locked.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from ..bundle import Manifest
from ..vault import Vault

INBOX = "chair-inbox"
PROFILE = "chair-profile"
MAX_NOTE = 20_000


@dataclass
class ItemMarks:
    read: bool = False
    shared: bool = False
    played: bool = False
    note: str = ""

    @classmethod
    def from_json(cls, raw: Any) -> ItemMarks:
        if not isinstance(raw, dict):
            return cls()
        return cls(
            read=raw.get("read") is True,
            shared=raw.get("shared") is True,
            played=raw.get("played") is True,
            note=str(raw.get("note", ""))[:MAX_NOTE],
        )


class BundleMarks:
    """Read / shared / played marks and private notes for the items of one bundle."""

    def __init__(self, store: ChairStore, key: str, raw: Any) -> None:
        self._store = store
        self.key = key
        items = raw.get("items", {}) if isinstance(raw, dict) else {}
        self._items = {str(k): ItemMarks.from_json(v) for k, v in items.items()}

    def get(self, item_id: str) -> ItemMarks:
        return self._items.setdefault(item_id, ItemMarks())

    def set(self, item_id: str, **changes: Any) -> ItemMarks:
        marks = self.get(item_id)
        for name, value in changes.items():
            if name not in ItemMarks.__dataclass_fields__:
                raise TypeError(f"no mark {name!r}")
            if name == "note":
                value = str(value)[:MAX_NOTE]
            setattr(marks, name, value)
        self._store._queue(
            _marks_record(self.key), {"items": {k: asdict(v) for k, v in self._items.items()}}
        )
        return marks


def _marks_record(key: str) -> str:
    return f"chair-b-{key}"


class ChairStore:
    """The chair's records in an unlocked vault."""

    def __init__(self, vault: Vault, on_error: Callable[[BaseException], None] | None = None):
        self._vault = vault
        self.on_error = on_error
        inbox = vault.load_record(INBOX, {})
        self._inbox: dict[str, Any] = inbox if isinstance(inbox, dict) else {}
        self._inbox.setdefault("files", {})
        profile = vault.load_record(PROFILE, {})
        self._profile: dict[str, Any] = profile if isinstance(profile, dict) else {}
        self._pending: dict[str, Any] = {}
        self._cond = threading.Condition()
        self._busy = False
        self._thread: threading.Thread | None = None

    # -- inbox -----------------------------------------------------------------

    @property
    def folder(self) -> str | None:
        folder = self._inbox.get("folder")
        return folder if isinstance(folder, str) and folder else None

    def set_folder(self, folder: str) -> None:
        self._inbox["folder"] = folder
        self._queue(INBOX, self._inbox)

    def entry(self, key: str) -> dict[str, Any] | None:
        """What is known about an opened (verified) file, or None for a new one."""
        found = self._inbox["files"].get(key)
        return found if isinstance(found, dict) else None

    def is_opened(self, key: str) -> bool:
        return self.entry(key) is not None

    def record_opened(self, key: str, manifest: Manifest, file_name: str) -> None:
        """Remember a verified bundle: its chosen name and conference date."""
        self._inbox["files"][key] = {
            "name": manifest.display_name,
            "conference_date": manifest.conference_date.isoformat(),
            "reference": manifest.reference,
            "items": len(manifest.items),
            "file_name": file_name,
            "opened": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        self._queue(INBOX, self._inbox)

    def marks(self, key: str) -> BundleMarks:
        return BundleMarks(self, key, self._vault.load_record(_marks_record(key), {}))

    # -- profile (for the key card) ----------------------------------------------

    @property
    def name(self) -> str:
        return str(self._profile.get("name", ""))

    @property
    def organisation(self) -> str:
        return str(self._profile.get("organisation", ""))

    def set_card_details(self, name: str, organisation: str) -> None:
        self._profile.update(name=name, organisation=organisation)
        self._queue(PROFILE, self._profile)

    # -- writing -----------------------------------------------------------------

    def _queue(self, name: str, value: Any) -> None:
        snapshot = _copy(value)
        with self._cond:
            self._pending[name] = snapshot
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._writer, name="chair-records", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()

    def _writer(self) -> None:
        while True:
            with self._cond:
                while not self._pending:
                    self._busy = False
                    self._cond.notify_all()
                    self._cond.wait()
                name, value = next(iter(self._pending.items()))
                del self._pending[name]
                self._busy = True
            try:
                self._vault.save_record(name, value)
            except BaseException as e:  # reported; the next change tries again
                if self.on_error is not None:
                    self.on_error(e)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every change is written; False if that took too long."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._pending and not self._busy, timeout)


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value
