"""The inbox page: the .voice files in the chosen folder, new or opened."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from voiceapp.core.chair import ChairStore, InboxFile, scan
from voiceapp.ui.chair import dialogs, words
from voiceapp.ui.chair.common import MessageBar, button, label
from voiceapp.ui.flow_layout import FlowLayout
from voiceapp.ui.page_parts import FocusFirst
from voiceapp.ui.tasks import Task

PATH_ROLE = Qt.ItemDataRole.UserRole


class InboxPage(FocusFirst):
    """Lists the inbox folder; opening is by double-click, Enter, Open, Open file…, drop."""

    open_requested = Signal(str)

    def __init__(self, store: ChairStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.files: list[InboxFile] = []
        self.scan_task: Task | None = None
        self._rescan = False

        heading = label(self.tr("Inbox"), "heading")
        self.folder_label = label("", None)
        self.choose_folder_button = button(
            self.tr("Choose inbox folder…"),
            self.tr("Choose the folder where you save files that young people send you."),
        )
        self.choose_folder_button.clicked.connect(self._browse_folder)
        self.hint = label(
            self.tr(
                "Save the .voice files you receive (for example e-mail attachments) into this "
                "folder. New files appear here by themselves."
            ),
            "hint",
        )
        self.list = QTreeWidget(self)
        self.list.setColumnCount(5)
        self.list.setHeaderLabels(
            [
                self.tr("Status"),
                self.tr("Conference"),
                self.tr("Chosen name"),
                self.tr("Received"),
                self.tr("File"),
            ]
        )
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Files in the inbox"))
        self.list.setAccessibleDescription(
            self.tr("Press Enter or double-click to open the chosen file.")
        )
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemSelectionChanged.connect(self._selection)
        self.list.setMinimumHeight(240)
        self.empty = label("", "hint")

        self.open_button = button(self.tr("Open"), self.tr("Open the chosen file."))
        self.open_button.clicked.connect(self.open_selected)
        self.open_button.setEnabled(False)
        self.open_file_button = button(
            self.tr("Open file…"), self.tr("Open a .voice file from anywhere on this computer.")
        )
        self.open_file_button.clicked.connect(self._browse_file)
        self.refresh_button = button(
            self.tr("Look again"), self.tr("Look in the inbox folder for new files.")
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.drop_hint = label(
            self.tr("You can also drag a .voice file onto this window to open it."), "hint"
        )
        self.message = MessageBar(self)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_folder_button)
        buttons = FlowLayout(spacing=10)  # wraps at large text sizes
        buttons.add(self.open_button, self.open_file_button, self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(self.message)
        layout.addLayout(folder_row)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.drop_hint)
        self.first_focus = self.list  # not a focus proxy: that would trap Tab (see FocusFirst)

        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _p: self._soon.start())
        self._soon.setInterval(400)
        self._soon.timeout.connect(self.refresh)
        self._show_folder()

    # -- folder ----------------------------------------------------------------

    def _browse_folder(self) -> None:
        folder = dialogs.folder_path(
            self, self.tr("Choose your inbox folder"), self.store.folder or str(Path.home())
        )
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        self.store.set_folder(folder)
        self._show_folder()

    def _show_folder(self) -> None:
        folder = self.store.folder
        for watched in self.watcher.directories():
            self.watcher.removePath(watched)
        if folder:
            text = self.tr("Inbox folder: %1").replace("%1", folder)
            if Path(folder).is_dir():
                self.watcher.addPath(folder)
        else:
            text = self.tr("No inbox folder chosen yet.")
        self.folder_label.setText(text)
        self.folder_label.setAccessibleName(text)
        self.refresh()

    # -- listing ---------------------------------------------------------------

    def refresh(self) -> None:
        """Look in the folder again (on a worker thread)."""
        folder = self.store.folder
        if not folder:
            self._fill([])
            self.empty.setText(
                self.tr("Choose the folder where you save files from e-mails, or open a file.")
            )
            return
        if self.scan_task is not None and self.scan_task.running:
            self._rescan = True
            return

        def work(progress: Any, cancelled: Any) -> list[InboxFile]:
            return scan(folder, cancelled)

        task = Task(work, self)
        self.scan_task = task
        task.succeeded.connect(self._fill)
        task.failed.connect(self._scan_failed)
        task.finished.connect(self._scanned)
        task.start()

    def _scanned(self) -> None:
        if self._rescan:
            self._rescan = False
            self.refresh()

    def _scan_failed(self, error: BaseException) -> None:
        self._fill([])
        self.message.show_error(error)

    def _fill(self, files: list[InboxFile]) -> None:
        selected = self.selected_path()
        self.files = files
        self.list.clear()
        bold = QFont()
        bold.setBold(True)
        for f in files:
            entry = self.store.entry(f.key)
            received = words.short_date(dt.date.fromtimestamp(f.modified))
            if entry is None:
                cells = [self.tr("New"), "", "", received, f.name]
            else:
                date = dt.date.fromisoformat(entry["conference_date"])
                cells = [
                    self.tr("Opened"),
                    words.short_date(date),
                    entry.get("name") or words.no_name(),
                    received,
                    f.name,
                ]
            row = QTreeWidgetItem(cells)
            row.setData(0, PATH_ROLE, str(f.path))
            if entry is None:
                for c in range(5):
                    row.setFont(c, bold)
            row.setToolTip(4, str(f.path))
            self.list.addTopLevelItem(row)
            if str(f.path) == selected:
                row.setSelected(True)
                self.list.setCurrentItem(row)
        if self.store.folder:
            self.empty.setText(
                self.tr("There are no .voice files in the inbox folder yet.") if not files else ""
            )
        self.empty.setVisible(bool(self.empty.text()))
        self._selection()

    def row_for(self, path: str | Path) -> QTreeWidgetItem | None:
        for i in range(self.list.topLevelItemCount()):
            row = self.list.topLevelItem(i)
            if row is not None and row.data(0, PATH_ROLE) == str(path):
                return row
        return None

    def status_of(self, path: str | Path) -> str | None:
        row = self.row_for(path)
        return row.text(0) if row is not None else None

    def selected_path(self) -> str | None:
        items = self.list.selectedItems()
        return str(items[0].data(0, PATH_ROLE)) if items else None

    def _selection(self) -> None:
        self.open_button.setEnabled(self.selected_path() is not None)

    # -- opening ---------------------------------------------------------------

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        self.open_requested.emit(str(row.data(0, PATH_ROLE)))

    def open_selected(self) -> None:
        path = self.selected_path()
        if path:
            self.open_requested.emit(path)

    def _browse_file(self) -> None:
        path = dialogs.open_path(
            self,
            self.tr("Open a file from a young person"),
            self.tr("My Voice files (*.voice);;All files (*)"),
            self.store.folder or "",
        )
        if path:
            self.open_requested.emit(path)
