"""The drawing canvas: a picture (1920 × 1080 unless asked otherwise) that a child
draws on with a mouse, a pen (pressure makes lines wider) or a finger.

Tools: brush, eraser (paints the paper colour back), fill, and stamps. Every
finished action (a stroke, a fill, a stamp, "start again") is one undo step in a
:class:`~voiceapp.ui.draw.history.History` within a memory budget.

Autosave: a little after each finished action (``autosave_ms``, so a burst of
quick strokes gives one save) the picture is encoded as PNG on a worker thread
and handed over in memory by the ``changed`` signal. Nothing is ever written to
a file here; whoever listens (the vault) encrypts and keeps it.

Keyboard: arrow keys move a drawing spot (Shift: further); Space or Enter puts
the brush down and lifts it again, or fills or stamps at the spot. Escape is
left alone for the space's "Hide" key.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from voiceapp.ui.draw import icons
from voiceapp.ui.draw.fill import flood_fill
from voiceapp.ui.draw.history import DEFAULT_BUDGET, History
from voiceapp.ui.draw.sounds import DrawSounds
from voiceapp.ui.tasks import Task
from voiceapp.ui.theme import COLOURS

CANVAS_SIZE = QSize(1920, 1080)
PAPER = QColor("#FFFFFF")
FORMAT = QImage.Format.Format_RGB32

# Sizes for small, medium and big, in pixels of a 1080-high picture.
BRUSH_WIDTHS = (6, 16, 36)
ERASER_WIDTHS = (16, 40, 96)
STAMP_SIZES = (120, 200, 320)
MIN_PRESSURE_SHARE = 0.25
"""A pen pressed as lightly as possible draws this share of the full width."""

FRAME = 3
"""Pixels around the paper on screen, for its outline."""

KEY_STEP = 12
KEY_BIG_STEP = 48


_IN_FLIGHT: set[Task] = set()
"""PNG encodings still running, kept alive until they finish."""


class Tool(Enum):
    BRUSH = "brush"
    ERASER = "eraser"
    FILL = "fill"
    STAMP = "stamp"


def encode_png(image: QImage) -> bytes:
    """``image`` as PNG bytes, made in memory (safe on any thread)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError("could not encode the drawing")
    buffer.close()
    return bytes(data.data())


class DrawCanvas(QWidget):
    """A picture to draw on, shown as large as fits, with undo, redo and autosave."""

    changed = Signal(bytes)
    """The whole picture as PNG bytes, a little after each change (debounced)."""
    history_changed = Signal()
    """Undo or redo became possible or impossible."""
    tool_changed = Signal(object)
    """The tool chosen (a :class:`Tool`)."""
    settings_changed = Signal()
    """The colour, size or stamp chosen."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        size: QSize = CANVAS_SIZE,
        budget: int = DEFAULT_BUDGET,
        autosave_ms: int = 600,
        sounds: DrawSounds | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("drawCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)

        self._image = QImage(size, FORMAT)
        self._image.fill(PAPER)
        self._base = self._image.copy()
        self.history = History(budget)
        self.sounds = sounds if sounds is not None else DrawSounds(self, speaker=False)
        self._scale = float(size.height()) / 1080.0

        self._tool = Tool.BRUSH
        self._colour = QColor("#1D4ED8")
        self._level = 1
        self._stamp = "face_happy"
        self._renderers: dict[str, QSvgRenderer] = {}

        self._drawing = False
        self._last = QPointF()
        self._dirty = QRect()
        self._spot = QPointF(size.width() / 2, size.height() / 2)
        self._show_spot = False

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(autosave_ms)
        self._save_timer.timeout.connect(self._encode)
        self._encoding: Task | None = None
        self._encode_again = False

    # ---- what the tool bar sets ----

    @property
    def tool(self) -> Tool:
        return self._tool

    def set_tool(self, tool: Tool) -> None:
        self._finish()
        self._tool = tool
        self.tool_changed.emit(tool)
        self.update()

    @property
    def colour(self) -> QColor:
        return QColor(self._colour)

    def set_colour(self, colour: QColor) -> None:
        self._colour = QColor(colour)
        self.settings_changed.emit()

    @property
    def size_level(self) -> int:
        return self._level

    def set_size_level(self, level: int) -> None:
        """0 small, 1 medium, 2 big (brush, eraser and stamps)."""
        self._level = max(0, min(2, level))
        self.settings_changed.emit()
        self.update()

    @property
    def stamp(self) -> str:
        return self._stamp

    def set_stamp(self, name: str) -> None:
        self._stamp = name
        self.settings_changed.emit()

    def brush_width(self) -> float:
        widths = ERASER_WIDTHS if self._tool is Tool.ERASER else BRUSH_WIDTHS
        return widths[self._level] * self._scale

    def stamp_size(self) -> float:
        return STAMP_SIZES[self._level] * self._scale

    # ---- the picture ----

    def image(self) -> QImage:
        """The picture now (a cheap shared copy; changing it does not change the canvas)."""
        return QImage(self._image)

    def png_bytes(self) -> bytes:
        """The picture now as PNG bytes, made in memory."""
        self._finish()
        return encode_png(self._image)

    def load_picture(self, untrusted_png: bytes) -> bool:
        """Show a saved drawing to carry on with (fitted to the paper); forgets undo.
        False, and nothing changes, if the bytes are not a picture."""
        picture = QImage.fromData(untrusted_png)
        if picture.isNull():
            return False
        self._finish()
        self._image.fill(PAPER)
        fitted = picture.scaled(
            self._image.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter = QPainter(self._image)
        x = (self._image.width() - fitted.width()) // 2
        y = (self._image.height() - fitted.height()) // 2
        painter.drawImage(x, y, fitted)
        painter.end()
        self._base = self._image.copy()
        self.history.clear()
        self.history_changed.emit()
        self.update()
        return True

    # ---- undo, redo, start again ----

    def can_undo(self) -> bool:
        return self.history.can_undo()

    def can_redo(self) -> bool:
        return self.history.can_redo()

    def undo(self) -> None:
        self._finish()
        if self.history.undo(self._base, self._image) is not None:
            self.sounds.play("undo")
            self._after_change()

    def redo(self) -> None:
        self._finish()
        if self.history.redo(self._base, self._image) is not None:
            self.sounds.play("redo")
            self._after_change()

    def start_again(self) -> None:
        """Clear to fresh paper, as one step that undo brings back."""
        self._finish()
        self._image.fill(PAPER)
        if self._commit(self._image.rect()):
            self.sounds.play("start_again")

    # ---- doing things at a point of the picture ----

    def begin_stroke(self, at: QPointF, pressure: float = 1.0) -> None:
        """Put the brush or eraser down at ``at`` (picture pixels)."""
        self._finish()
        self._drawing = True
        self._last = QPointF(at)
        self._dirty = QRect()
        self._segment(at, at, pressure)
        self.sounds.play("brush")

    def extend_stroke(self, to: QPointF, pressure: float = 1.0) -> None:
        """Draw on from the last point to ``to``."""
        if not self._drawing:
            return
        self._segment(self._last, to, pressure)
        self._last = QPointF(to)

    def end_stroke(self) -> None:
        self._finish()

    def fill_at(self, at: QPointF) -> None:
        self._finish()
        changed = flood_fill(self._image, at.toPoint(), self._colour)
        if self._commit(changed):
            self.sounds.play("fill")

    def stamp_at(self, at: QPointF) -> None:
        self._finish()
        renderer = self._renderers.get(self._stamp)
        if renderer is None:
            renderer = self._renderers[self._stamp] = icons.stamp_renderer(self._stamp)
        side = self.stamp_size()
        target = QRectF(at.x() - side / 2, at.y() - side / 2, side, side)
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, target)
        painter.end()
        if self._commit(target.toAlignedRect().adjusted(-2, -2, 2, 2)):
            self.sounds.play("stamp")

    def _segment(self, start: QPointF, end: QPointF, pressure: float) -> None:
        width = self.brush_width()
        share = MIN_PRESSURE_SHARE + (1 - MIN_PRESSURE_SHARE) * max(0.0, min(1.0, pressure))
        width = max(1.0, width * share)
        colour = PAPER if self._tool is Tool.ERASER else self._colour
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        if start == end:
            painter.drawPoint(start)
        else:
            painter.drawLine(start, end)
        painter.end()
        reach = width / 2 + 2
        area = QRectF(start, end).normalized().adjusted(-reach, -reach, reach, reach)
        rect = area.toAlignedRect()
        self._dirty = self._dirty.united(rect)
        self.update(self._to_widget_rect(rect))

    def _finish(self) -> None:
        if self._drawing:
            self._drawing = False
            self._commit(self._dirty)
            self._dirty = QRect()

    def _commit(self, dirty: QRect) -> bool:
        if not self.history.record(self._base, self._image, dirty):
            return False
        self._after_change()
        return True

    def _after_change(self) -> None:
        self.history_changed.emit()
        self.update()
        self._save_timer.start()

    # ---- autosave ----

    def save_pending(self) -> bool:
        """True while a change has not yet been handed out by ``changed``."""
        return self._save_timer.isActive() or self._encoding is not None

    def flush(self) -> None:
        """Hand out the picture now if a change is still waiting to be saved (call
        before the canvas is hidden or closed); does nothing otherwise."""
        self._finish()
        if not self.save_pending():
            return
        self._save_timer.stop()
        self._encode_again = False
        if self._encoding is not None:  # its result is older than what follows
            self._encoding.succeeded.disconnect(self._encoded)
            self._encoding.finished.disconnect(self._encode_finished)
            self._encoding = None
        self.changed.emit(encode_png(self._image))

    def _encode(self) -> None:
        if self._encoding is not None:
            self._encode_again = True
            return
        snapshot = self._image.copy()
        # Not a child of the canvas: if the canvas goes while it runs, the task
        # still finishes safely (it is kept in _IN_FLIGHT until then).
        task = Task(lambda _progress, _cancelled: encode_png(snapshot))
        _IN_FLIGHT.add(task)
        task.finished.connect(lambda: _IN_FLIGHT.discard(task))
        task.succeeded.connect(self._encoded)
        task.finished.connect(self._encode_finished)
        self._encoding = task
        task.start()

    def _encoded(self, png: object) -> None:
        if isinstance(png, bytes):
            self.changed.emit(png)

    def _encode_finished(self) -> None:
        self._encoding = None
        if self._encode_again:
            self._encode_again = False
            self._encode()

    # ---- where the picture is on the widget ----

    def _layout(self) -> tuple[float, float, float]:
        """Scale and top-left offset of the picture inside the widget."""
        width, height = self._image.width(), self._image.height()
        room_w, room_h = self.width() - 2 * FRAME, self.height() - 2 * FRAME
        scale = max(1e-3, min(room_w / width, room_h / height))
        dx = (self.width() - width * scale) / 2
        dy = (self.height() - height * scale) / 2
        return scale, dx, dy

    def to_image(self, point: QPointF) -> QPointF:
        """A point on the widget as a point of the picture."""
        scale, dx, dy = self._layout()
        return QPointF((point.x() - dx) / scale, (point.y() - dy) / scale)

    def to_widget(self, point: QPointF) -> QPointF:
        """A point of the picture as a point on the widget."""
        scale, dx, dy = self._layout()
        return QPointF(point.x() * scale + dx, point.y() * scale + dy)

    def _to_widget_rect(self, rect: QRect) -> QRect:
        scale, dx, dy = self._layout()
        return (
            QRectF(
                rect.x() * scale + dx,
                rect.y() * scale + dy,
                rect.width() * scale,
                rect.height() * scale,
            )
            .toAlignedRect()
            .adjusted(-1, -1, 1, 1)
        )

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def hasHeightForWidth(self) -> bool:
        return False

    # ---- painting ----

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(COLOURS["window"]))
        scale, dx, dy = self._layout()
        paper = QRectF(dx, dy, self._image.width() * scale, self._image.height() * scale)
        painter.setPen(QPen(QColor(COLOURS["outline"]), 2))
        painter.drawRect(paper.adjusted(-1, -1, 1, 1))
        wanted = QRectF(event.rect())
        source = QRectF(
            (wanted.x() - dx) / scale,
            (wanted.y() - dy) / scale,
            wanted.width() / scale,
            wanted.height() / scale,
        ).intersected(QRectF(self._image.rect()))
        if not source.isEmpty():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, not self._drawing)
            target = QRectF(
                source.x() * scale + dx,
                source.y() * scale + dy,
                source.width() * scale,
                source.height() * scale,
            )
            painter.drawImage(target, self._image, source)
        if self._show_spot and self.hasFocus():
            spot = self.to_widget(self._spot)
            radius = max(6.0, self.brush_width() * scale / 2)
            if self._tool is Tool.STAMP:
                radius = self.stamp_size() * scale / 2
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#FFFFFF"), 5))
            painter.drawEllipse(spot, radius, radius)
            painter.setPen(QPen(QColor(COLOURS["focus"]), 3))
            painter.drawEllipse(spot, radius, radius)
        painter.end()

    # ---- mouse, pen and touch ----

    def _press(self, at: QPointF, pressure: float) -> None:
        if self._tool in (Tool.BRUSH, Tool.ERASER):
            self.begin_stroke(at, pressure)
        elif self._tool is Tool.FILL:
            self.fill_at(at)
        else:
            self.stamp_at(at)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._show_spot = False
            self._press(self.to_image(event.position()), 1.0)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing:
            self.extend_stroke(self.to_image(event.position()), 1.0)
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drawing and event.button() == Qt.MouseButton.LeftButton:
            self.extend_stroke(self.to_image(event.position()), 1.0)
            self.end_stroke()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        at = self.to_image(event.position())
        pressure = event.pressure()
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._show_spot = False
            self._press(at, pressure)
        elif kind == QEvent.Type.TabletMove:
            self.extend_stroke(at, pressure)
        elif kind == QEvent.Type.TabletRelease:
            self.end_stroke()  # a lifted pen reports no pressure: no thin tail
        event.accept()  # no mouse events are made from it

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        """One finger draws; a second finger is ignored (a resting hand, a friend)."""
        points = event.points()
        kind = event.type()
        if not points:
            if kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
                self.end_stroke()
            event.accept()
            return
        point = points[0]
        at = self.to_image(point.position())
        if kind == QEvent.Type.TouchBegin:
            self._show_spot = False
            self._press(at, 1.0)
        elif kind == QEvent.Type.TouchUpdate:
            self.extend_stroke(at, 1.0)
        else:
            if kind == QEvent.Type.TouchEnd:
                self.extend_stroke(at, 1.0)
            self.end_stroke()
        event.accept()

    # ---- keyboard ----

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in steps and not (event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            sx, sy = steps[key]
            big = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            step = (KEY_BIG_STEP if big else KEY_STEP) * self._scale
            spot = QPointF(
                max(0.0, min(self._image.width() - 1.0, self._spot.x() + sx * step)),
                max(0.0, min(self._image.height() - 1.0, self._spot.y() + sy * step)),
            )
            self._show_spot = True
            self.extend_stroke(spot)
            self.update()
            self._spot = spot
            event.accept()
            return
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not event.isAutoRepeat():
                self._show_spot = True
                if self._drawing:
                    self.end_stroke()
                else:
                    self._press(self._spot, 1.0)
                self.update()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        ):
            self._show_spot = True
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._finish()
        self.update()
        super().focusOutEvent(event)

    def spot(self) -> QPointF:
        """Where the keyboard draws next (picture pixels)."""
        return QPointF(self._spot)

    def set_spot(self, at: QPointF) -> None:
        self._spot = QPointF(at)
        self.update()
