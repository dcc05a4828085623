"""Playing recordings and videos straight from the encrypted bundle.

``ItemDevice`` is a read-only, seekable ``QIODevice`` over an ``ItemStream``:
the media player's own threads read it, and each read decrypts only the
64 KiB chunks it touches. No plaintext file is ever written, and a long
video starts at once however large it is.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QIODevice, QObject, Qt, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from voiceapp.core.chair import ItemStream
from voiceapp.ui.chair.common import button
from voiceapp.ui.chair.words import duration_text
from voiceapp.ui.video_widget import video_widget
from voiceapp.ui.widgets import MIN_TARGET


class ItemDevice(QIODevice):
    """A seekable QIODevice reading one item from memory-decrypted chunks."""

    def __init__(self, stream: ItemStream, parent: QObject | None = None) -> None:
        if parent is None:
            super().__init__()
        else:
            super().__init__(parent)
        self._stream = stream
        self._pos = 0
        self._lock = threading.Lock()

    def open_for_reading(self) -> bool:
        return self.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Unbuffered)

    def isSequential(self) -> bool:
        return False

    def size(self) -> int:
        return self._stream.size

    def seek(self, pos: int) -> bool:
        if pos < 0 or pos > self._stream.size:
            return False
        with self._lock:
            self._pos = pos
        return super().seek(pos)

    def atEnd(self) -> bool:
        return self._pos >= self._stream.size

    def bytesAvailable(self) -> int:
        return max(0, self._stream.size - self._pos) + super().bytesAvailable()

    def readData(self, maxlen: int) -> bytes:
        with self._lock:
            data = self._stream.read_at(self._pos, maxlen)
            self._pos += len(data)
        return data

    def writeData(self, data: bytes) -> int:  # type: ignore[override]
        return -1


class MediaView(QWidget):
    """A player for one recording or video: play/pause, position, skip back and on."""

    played = Signal()
    """The first time this item really plays (its position moves)."""

    def __init__(self, video: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.video = video
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self.player)  # parented: see DESIGN.md
        self.player.setAudioOutput(self.audio)
        self.device: ItemDevice | None = None
        self._played = False
        self._seeking = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.video_widget: QVideoWidget | None = None
        if video:
            self.video_widget = video_widget(self, lambda: self.play_button)
            self.video_widget.setMinimumSize(320, 200)
            self.video_widget.setAccessibleName(self.tr("Video picture"))
            self.player.setVideoOutput(self.video_widget)
            layout.addWidget(self.video_widget, 1)

        self.play_button = button(self.tr("Play"), self.tr("Play or pause."))
        self.play_button.clicked.connect(self.toggle)
        self.back_button = button(self.tr("Back 10 s"), self.tr("Go back ten seconds."))
        self.back_button.clicked.connect(lambda: self.skip(-10_000))
        self.on_button = button(self.tr("On 10 s"), self.tr("Go on ten seconds."))
        self.on_button.clicked.connect(lambda: self.skip(10_000))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setMinimumHeight(MIN_TARGET)
        self.slider.setAccessibleName(self.tr("Position"))
        self.slider.setAccessibleDescription(self.tr("Where the playing is. Arrow keys move it."))
        self.slider.setSingleStep(1000)
        self.slider.setPageStep(10_000)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.sliderMoved.connect(self._slider_moved)
        self.slider.valueChanged.connect(self._slider_value)
        self.time_label = QLabel("0:00 / 0:00", self)
        self.time_label.setProperty("userData", True)  # numbers only
        self.time_label.setAccessibleName(self.tr("Time"))
        self.time_label.setMinimumWidth(120)
        row = QHBoxLayout()
        row.addWidget(self.play_button)
        row.addWidget(self.back_button)
        row.addWidget(self.on_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time_label)
        layout.addLayout(row)

        self.player.positionChanged.connect(self._position)
        self.player.durationChanged.connect(self._duration)
        self.player.playbackStateChanged.connect(self._state)

    def load(self, stream: ItemStream, extension: str) -> None:
        """Play ``stream`` (an item of the opened bundle) from memory."""
        self.unload()
        self._played = False
        device = ItemDevice(stream, self)
        device.open_for_reading()
        self.device = device
        self.player.setSourceDevice(device, QUrl(f"item.{extension}"))

    def unload(self) -> None:
        self.player.stop()
        self.player.setSource(QUrl())
        if self.device is not None:
            self.device.close()
            self.device.deleteLater()
            self.device = None
        self.slider.setValue(0)
        self.time_label.setText("0:00 / 0:00")

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def skip(self, ms: int) -> None:
        target = max(0, min(self.player.duration(), self.player.position() + ms))
        self.player.setPosition(target)

    def _slider_moved(self, value: int) -> None:
        self.player.setPosition(value)

    def _slider_value(self, value: int) -> None:
        # Keyboard steps (not drags, not our own updates) move the player too.
        if not self._seeking and not self.slider.isSliderDown():
            if abs(value - self.player.position()) > 500:
                self.player.setPosition(value)

    def _position(self, ms: int) -> None:
        self._seeking = True
        self.slider.setValue(ms)
        self._seeking = False
        self.time_label.setText(
            f"{duration_text(ms / 1000)} / {duration_text(self.player.duration() / 1000)}"
        )
        self.time_label.setAccessibleName(self.time_label.text())
        playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        if ms > 0 and playing and not self._played:
            self._played = True
            self.played.emit()

    def _duration(self, ms: int) -> None:
        self.slider.setRange(0, ms)
        self._position(self.player.position())

    def _state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setAccessibleName(self.play_button.text())
