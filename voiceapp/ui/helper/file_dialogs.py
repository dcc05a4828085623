"""The three places the helper picks a file or folder (tests replace these).

Only ever for the helper's explicit choices: a file made elsewhere, a key card,
where to save the bundle, where to save a receipt. The young person never
meets a file dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def open_file(parent: QWidget, caption: str, filters: str) -> str:
    """A file to read, or "" when the helper changed their mind."""
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
    path, _ = QFileDialog.getOpenFileName(parent, caption, start, filters)
    return path


def choose_folder(parent: QWidget, caption: str) -> str:
    """A folder (a USB stick, or any folder) to save into, or ""."""
    return QFileDialog.getExistingDirectory(parent, caption)


def save_file(parent: QWidget, caption: str, suggested: str) -> str:
    """Where to save a receipt PDF, or ""."""
    path, _ = QFileDialog.getSaveFileName(
        parent, caption, suggested, QCoreApplication.translate("FileDialogs", "PDF (*.pdf)")
    )
    return path
