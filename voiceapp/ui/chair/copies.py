"""Saving plain copies of chosen items to a folder (with a clear warning)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from voiceapp.core.atomic import atomic_write
from voiceapp.core.bundle import Item
from voiceapp.core.bundle.media import KINDS
from voiceapp.core.chair import OpenedBundle
from voiceapp.core.errors import Cancelled
from voiceapp.ui.chair import words
from voiceapp.ui.chair.common import MessageBar, button, label
from voiceapp.ui.flow_layout import FlowLayout
from voiceapp.ui.page_parts import FocusFirst

ID_ROLE = Qt.ItemDataRole.UserRole
_UNSAFE = re.compile(r"[^\w\- ]+", re.UNICODE)


def copy_name(n: int, item: Item, chair_only_tag: str) -> str:
    """A file name that says what the item is, with nothing that could escape the folder."""
    title = _UNSAFE.sub("", item.display_title).strip()[:60] or item.kind
    tag = f" ({chair_only_tag})" if item.chair_only else ""
    ext = KINDS[item.kind].media_types[item.media_type]
    return f"{n:02d} {title}{tag}.{ext}"


def save_copies(
    opened: OpenedBundle,
    item_ids: list[str],
    folder: Path,
    chair_only_tag: str,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """Write the chosen items to ``folder`` (never over an existing file). Worker thread."""
    written: list[Path] = []
    numbers = {it.id: n for n, it in enumerate(opened.manifest.items, 1)}
    for item_id in item_ids:
        if cancelled is not None and cancelled():
            raise Cancelled()
        item = opened.item(item_id)
        name = copy_name(numbers[item_id], item, chair_only_tag)
        target = folder / name
        k = 2
        while target.exists():
            target = folder / f"{Path(name).stem} ({k}){Path(name).suffix}"
            k += 1
        stream = opened.stream(item_id)
        with atomic_write(target, 0o600, overwrite=False) as f:
            pos = 0
            while True:
                block = stream.read_at(pos, 1 << 20)
                if not block:
                    break
                f.write(block)
                pos += len(block)
            if pos != stream.size:  # the file was closed meanwhile: no partial copy
                raise Cancelled()
        written.append(target)
    return written


class CopiesPanel(FocusFirst):
    """Tick the things to copy, read the warning, choose a folder."""

    back_requested = Signal()
    save_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = label(self.tr("Save a copy of chosen things"), "heading")
        warning = label(
            self.tr(
                "Copies are not encrypted. Anyone who can open the folder you choose can see "
                "them. Save them only where your case records are kept safe, and delete them "
                "when they are no longer needed."
            )
        )
        warning.setProperty("tone", "warning")
        self.warning = warning
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Things to copy"))
        self.list.setAccessibleDescription(self.tr("Press Space to tick or untick a thing."))
        self.save_button = button(
            self.tr("Choose folder and save…"), self.tr("Choose a folder and save the copies.")
        )
        self.save_button.clicked.connect(self._save)
        self.back_button = button(self.tr("Back"), self.tr("Go back to the things."))
        self.back_button.clicked.connect(self.back_requested)
        self.message = MessageBar(self)
        row = FlowLayout(spacing=10)  # wraps at large text sizes
        row.add(self.back_button, self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(warning)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.first_focus = self.list  # not a focus proxy: that would trap Tab (see FocusFirst)

    def set_items(self, items: tuple[Item, ...]) -> None:
        self.list.clear()
        self.message.clear_message()
        for n, it in enumerate(items, 1):
            text = (
                f"{n}. {it.display_title or words.kind_name(it.kind)} — "
                f"{words.kind_name(it.kind)} · {words.audience_short(it.chair_only)}"
            )
            row = QListWidgetItem(text)
            row.setData(ID_ROLE, it.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(row)

    def chosen(self) -> list[str]:
        out = []
        for i in range(self.list.count()):
            row = self.list.item(i)
            if row.checkState() == Qt.CheckState.Checked:
                out.append(str(row.data(ID_ROLE)))
        return out

    def set_chosen(self, item_ids: list[str]) -> None:
        for i in range(self.list.count()):
            row = self.list.item(i)
            state = (
                Qt.CheckState.Checked if row.data(ID_ROLE) in item_ids else Qt.CheckState.Unchecked
            )
            row.setCheckState(state)

    def _save(self) -> None:
        chosen = self.chosen()
        if not chosen:
            self.message.show_message(self.tr("Tick at least one thing to copy."), "error")
            return
        self.save_requested.emit(chosen)
