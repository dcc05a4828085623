"""The chair's home: the inbox, the opened file, and the key page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from voiceapp.core.chair import ChairStore
from voiceapp.core.chair.inbox import SUFFIX
from voiceapp.core.vault import Vault
from voiceapp.ui.chair.common import button, label
from voiceapp.ui.chair.inbox import InboxPage
from voiceapp.ui.chair.keypage import KeyPage
from voiceapp.ui.chair.style import chair_style_sheet
from voiceapp.ui.chair.viewer import ViewerPage
from voiceapp.ui.flow_layout import FlowLayout


def dropped_files(mime: QMimeData) -> list[str]:
    """The local ``.voice`` files in a drag."""
    if not mime.hasUrls():
        return []
    return [
        u.toLocalFile()
        for u in mime.urls()
        if u.isLocalFile() and u.toLocalFile().lower().endswith(SUFFIX)
    ]


class ChairHome(QWidget):
    """For an unlocked chair vault. ``open_file(path)`` opens a bundle from anywhere."""

    lock_requested = Signal()
    _store_error = Signal(object)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chairHome")
        self.setStyleSheet(chair_style_sheet())
        self.setAccessibleName(self.tr("Conference chair"))
        self.setAcceptDrops(True)
        self.vault = vault
        self.store = ChairStore(vault, on_error=self._store_error.emit)

        self.title = label(self.tr("My Voice for conference chairs"), "subheading")
        self.inbox_button = button(self.tr("Inbox"), self.tr("The files young people sent you."))
        self.key_button = button(self.tr("My key"), self.tr("Your key card, and backups."))
        self.lock_button = button(self.tr("Lock"), self.tr("Close what is open and lock My Voice."))
        self.inbox_button.clicked.connect(self.show_inbox)
        self.key_button.clicked.connect(self.show_key)
        self.lock_button.clicked.connect(self.lock)
        bar = FlowLayout(spacing=10)  # wraps at large text sizes
        bar.setContentsMargins(16, 8, 16, 0)
        bar.add(self.title, None, self.inbox_button, self.key_button, self.lock_button)

        self.inbox = InboxPage(self.store, self)
        self.viewer = ViewerPage(self.store, vault.identity, self)
        self.key_page = KeyPage(self.store, vault.identity, self)
        self.pages = QStackedWidget(self)
        self.key_area = QScrollArea(self)
        self.key_area.setWidgetResizable(True)
        self.key_area.setFrameShape(QFrame.Shape.NoFrame)
        self.key_area.setWidget(self.key_page)
        for page in (self.inbox, self.viewer, self.key_area):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

        self.inbox.open_requested.connect(self.open_file)
        self.viewer.failed.connect(self._open_failed)
        self.viewer.closed.connect(self._viewer_closed)
        self.viewer.verified.connect(self.inbox.refresh)
        self._store_error.connect(self.inbox.message.show_error)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.prepare_to_lock)
        self.show_inbox()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.setStyleSheet(chair_style_sheet())  # Text and colours changed: follow it
        return super().event(event)

    def setFocus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        """Focus the page on show (not a focus proxy, which would trap Tab)."""
        page = self.pages.currentWidget() or self.inbox
        (self.key_page if page is self.key_area else page).setFocus(reason)

    # -- pages -------------------------------------------------------------------

    def show_inbox(self) -> None:
        if self.viewer.opened is not None and self.pages.currentWidget() is self.key_area:
            self.pages.setCurrentWidget(self.viewer)
            return
        self.pages.setCurrentWidget(self.inbox)
        self.inbox.setFocus()

    def show_key(self) -> None:
        self.pages.setCurrentWidget(self.key_area)
        self.key_page.setFocus()

    def open_file(self, path: str | Path) -> None:
        """Open a bundle: its summary at once, its items once checked."""
        self.inbox.message.clear_message()
        self.pages.setCurrentWidget(self.viewer)
        self.viewer.open(path)
        self.viewer.setFocus()

    def _open_failed(self, error: BaseException) -> None:
        self.pages.setCurrentWidget(self.inbox)
        self.inbox.message.show_error(error)
        self.inbox.refresh()

    def _viewer_closed(self) -> None:
        self.pages.setCurrentWidget(self.inbox)
        self.inbox.refresh()
        self.inbox.setFocus()

    @property
    def busy(self) -> bool:
        """True while a summary, copies or a key backup is being written (the window
        waits for that before locking); checking a file is simply stopped."""
        tasks = (self.viewer.work_task, self.key_page.task)
        return any(t is not None and t.running for t in tasks)

    def prepare_to_lock(self) -> None:
        """Close the open file and write the chair's marks and notes (before the vault
        is locked for any reason: the Lock button, an idle lock, quitting)."""
        self.viewer.close_bundle(quiet=True)
        self.store.flush()

    def lock(self) -> None:
        """The Lock button: ``prepare_to_lock``, then ask to be locked."""
        self.prepare_to_lock()
        self.lock_requested.emit()

    # -- drag and drop (the "Open file…" button does the same) -----------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.open_file(files[0])
        else:
            event.ignore()
