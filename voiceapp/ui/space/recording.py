"""Recording in the space: the voice (and video) pages, listening to a kept
recording again, and what happens when the young person leaves in the middle.

A kept recording becomes a new vault item; only once that item is written are
its crash-safety segments removed (``YoungSpace.keep_recording``). Leaving the
page never loses a recording: one still running is stopped, and one waiting to
be kept is kept (My things can delete it, with Undo).
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from voiceapp.core.recording import VideoFile
from voiceapp.core.recording.camera import CameraSource
from voiceapp.ui.page_parts import FocusFirst, label
from voiceapp.ui.space.activities import Activity
from voiceapp.ui.space.saver import Draft

if TYPE_CHECKING:
    from voiceapp.ui.space.space import YoungSpace

RECORD_MODULE = "voiceapp.ui.record"
KINDS = {"voice": "audio", "video": "video"}
EXTENSIONS = {"audio": "ogg", "video": "webm"}
CAMERA_VARIABLE = "VOICEAPP_CAMERA"


class RecordingActivity(Activity):
    """A recording page (voice or video) in the space."""

    def __init__(self, page: Any, space: YoungSpace, kind: str) -> None:
        super().__init__(page, space)
        self.page = page
        self.space = space
        self.kind = kind
        self._leaving = False
        page.kept.connect(self._kept)
        page.busy_changed.connect(self._busy_changed)

    def _kept(self, recording: Any) -> None:
        self.space.keep_recording(
            self.kind, recording.data, recording.duration_s, recording.recording_id
        )
        self.finished.emit()

    def pause(self) -> None:
        self.page.pause_if_recording()

    # ``flush`` does nothing: a recording is saved as it goes (in crash-safety
    # segments), so hiding or a break only pauses it.

    def leave(self) -> None:
        """Leaving the page: keep what was said (a running recording is stopped first)."""
        if self.page.recording is not None:
            self._keep_waiting()
        elif self.page.is_busy():
            self._leaving = True
            self.page.stop_and_offer()

    def _busy_changed(self, busy: bool) -> None:
        if not busy and self._leaving and self.page.recording is not None:
            self._keep_waiting()

    def _keep_waiting(self) -> None:
        recording = self.page.recording
        self._leaving = True
        self.page.reset()  # lets go of it on the page; the space keeps it
        self._kept(recording)

    def closing(self) -> bool:
        """True if the page must live on (hidden) until its recording has stopped."""
        return bool(self.page.is_busy())


class ListenPage(FocusFirst):
    """A kept recording, to listen to (or watch) again."""

    def __init__(self, title: str, kind: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listenPage")
        record = importlib.import_module(RECORD_MODULE)
        self.title = label(self, "pageTitle", data=True)
        self.title.setText(title)
        self.hint = label(self, "message")
        self.player = record.MemoryPlayer(self, video=kind == "video")
        self.player.load(data, EXTENSIONS[kind])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.player, 1)
        self.first_focus = self.player
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            QCoreApplication.translate(
                "ListenPage",
                "Press Play to listen again. In My things you can choose who hears it.",
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ListenActivity(Activity):
    def __init__(self, page: ListenPage, parent: QObject | None = None) -> None:
        super().__init__(page, parent)
        self.page = page

    def pause(self) -> None:
        self.page.player.pause()


def make_recording(key: str, space: YoungSpace, draft: Draft, data: bytes | None) -> Activity:
    """The recording page for ``key`` ("voice" or "video"), or a saved one to play."""
    kind = KINDS[key]
    if data is not None:
        return ListenActivity(ListenPage(draft.title, kind, data, space.stack), space)
    record = importlib.import_module(RECORD_MODULE)
    if key == "voice":
        page = record.VoicePage(space.segments, space.stack)
    else:
        page = record.VideoPage(space.segments, space.stack, camera=chosen_camera())
    return RecordingActivity(page, space, kind)


def chosen_camera() -> CameraSource | None:
    """``VOICEAPP_CAMERA``: a camera's number, or a video file to use as the camera
    (looping; for demonstrations and tests). Unset: the computer's first camera."""
    value = os.environ.get(CAMERA_VARIABLE, "").strip()
    if not value:
        return None
    if value.isdigit():
        return int(value)
    return VideoFile(Path(value), loop=True)
