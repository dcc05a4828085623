"""File dialogs in one place, so that tests can answer them (monkeypatch these)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget


def open_path(parent: QWidget, title: str, name_filter: str, folder: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, name_filter)
    return path or None


def save_path(parent: QWidget, title: str, suggested: str, name_filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return path or None


def folder_path(parent: QWidget, title: str, folder: str = "") -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title, folder)
    return path or None
