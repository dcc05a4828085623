"""Saving what the young person makes into the vault, as they go.

Each open piece of work (a drawing, a letter, the feelings page...) is a
:class:`Draft`. Its editor hands over the whole thing as bytes after each change;
:meth:`ItemSaver.save` writes it as one vault item, encrypted, on the vault's job
queue (never on the GUI thread). The first save makes the item; later saves
replace its content atomically. While one save of a draft is running, newer bytes
wait, and only the newest is written next: nothing is written twice for nothing,
and the last change always lands.

Nothing here touches the disk except through the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from PySide6.QtCore import QObject, Signal

from voiceapp.core.vault import ItemInfo, Vault
from voiceapp.ui.vault_jobs import VaultJobs


@dataclass(eq=False)
class Draft:
    """One piece of work being made or changed."""

    kind: str
    title: str
    item: ItemInfo | None = None  # None until its first save
    extra: dict[str, Any] = field(default_factory=dict)  # details for a new item
    waiting: bytes | None = None  # newer bytes, to write after the running save
    saving: bool = False
    after_save: Callable[[ItemInfo], None] | None = None  # once, after the next save


class ItemSaver(QObject):
    """Writes drafts of one case into the vault, newest bytes last."""

    saved = Signal(object)  # ItemInfo, after each save
    failed = Signal(object)  # the exception, when the vault refused a save
    idle = Signal()  # nothing waiting or being written

    def __init__(
        self, vault: Vault, jobs: VaultJobs, case_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = jobs
        self._case_id = case_id
        self._busy: set[int] = set()

    @property
    def busy(self) -> bool:
        return bool(self._busy)

    def save(self, draft: Draft, data: bytes) -> None:
        """Write ``data`` as the draft's content (now, or after the save under way)."""
        if draft.saving:
            draft.waiting = data
            return
        draft.saving = True
        self._busy.add(id(draft))
        vault, case_id = self._vault, self._case_id
        item, kind, title, extra = draft.item, draft.kind, draft.title, dict(draft.extra)

        def work(_progress: Any, _cancelled: Any) -> ItemInfo:
            if item is None:
                return vault.new_item(case_id, kind, title, data, **extra)
            return vault.save_item(case_id, item, data)

        self._jobs.run(
            work,
            lambda result: self._done(draft, cast(ItemInfo, result)),
            lambda error: self._refused(draft, error),
        )

    def _done(self, draft: Draft, item: ItemInfo) -> None:
        draft.item = item
        then, draft.after_save = draft.after_save, None
        if then is not None:
            then(item)
        self._next(draft)
        self.saved.emit(item)

    def _refused(self, draft: Draft, error: BaseException) -> None:
        self._next(draft)
        self.failed.emit(error)

    def _next(self, draft: Draft) -> None:
        draft.saving = False
        waiting, draft.waiting = draft.waiting, None
        if waiting is not None:
            self.save(draft, waiting)
            return
        self._busy.discard(id(draft))
        if not self._busy:
            self.idle.emit()
