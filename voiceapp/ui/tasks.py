"""Long work off the GUI thread: a ``Task`` runs ``work(progress, cancelled)``
on Qt's thread pool and reports back on the GUI thread through signals.

The core's long calls (encrypting, packing, verifying) take exactly these two
callbacks, so a page only wires signals to a progress bar and a Stop button.
Progress is thinned to one signal every 50 ms, so a fast loop cannot flood the
event queue.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Work = Callable[[Callable[[int], None], Callable[[], bool]], Any]

_THROTTLE_S = 0.05


class _Bridge(QObject):
    progress = Signal(int)
    done = Signal(bool, object)


class _Runnable(QRunnable):
    def __init__(self, work: Work, bridge: _Bridge, cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._bridge = bridge
        self._cancel = cancel
        self._last = 0.0

    def _progress(self, value: int) -> None:
        now = time.monotonic()
        if now - self._last >= _THROTTLE_S:
            self._last = now
            self._bridge.progress.emit(value)

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._cancel.is_set)
        except BaseException as e:  # reported to the GUI thread, never lost
            self._bridge.done.emit(False, e)
        else:
            self._bridge.done.emit(True, result)


class Task(QObject):
    """One piece of long work. Connect the signals, then ``start()``."""

    progress = Signal(int)
    """Units done so far (usually bytes), at most every 50 ms."""
    succeeded = Signal(object)
    """The work's return value."""
    failed = Signal(object)
    """The exception it raised (``voiceapp.core.errors.Cancelled`` after ``cancel``)."""
    finished = Signal()
    """After ``succeeded`` or ``failed``, whichever came."""

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._bridge = _Bridge(self)
        self._bridge.progress.connect(self.progress)
        self._bridge.done.connect(self._done)
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> None:
        if self.running:
            raise RuntimeError("task already running")
        self.running = True
        self._cancel.clear()
        (pool or QThreadPool.globalInstance()).start(
            _Runnable(self._work, self._bridge, self._cancel)
        )

    def cancel(self) -> None:
        """Ask the work to stop at its next check; ``failed`` follows with ``Cancelled``."""
        self._cancel.set()

    def _done(self, ok: bool, value: object) -> None:
        self.running = False
        if ok:
            self.succeeded.emit(value)
        else:
            self.failed.emit(value)
        self.finished.emit()
