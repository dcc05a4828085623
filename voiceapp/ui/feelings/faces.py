"""The feelings faces, drawn with QPainter (no words inside the pictures).

Each face is a coloured circle with eyes, brows and a mouth that show the
feeling; colours are soft so that no face looks frightening.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

FEELINGS: tuple[str, ...] = (
    "happy",
    "safe",
    "okay",
    "worried",
    "scared",
    "sad",
    "angry",
    "confused",
    "hopeful",
    "lonely",
)

COLOURS: dict[str, str] = {
    "happy": "#FDE047",
    "safe": "#86EFAC",
    "okay": "#BAE6FD",
    "worried": "#FDBA74",
    "scared": "#D8B4FE",
    "sad": "#93C5FD",
    "angry": "#FCA5A5",
    "confused": "#99F6E4",
    "hopeful": "#F9A8D4",
    "lonely": "#CBD5E1",
}

INK = QColor("#1E293B")


def _arc(path: QPainterPath, start: QPointF, control: QPointF, end: QPointF) -> None:
    path.moveTo(start)
    path.quadTo(control, end)


def draw_face(painter: QPainter, rect: QRectF, feeling: str) -> None:
    """Draw the face for ``feeling`` filling ``rect`` (a square works best)."""
    s = min(rect.width(), rect.height())
    c = rect.center()

    def p(x: float, y: float) -> QPointF:  # x, y in -1..1 of the face
        return QPointF(c.x() + x * s / 2, c.y() + y * s / 2)

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(INK, max(1.5, s / 28)))
    painter.setBrush(QBrush(QColor(COLOURS[feeling])))
    painter.drawEllipse(p(0, 0), s / 2 - s / 24, s / 2 - s / 24)

    line = QPen(INK, max(1.5, s / 20), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(line)
    painter.setBrush(QBrush(INK))
    eye = s / 18
    eye_y = -0.18
    if feeling == "safe":  # calm, closed eyes
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for x in (-0.32, 0.32):
            path = QPainterPath()
            _arc(path, p(x - 0.13, eye_y), p(x, eye_y + 0.14), p(x + 0.13, eye_y))
            painter.drawPath(path)
        painter.setBrush(QBrush(INK))
    elif feeling == "scared":  # wide eyes
        painter.setBrush(QBrush(QColor("#FFFFFF")))
        for x in (-0.32, 0.32):
            painter.drawEllipse(p(x, eye_y), eye * 2, eye * 2.2)
        painter.setBrush(QBrush(INK))
        for x in (-0.32, 0.32):
            painter.drawEllipse(p(x, eye_y), eye * 0.8, eye * 0.8)
    else:
        look = {"hopeful": -0.06, "lonely": 0.06}.get(feeling, 0.0)
        for x in (-0.32, 0.32):
            painter.drawEllipse(p(x, eye_y + look), eye, eye * 1.2)

    # Brows
    brows = {
        "worried": ((-0.46, -0.42), (-0.18, -0.52), (0.18, -0.52), (0.46, -0.42)),
        "sad": ((-0.46, -0.40), (-0.2, -0.48), (0.2, -0.48), (0.46, -0.40)),
        "angry": ((-0.48, -0.52), (-0.16, -0.40), (0.16, -0.40), (0.48, -0.52)),
        "confused": ((-0.46, -0.42), (-0.2, -0.44), (0.18, -0.58), (0.46, -0.50)),
        "scared": ((-0.48, -0.52), (-0.18, -0.60), (0.18, -0.60), (0.48, -0.52)),
    }.get(feeling)
    if brows is not None:
        a, b, d, e = brows
        painter.drawLine(p(*a), p(*b))
        painter.drawLine(p(*d), p(*e))

    # Mouth
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    if feeling == "happy":
        painter.setBrush(QBrush(QColor("#FFFFFF")))
        path.moveTo(p(-0.45, 0.18))
        path.quadTo(p(0, 0.8), p(0.45, 0.18))
        path.closeSubpath()
    elif feeling in ("safe", "hopeful"):
        _arc(path, p(-0.36, 0.25), p(0, 0.58), p(0.36, 0.25))
    elif feeling == "okay":
        _arc(path, p(-0.3, 0.36), p(0, 0.40), p(0.3, 0.36))
    elif feeling == "worried":
        path.moveTo(p(-0.36, 0.42))
        path.cubicTo(p(-0.16, 0.28), p(0.0, 0.56), p(0.16, 0.38))
        path.quadTo(p(0.26, 0.30), p(0.36, 0.40))
    elif feeling == "scared":
        painter.setBrush(QBrush(INK))
        painter.drawEllipse(p(0, 0.42), s * 0.09, s * 0.12)
    elif feeling in ("sad", "lonely"):
        depth = 0.18 if feeling == "sad" else 0.12
        _arc(path, p(-0.34, 0.5), p(0, 0.5 - depth * 2), p(0.34, 0.5))
    elif feeling == "angry":
        _arc(path, p(-0.36, 0.5), p(0, 0.22), p(0.36, 0.5))
    elif feeling == "confused":
        path.moveTo(p(-0.32, 0.44))
        path.cubicTo(p(-0.12, 0.30), p(0.08, 0.56), p(0.34, 0.34))
    painter.drawPath(path)

    if feeling == "sad":  # one tear
        painter.setPen(QPen(QColor("#1D4ED8"), max(1.0, s / 40)))
        painter.setBrush(QBrush(QColor("#60A5FA")))
        tear = QPainterPath()
        tear.moveTo(p(0.34, -0.02))
        tear.quadTo(p(0.46, 0.18), p(0.34, 0.2))
        tear.quadTo(p(0.22, 0.18), p(0.34, -0.02))
        painter.drawPath(tear)
    if feeling == "angry":  # red cheeks
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(239, 68, 68, 110)))
        for x in (-0.55, 0.55):
            painter.drawEllipse(p(x, 0.18), s * 0.08, s * 0.05)
    if feeling == "hopeful":  # a small sparkle
        painter.setPen(QPen(QColor("#B45309"), max(1.0, s / 36)))
        for dx, dy in ((0, -0.12), (0, 0.12), (-0.12, 0), (0.12, 0)):
            painter.drawLine(p(0.72, -0.72), p(0.72 + dx, -0.72 + dy))
    if feeling == "confused":  # a little swirl above the head
        painter.setPen(QPen(INK, max(1.0, s / 36)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(p(0.58, -0.98), p(0.86, -0.70)), 0, 270 * 16)
    painter.restore()


def face_pixmap(feeling: str, size: int, ratio: float = 1.0) -> QPixmap:
    """The face on a transparent square picture of ``size`` pixels."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_face(painter, QRectF(0, 0, size, size), feeling)
    painter.end()
    return pixmap


def face_icon(feeling: str, size: int = 72) -> QIcon:
    return QIcon(face_pixmap(feeling, size, 2.0))
