"""Pictures for the drawing tool buttons, painted with QPainter (no text in them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer

from voiceapp.ui.paths import assets_dir

INK = QColor("#1E293B")
SIZE = 64


def _icon(draw: Callable[[QPainter], None]) -> QIcon:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(SIZE / 100, SIZE / 100)
    draw(painter)
    painter.end()
    return QIcon(pixmap)


def _pen(width: float, colour: QColor = INK) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def brush() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen(4))
        p.setBrush(QColor("#A16207"))
        handle = QPainterPath()
        handle.moveTo(88, 8)
        handle.lineTo(96, 16)
        handle.lineTo(52, 60)
        handle.lineTo(44, 52)
        handle.closeSubpath()
        p.drawPath(handle)
        p.setBrush(QColor("#94A3B8"))
        p.drawRect(QRectF(36, 50, 14, 14).translated(0, 0))
        tip = QPainterPath()
        tip.moveTo(38, 56)
        tip.cubicTo(20, 60, 24, 82, 6, 92)
        tip.cubicTo(30, 94, 48, 84, 46, 64)
        tip.closeSubpath()
        p.setBrush(QColor("#2563EB"))
        p.drawPath(tip)

    return _icon(draw)


def eraser() -> QIcon:
    def draw(p: QPainter) -> None:
        p.translate(50, 50)
        p.rotate(-35)
        p.setPen(_pen(4))
        p.setBrush(QColor("#F9A8D4"))
        p.drawRoundedRect(QRectF(-40, -18, 44, 36), 6, 6)
        p.setBrush(QColor("#FFFFFF"))
        p.drawRoundedRect(QRectF(4, -18, 36, 36), 6, 6)

    return _icon(draw)


def fill() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen(4))
        p.setBrush(QColor("#CBD5E1"))
        bucket = QPainterPath()
        bucket.moveTo(18, 34)
        bucket.lineTo(70, 34)
        bucket.lineTo(62, 90)
        bucket.lineTo(26, 90)
        bucket.closeSubpath()
        p.drawPath(bucket)
        p.setBrush(QColor("#16A34A"))
        p.drawEllipse(QRectF(18, 26, 52, 16))
        drip = QPainterPath()
        drip.moveTo(70, 34)
        drip.cubicTo(84, 40, 90, 56, 86, 66)
        drip.cubicTo(82, 74, 76, 68, 78, 60)
        drip.cubicTo(80, 50, 74, 42, 66, 40)
        p.drawPath(drip)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(QRectF(26, 6, 36, 40), 0, 180 * 16)

    return _icon(draw)


def undo(mirror: bool = False) -> QIcon:
    def draw(p: QPainter) -> None:
        if mirror:
            p.translate(100, 0)
            p.scale(-1, 1)
        p.setPen(_pen(10, QColor("#1D4ED8")))
        p.setBrush(Qt.BrushStyle.NoBrush)
        arc = QPainterPath()
        arc.moveTo(24, 40)
        arc.lineTo(60, 40)
        arc.cubicTo(92, 40, 92, 84, 60, 84)
        arc.lineTo(40, 84)
        p.drawPath(arc)
        p.setPen(_pen(4, QColor("#1D4ED8")))
        p.setBrush(QColor("#1D4ED8"))
        head = QPainterPath()
        head.moveTo(8, 40)
        head.lineTo(32, 20)
        head.lineTo(32, 60)
        head.closeSubpath()
        p.drawPath(head)

    return _icon(draw)


def redo() -> QIcon:
    return undo(mirror=True)


def start_again() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen(4))
        p.setBrush(QColor("#FFFFFF"))
        page = QPainterPath()
        page.moveTo(20, 8)
        page.lineTo(62, 8)
        page.lineTo(80, 26)
        page.lineTo(80, 92)
        page.lineTo(20, 92)
        page.closeSubpath()
        p.drawPath(page)
        p.setPen(_pen(4, QColor("#EAB308")))
        for angle in range(0, 360, 45):
            p.save()
            p.translate(74, 74)
            p.rotate(angle)
            p.drawLine(QPointF(6, 0), QPointF(16, 0))
            p.restore()

    return _icon(draw)


def sound(on: bool) -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen(4))
        p.setBrush(QColor("#475569"))
        speaker = QPainterPath()
        speaker.moveTo(10, 38)
        speaker.lineTo(28, 38)
        speaker.lineTo(50, 18)
        speaker.lineTo(50, 82)
        speaker.lineTo(28, 62)
        speaker.lineTo(10, 62)
        speaker.closeSubpath()
        p.drawPath(speaker)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if on:
            p.setPen(_pen(6, QColor("#16A34A")))
            p.drawArc(QRectF(46, 34, 20, 32), -60 * 16, 120 * 16)
            p.drawArc(QRectF(44, 20, 40, 60), -60 * 16, 120 * 16)
        else:
            p.setPen(_pen(8, QColor("#B91C1C")))
            p.drawLine(QPointF(62, 34), QPointF(90, 66))
            p.drawLine(QPointF(90, 34), QPointF(62, 66))

    return _icon(draw)


def dot(diameter: float) -> QIcon:
    """A round blob as wide as ``diameter`` (of 100) for the brush sizes."""

    def draw(p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(INK)
        p.drawEllipse(QPointF(50, 50), diameter / 2, diameter / 2)

    return _icon(draw)


def swatch(colour: QColor) -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen(4))
        p.setBrush(colour)
        p.drawEllipse(QPointF(50, 50), 42, 42)

    return _icon(draw)


def stamp_renderer(name: str) -> QSvgRenderer:
    """The drawing of stamp ``name`` (``assets/stamps/<name>.svg``)."""
    renderer = QSvgRenderer(str(assets_dir() / "stamps" / f"{name}.svg"))
    if not renderer.isValid():
        raise FileNotFoundError(f"My Voice is missing the stamp picture {name}.svg")
    return renderer


def stamp_icon(name: str) -> QIcon:
    renderer = stamp_renderer(name)
    return _icon(lambda p: renderer.render(p, QRectF(4, 4, 92, 92)))
