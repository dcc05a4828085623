"""The recorder's callbacks, turned into Qt signals for the GUI thread.

``VoiceRecorder`` calls back on its own worker thread. A ``RecorderBridge``
lives in the GUI thread; its callbacks only *emit* signals, which Qt queues
to the GUI thread (connect them with ``QueuedConnection``), so no widget is
ever touched from the worker. ``detach`` cuts the callbacks off (the page is
going, or no longer wants this recording).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from voiceapp.core.recording import Recording, SegmentStore, VoiceRecorder


def ask_to_stop(recorder: VoiceRecorder) -> None:
    """``stop`` without waiting: it marks the moment, and the worker finishes by itself."""
    try:
        recorder.stop(timeout=0)
    except Exception:  # noqa: S110 - not started, still finishing, or ended with an error
        pass


class RecorderBridge(QObject):
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
        self._attached = True
        self.recorder = VoiceRecorder(
            device,
            store=store,
            max_seconds=max_seconds,
            warn_before=warn_before,
            on_level=self._on_level,
            on_progress=self._on_progress,
            on_warning=self._on_warning,
            on_finished=self._on_finished,
            on_error=self._on_error,
        )
        recorder = self.recorder
        # Gone with its page while recording: the microphone must not stay open.
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

    def _on_level(self, rms: float, peak: float) -> None:
        self._emit("level", rms, peak)

    def _on_progress(self, seconds: float) -> None:
        self._emit("progress", seconds)

    def _on_warning(self, seconds_left: float) -> None:
        self._emit("warning", seconds_left)

    def _on_finished(self, recording: Recording) -> None:
        self._emit("finished", recording)

    def _on_error(self, error: BaseException) -> None:
        self._emit("failed", error)
