"""A picture from an SVG file, drawn sharp at any size and never stretched."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget


class SvgPicture(QWidget):
    """Draws one SVG picture, scaled to fit and centred, keeping its shape.

    The pictures have no words in them (docs/content.md), so there is nothing to
    read aloud or translate; the text beside a picture says what it shows.
    """

    def __init__(
        self, path: Path | None = None, width: int = 400, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.renderer = QSvgRenderer(self)
        self._width = width
        self.path: Path | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        if path is not None:
            self.set_path(path)

    def set_path(self, path: Path) -> None:
        """Show the picture in ``path`` (an SVG file that ships with the app)."""
        self.path = path
        self.renderer.load(str(path))
        self.updateGeometry()
        self.update()

    def set_width(self, width: int) -> None:
        """The width the picture would like to have (it shrinks if it must)."""
        self._width = width
        self.updateGeometry()

    def aspect(self) -> float:
        """Height divided by width of the picture (3:4 until one is loaded)."""
        size = self.renderer.defaultSize()
        if not self.renderer.isValid() or size.width() <= 0:
            return 0.75
        return size.height() / size.width()

    def sizeHint(self) -> QSize:
        return QSize(self._width, round(self._width * self.aspect()))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._width // 2, round(self._width * self.aspect()))

    def is_blank(self) -> bool:
        """True if there is no picture to draw (no file, or a file Qt cannot read)."""
        return not self.renderer.isValid()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.is_blank():
            return
        area = QRectF(self.rect())
        scale = min(area.width(), area.height() / self.aspect())
        width, height = scale, scale * self.aspect()
        target = QRectF(
            area.x() + (area.width() - width) / 2,
            area.y() + (area.height() - height) / 2,
            width,
            height,
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.renderer.render(painter, target)
        painter.end()
