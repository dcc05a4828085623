"""Pictures for the recording buttons, painted with QPainter (no words in them)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPolygonF

from voiceapp.ui.draw.icons import INK as INK  # the same painting, in one place
from voiceapp.ui.draw.icons import _icon as _icon
from voiceapp.ui.draw.icons import _pen as _pen

RED = QColor("#DC2626")
BLUE = QColor("#1D4ED8")
GREEN = QColor("#15803D")


def microphone() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen(5))
        p.setBrush(QColor("#94A3B8"))
        p.drawRoundedRect(QRectF(36, 8, 28, 50), 14, 14)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(QRectF(24, 26, 52, 46), 180 * 16, 180 * 16)
        p.drawLine(QPointF(50, 72), QPointF(50, 88))
        p.drawLine(QPointF(34, 90), QPointF(66, 90))

    return _icon(draw)


def record() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen(4, QColor("#7F1D1D")))
        p.setBrush(RED)
        p.drawEllipse(QRectF(14, 14, 72, 72))

    return _icon(draw)


def pause() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen(4))
        p.setBrush(BLUE)
        p.drawRoundedRect(QRectF(22, 16, 20, 68), 5, 5)
        p.drawRoundedRect(QRectF(58, 16, 20, 68), 5, 5)

    return _icon(draw)


def play() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen(4))
        p.setBrush(GREEN)
        p.drawPolygon(QPolygonF([QPointF(24, 12), QPointF(86, 50), QPointF(24, 88)]))

    return _icon(draw)


def stop() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen(4))
        p.setBrush(INK)
        p.drawRoundedRect(QRectF(18, 18, 64, 64), 8, 8)

    return _icon(draw)


def again() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen(9, BLUE))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(QRectF(16, 16, 68, 68), 60 * 16, 290 * 16)
        p.setPen(_pen(4, BLUE))
        p.setBrush(BLUE)
        head = QPainterPath()
        head.moveTo(56, 4)
        head.lineTo(80, 18)
        head.lineTo(56, 34)
        head.closeSubpath()
        p.drawPath(head)

    return _icon(draw)


def keep() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen(14, GREEN))
        p.setBrush(Qt.BrushStyle.NoBrush)
        tick = QPainterPath()
        tick.moveTo(14, 54)
        tick.lineTo(38, 78)
        tick.lineTo(86, 24)
        p.drawPath(tick)

    return _icon(draw)


def throw_away() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen(5))
        p.setBrush(QColor("#CBD5E1"))
        bin_path = QPainterPath()
        bin_path.moveTo(22, 30)
        bin_path.lineTo(78, 30)
        bin_path.lineTo(70, 92)
        bin_path.lineTo(30, 92)
        bin_path.closeSubpath()
        p.drawPath(bin_path)
        p.drawLine(QPointF(14, 22), QPointF(86, 22))
        p.drawLine(QPointF(40, 12), QPointF(60, 12))
        for x in (40, 50, 60):
            p.drawLine(QPointF(x, 42), QPointF(x, 80))

    return _icon(draw)


def back() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(_pen(12, BLUE))
        p.drawLine(QPointF(84, 50), QPointF(24, 50))
        p.drawLine(QPointF(44, 26), QPointF(20, 50))
        p.drawLine(QPointF(44, 74), QPointF(20, 50))

    return _icon(draw)
