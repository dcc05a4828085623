"""The keyboard, for the recording pages' keyboard-only tests: what has the focus,
press a key there, and Tab until a control is reached."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(key: Qt.Key) -> None:
    widget = focused()
    assert widget is not None, "something has the keyboard focus"
    QTest.keyClick(widget, key)


def tab_to(target: QWidget, most: int = 10) -> list[str]:
    """Press Tab until ``target`` has the focus; the names of the stops on the way."""
    stops = []
    for _ in range(most):
        if focused() is target:
            return stops
        press(Qt.Key.Key_Tab)
        widget = focused()
        stops.append(widget.accessibleName() if widget is not None else "")
    assert focused() is target, f"Tab never reached {target.accessibleName()}: {stops}"
    return stops
