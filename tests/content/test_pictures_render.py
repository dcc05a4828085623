"""Every content picture renders with Qt's SVG renderer, and is not blank.

This module starts a QApplication (offscreen); the other content tests never do.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from tests.content.helpers import REPO

PICTURES = sorted((REPO / "assets" / "content" / "pictures").glob("*.svg"))


def _render(path: str, width: int, height: int) -> QImage:
    renderer = QSvgRenderer(path)
    assert renderer.isValid(), path
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def test_every_picture_renders_and_is_not_blank(qapp: QApplication) -> None:
    """Each SVG is valid for QSvgRenderer and fills its frame with a real picture:
    mostly opaque, with several colours, and detail beyond its background."""
    assert len(PICTURES) >= 19
    for path in PICTURES:
        renderer = QSvgRenderer(str(path))
        box = renderer.viewBoxF()
        width, height = round(box.width()), round(box.height())
        image = _render(str(path), width, height)
        colours: dict[int, int] = {}
        opaque = 0
        for y in range(0, height, 3):
            for x in range(0, width, 3):
                pixel = image.pixel(x, y)
                if (pixel >> 24) == 0xFF:
                    opaque += 1
                colours[pixel] = colours.get(pixel, 0) + 1
        samples = len(range(0, height, 3)) * len(range(0, width, 3))
        assert opaque > 0.85 * samples, path.name
        assert len(colours) >= 8, path.name
        background = max(colours.values())
        assert background < 0.9 * samples, path.name  # something is drawn on it
