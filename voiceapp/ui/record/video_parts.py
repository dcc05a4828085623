"""Parts of the video recording screen: the live picture, and the bridges that
bring the camera's frames and the recorder's news to the GUI thread.

- ``FrameSlot``: the camera's thread puts each frame in; the GUI thread takes
  the latest one. Only one signal is ever waiting in the event queue, so a slow
  GUI drops old frames instead of falling behind.
- ``VideoBridge``: ``VideoRecorder``'s callbacks as signals (a ``TakeBridge``).
- ``PreviewView``: the mirrored picture, scaled to fit, with the big countdown
  number over it. Frames become ``QImage`` on the GUI thread only.
- A few pictures for the buttons (no words in them).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from voiceapp.core.recording import CameraFeed, SegmentStore, VideoRecorder
from voiceapp.core.recording.camera import CameraSource
from voiceapp.ui.record import icons
from voiceapp.ui.record.bridge import TakeBridge, ask_to_stop

Frame = npt.NDArray[np.uint8]


class FrameSlot(QObject):
    """The latest frame from a worker thread, for the GUI thread (connect ``ready``
    with ``QueuedConnection``, then ``take``)."""

    ready = Signal()
    lost = Signal()
    """The camera went (unplugged; a file's end)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._latest: Frame | None = None
        self._attached = True
        self.gone: Callable[[], None] | None = None
        """Called (on the worker's thread) if the slot was deleted under it."""

    def put(self, rgb: Frame) -> None:
        """Called on the camera's thread: keep ``rgb``; signal if none is waiting."""
        if not self._attached:
            return
        with self._lock:
            waiting = self._latest is not None
            self._latest = rgb
        if waiting:
            return
        try:
            self.ready.emit()
        except RuntimeError:  # deleted with its page: nobody is looking any more
            self._attached = False
            if self.gone is not None:
                self.gone()

    def camera_lost(self) -> None:
        """Called on the camera's thread when it has gone."""
        if not self._attached:
            return
        try:
            self.lost.emit()
        except RuntimeError:
            self._attached = False

    def take(self) -> Frame | None:
        with self._lock:
            frame, self._latest = self._latest, None
        return frame

    def detach(self) -> None:
        self._attached = False
        with self._lock:
            self._latest = None


def preview_feed(camera: object, blur: str | None, slot: FrameSlot) -> CameraFeed:
    """A running preview of an open camera, its frames going to ``slot``."""
    feed = CameraFeed(
        camera,  # type: ignore[arg-type]
        blur=blur,
        on_frame=slot.put,
        on_lost=slot.camera_lost,
    )
    slot.gone = feed.stop
    return feed


class VideoBridge(TakeBridge):
    """``VideoRecorder``'s callbacks as signals; its frames go to ``frames``."""

    recorder: VideoRecorder

    def __init__(
        self,
        camera: CameraSource,
        microphone: int | None,
        store: SegmentStore | None,
        *,
        blur: str | None,
        max_seconds: float,
        warn_before: float,
        frames: FrameSlot,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.frames = frames
        recorder = VideoRecorder(
            camera,
            microphone,
            blur=blur,
            store=store,
            max_seconds=max_seconds,
            warn_before=warn_before,
            on_frame=frames.put,
            **self.callbacks(),
        )
        frames.gone = lambda: ask_to_stop(recorder)
        self._hold(recorder)

    def detach(self) -> None:
        super().detach()
        self.frames.detach()


def to_image(rgb: Frame) -> QImage:
    """A height x width x 3 RGB array as a QImage with its own copy of the pixels."""
    rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
    height, width = rgb.shape[:2]
    image = QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888)
    return image.copy()


def from_image(image: QImage) -> Frame:
    """A QImage as a height x width x 3 RGB array (for tests and checks)."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    rows = data.reshape(height, image.bytesPerLine())[:, : 3 * width]
    return np.array(rows.reshape(height, width, 3))


class PreviewView(QWidget):
    """The camera's picture, like a mirror, with a big number over it for the countdown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoPreview")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.image: QImage | None = None
        self.overlay = ""
        self.frames_shown = 0
        self.retranslate()

    def show_frame(self, rgb: Frame) -> None:
        self.image = to_image(rgb)
        self.frames_shown += 1
        self.update()

    def clear(self) -> None:
        self.image = None
        self.update()

    def set_overlay(self, text: str) -> None:
        if text != self.overlay:
            self.overlay = text
            self.update()

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn: as big as fits, its shape kept, in the middle."""
        if self.image is None or self.image.isNull():
            return QRectF(self.rect())
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        w, h = self.image.width() * scale, self.image.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#0F172A"))
        if self.image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.picture_rect(), self.image)
        if self.overlay:
            side = min(self.width(), self.height()) * 0.6
            circle = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(15, 23, 42, 170))
            painter.drawEllipse(circle)
            font = QFont(self.font())
            font.setPixelSize(max(24, int(side * 0.6)))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("white"))
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, self.overlay)
        painter.end()

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("VideoPreview", "Camera picture"))
        self.setAccessibleDescription(
            QCoreApplication.translate("VideoPreview", "What the camera sees, like a mirror.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# -- pictures for the buttons --------------------------------------------------------------

SKIN = QColor("#F2C9A0")
HAIR = QColor("#3F2A1D")
SOFT = QColor("#93C5FD")


def camera() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(icons._pen(5))
        p.setBrush(QColor("#94A3B8"))
        p.drawRoundedRect(QRectF(8, 28, 60, 46), 8, 8)
        p.drawPolygon(
            QPolygonF([QPointF(68, 44), QPointF(92, 30), QPointF(92, 72), QPointF(68, 58)])
        )
        p.setBrush(icons.RED)
        p.drawEllipse(QRectF(18, 38, 12, 12))

    return icons._icon(draw)


def _face(p: QPainter, blurred: bool) -> None:
    p.setPen(icons._pen(4))
    p.setBrush(SOFT if blurred else SKIN)
    p.drawEllipse(QRectF(26, 18, 48, 60))
    if blurred:
        p.setPen(icons._pen(4, QColor("#1E3A8A")))
        for y in (34, 48, 62):
            p.drawLine(QPointF(32, y), QPointF(68, y))
        return
    p.setBrush(icons.INK)
    p.drawEllipse(QRectF(38, 40, 7, 7))
    p.drawEllipse(QRectF(55, 40, 7, 7))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(38, 48, 24, 16), 200 * 16, 140 * 16)


def show_face() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#BBF7D0"))
        p.drawRoundedRect(QRectF(6, 6, 88, 88), 12, 12)
        _face(p, blurred=False)

    return icons._icon(draw)


def blur_background() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(SOFT)
        p.drawRoundedRect(QRectF(6, 6, 88, 88), 12, 12)
        p.setBrush(QColor(255, 255, 255, 140))
        for x, y in ((14, 14), (70, 20), (16, 70), (72, 72)):
            p.drawEllipse(QRectF(x, y, 16, 16))
        _face(p, blurred=False)

    return icons._icon(draw)


def blur_face() -> QIcon:
    def draw(p: QPainter) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#BBF7D0"))
        p.drawRoundedRect(QRectF(6, 6, 88, 88), 12, 12)
        _face(p, blurred=True)

    return icons._icon(draw)
