"""The recorder's callbacks, turned into Qt signals for the GUI thread.

Recorders call back on their own worker threads. A bridge (``TakeBridge``;
``RecorderBridge`` for voice, ``VideoBridge`` for video) lives in the GUI
thread; its callbacks only *emit* signals, which Qt queues to the GUI thread
(connect them with ``QueuedConnection``), so no widget is ever touched from the
worker. ``detach`` cuts the callbacks off (the page is going, or no longer
wants this recording).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from voiceapp.core.recording import SegmentStore, VoiceRecorder
from voiceapp.core.recording.take import Take


def ask_to_stop(recorder: Take) -> None:
    """``stop`` without waiting: it marks the moment, and the worker finishes by itself."""
    try:
        recorder.stop(timeout=0)
    except Exception:  # noqa: S110 - not started, still finishing, or ended with an error
        pass


class TakeBridge(QObject):
    """What every recorder's bridge shares: the signals, ``detach``, and asking to stop
    (also when the bridge is deleted with its page while recording)."""

    level = Signal(float, float)
    """RMS and peak, 0.0–1.0, for each 40 ms block."""
    progress = Signal(float)
    """Seconds recorded so far (pauses not counted)."""
    warning = Signal(float)
    """Seconds left before the limit, once."""
    finished = Signal(object)
    """The ``Recording``, however it ended."""
    failed = Signal(object)
    """The exception, if encoding itself failed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._attached = True

    def callbacks(self) -> dict[str, Any]:
        """The recorder's ``on_*`` arguments: each only emits the matching signal."""
        return {
            "on_level": lambda rms, peak: self._emit("level", rms, peak),
            "on_progress": lambda seconds: self._emit("progress", seconds),
            "on_warning": lambda left: self._emit("warning", left),
            "on_finished": lambda recording: self._emit("finished", recording),
            "on_error": lambda error: self._emit("failed", error),
        }

    def _hold(self, recorder: Take) -> None:
        """``recorder`` is this bridge's: gone with its page while recording, the devices
        must not stay on."""
        self.recorder = recorder
        self.destroyed.connect(lambda *_: ask_to_stop(recorder))

    def ask_to_stop(self) -> None:
        """Ask the recorder to finish, without waiting (``finished`` follows)."""
        ask_to_stop(self.recorder)

    def detach(self) -> None:
        """No more signals from this recorder."""
        self._attached = False

    # -- called on the recorder's worker thread: emit only --------------------------

    def _emit(self, name: str, *args: object) -> None:
        if not self._attached:
            return
        try:
            getattr(self, name).emit(*args)
        except RuntimeError:  # the bridge was deleted with its page
            self._attached = False


class RecorderBridge(TakeBridge):
    """``VoiceRecorder``'s callbacks as signals."""

    recorder: VoiceRecorder

    def __init__(
        self,
        device: int | None,
        store: SegmentStore | None,
        *,
        max_seconds: float,
        warn_before: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._hold(
            VoiceRecorder(
                device,
                store=store,
                max_seconds=max_seconds,
                warn_before=warn_before,
                **self.callbacks(),
            )
        )
