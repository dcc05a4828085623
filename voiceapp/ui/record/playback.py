"""Play a recording (Ogg Opus) or a video (WebM) straight from memory.

The bytes sit in a ``QBuffer`` that ``QMediaPlayer.setSourceDevice`` reads:
no temporary file, ever. Play/pause, a position slider that the arrow keys
move, and the time. Used by the young person's recording screen, the
recovery offer, and open to the chair's and helper's screens.

Every call that can start or end the player's own threads (play, pause,
stop, seek, a new source) is *queued* to the player as a C++ slot call,
never made from Python directly: Qt's FFmpeg audio thread, as it ends, asks
Python about the ``QAudioOutput`` (a Python-made object) and needs the GIL,
while a direct call from Python holds the GIL and waits for that thread, so
the two would wait for each other for ever. A new source is set only after
the old one is gone. Call ``unload()`` before deleting a player that has
played.
"""

from __future__ import annotations

from PySide6.QtCore import (
    Q_ARG,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QGenericArgumentHolder,
    QIODevice,
    QMetaObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from voiceapp.ui.page_parts import FocusFirst, button
from voiceapp.ui.record import icons
from voiceapp.ui.record.words import clock
from voiceapp.ui.video_widget import video_widget
from voiceapp.ui.widgets import MIN_TARGET

CONTEXT = "MemoryPlayer"


class MemoryPlayer(FocusFirst):
    """One recording or video, played from bytes in memory."""

    played = Signal()
    """The first time the loaded item really plays (its position moves)."""

    def __init__(self, parent: QWidget | None = None, *, video: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("memoryPlayer")
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self.player)  # parented: an unparented one crashes
        self.player.setAudioOutput(self.audio)
        self.buffer: QBuffer | None = None
        self._pending: tuple[bytes, str] | None = None
        self._play_when_ready = False
        self._played = False
        self._updating = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.video_widget = None
        if video:
            self.video_widget = video_widget(self, lambda: self.play_button)
            self.video_widget.setMinimumSize(320, 200)
            self.player.setVideoOutput(self.video_widget)
            layout.addWidget(self.video_widget, 1)

        self.play_button = button(self, "playButton")
        self.play_button.setIcon(icons.play())
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("playPosition")
        self.slider.setMinimumHeight(MIN_TARGET)
        self.slider.setSingleStep(1000)
        self.slider.setPageStep(5000)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.sliderMoved.connect(self.seek)
        self.slider.valueChanged.connect(self._slider_value)
        self.time_label = QLabel(self)
        self.time_label.setObjectName("playTime")
        self.time_label.setMinimumWidth(110)
        self.time_label.setProperty("userData", True)  # numbers, the same in every language
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.play_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time_label)
        layout.addLayout(row)
        QWidget.setTabOrder(self.play_button, self.slider)
        self.first_focus = self.play_button
        self.play_button.setEnabled(False)
        self.slider.setEnabled(False)

        self.player.positionChanged.connect(self._position)
        self.player.durationChanged.connect(self._duration)
        self.player.playbackStateChanged.connect(self._state)
        self._show_time()
        self.retranslate()

    # -- what the host calls ---------------------------------------------------------

    def load(self, data: bytes, extension: str = "ogg") -> None:
        """Get ready to play ``data`` (``extension`` tells the player its format)."""
        self.unload()
        self._pending = (bytes(data), extension)
        self._play_when_ready = False
        self.play_button.setEnabled(True)  # pressed before the source is set: plays then
        self.slider.setEnabled(True)
        QTimer.singleShot(0, self, self._attach)  # after the old source has gone

    def _attach(self) -> None:
        if self._pending is None:
            return
        data, extension = self._pending
        self._pending = None
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.buffer = buffer
        self._played = False
        self.player.setSourceDevice(buffer, QUrl(f"memory.{extension}"))
        self._show_time()
        if self._play_when_ready:
            self._play_when_ready = False
            self._call("play")

    def unload(self) -> None:
        """Stop, and let go of the bytes."""
        self._pending = None
        self._call("stop")
        self._call("setSource", Q_ARG(QUrl, QUrl()))
        if self.buffer is not None:
            QMetaObject.invokeMethod(
                self.buffer, "deleteLater", Qt.ConnectionType.QueuedConnection
            )  # once the player has let go of it
            self.buffer = None
        self._updating = True
        self.slider.setRange(0, 0)
        self._updating = False
        self.play_button.setEnabled(False)
        self.slider.setEnabled(False)
        self._show_time()

    def is_playing(self) -> bool:
        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def toggle(self) -> None:
        if self.is_playing():
            self._call("pause")
        elif self.buffer is not None:
            self._call("play")
        elif self._pending is not None:
            self._play_when_ready = True

    def pause(self) -> None:
        if self.is_playing():
            self._call("pause")

    def seek(self, ms: int) -> None:
        self._call("setPosition", Q_ARG("qlonglong", int(ms)))

    def _call(self, slot: str, *args: QGenericArgumentHolder) -> None:
        """Call one of the player's slots from the event loop, not from Python."""
        QMetaObject.invokeMethod(self.player, slot, Qt.ConnectionType.QueuedConnection, *args)

    # -- the player's news -----------------------------------------------------------------

    def _slider_value(self, value: int) -> None:
        # Arrow keys and clicks on the groove (not our own updates, not a drag) seek.
        if not self._updating and not self.slider.isSliderDown():
            self.seek(value)

    def _position(self, ms: int) -> None:
        self._updating = True
        self.slider.setValue(ms)
        self._updating = False
        self._show_time()
        if ms > 0 and self.is_playing() and not self._played:
            self._played = True
            self.played.emit()

    def _duration(self, ms: int) -> None:
        self._updating = True
        self.slider.setRange(0, max(0, ms))
        self._updating = False
        self._show_time()

    def _state(self, _state: QMediaPlayer.PlaybackState) -> None:
        self._words_for_play()

    def _show_time(self) -> None:
        position = self.player.position() / 1000 if self.buffer is not None else 0
        length = self.player.duration() / 1000 if self.buffer is not None else 0
        self.time_label.setText(f"{clock(position)} / {clock(length)}")
        self.time_label.setAccessibleName(
            QCoreApplication.translate("MemoryPlayer", "{position} of {length}").format(
                position=clock(position), length=clock(length)
            )
        )

    def _words_for_play(self) -> None:
        playing = self.is_playing()
        words = (
            QCoreApplication.translate("MemoryPlayer", "Pause")
            if playing
            else QCoreApplication.translate("MemoryPlayer", "Play")
        )
        self.play_button.setText(words)
        self.play_button.setIcon(icons.pause() if playing else icons.play())
        self.play_button.setAccessibleName(words)
        self.play_button.setAccessibleDescription(
            QCoreApplication.translate("MemoryPlayer", "Stop playing for now.")
            if playing
            else QCoreApplication.translate("MemoryPlayer", "Listen from where it is up to.")
        )

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("MemoryPlayer", "Player"))
        self._words_for_play()
        self.slider.setAccessibleName(
            QCoreApplication.translate("MemoryPlayer", "Where it is up to")
        )
        self.slider.setAccessibleDescription(
            QCoreApplication.translate(
                "MemoryPlayer", "The arrow keys go back or on by one second."
            )
        )
        if self.video_widget is not None:
            self.video_widget.setAccessibleName(
                QCoreApplication.translate("MemoryPlayer", "Video picture")
            )
        self._show_time()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
