"""Fixtures for the drawing tests: a canvas at full size (1920 × 1080) shown at
half size, so one widget pixel is two picture pixels, and a whole drawing panel
in a 1280 × 800 window. Sounds never reach a speaker here; autosave waits only
50 ms so tests are quick.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from voiceapp.ui.draw import DrawCanvas, DrawPanel, DrawSounds

WHITE = 0xFFFFFFFF


def pixels(image: QImage) -> np.ndarray:
    """The picture as a (height, width) array of 0xAARRGGBB numbers (a copy)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), dtype=np.uint32)
    rows = data.reshape(image.height(), image.bytesPerLine() // 4)
    return rows[:, : image.width()].copy()


def argb(colour: str) -> int:
    """``#RRGGBB`` as the 0xFFRRGGBB number ``pixels`` gives."""
    return 0xFF000000 | int(colour[1:], 16)


def widget_point(canvas: DrawCanvas, x: float, y: float) -> QPoint:
    """The widget pixel that shows picture point (x, y)."""
    return canvas.to_widget(QPointF(x, y)).toPoint()


@pytest.fixture
def canvas(qtbot: QtBot, themed_app: QApplication) -> Iterator[DrawCanvas]:
    """A 1920 × 1080 canvas shown 960 × 540 (scale one half)."""
    made = DrawCanvas(sounds=DrawSounds(speaker=False), autosave_ms=50)
    qtbot.addWidget(made)
    made.setFixedSize(960, 540)
    made.show()
    qtbot.waitExposed(made)
    yield made


@pytest.fixture
def panel(qtbot: QtBot, themed_app: QApplication) -> Iterator[DrawPanel]:
    """The whole drawing panel, shown and active in a 1280 × 800 window."""
    made = DrawPanel(sounds=DrawSounds(speaker=False), autosave_ms=50)
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    qtbot.waitExposed(made)
    made.activateWindow()
    qtbot.waitActive(made)
    yield made
