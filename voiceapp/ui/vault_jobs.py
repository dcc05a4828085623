"""Vault work off the GUI thread, one job at a time.

The vault is not written for several threads at once, and its calls decrypt,
encrypt and fsync, so no page calls it on the GUI thread. Every call goes
through ``VaultJobs.run``: a :class:`~voiceapp.ui.tasks.Task` on a pool with a
single thread, so jobs run in the order they were asked for. The window knows
when work is under way (``busy``), so the idle lock waits for it to finish
instead of pulling the keys out from under it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from voiceapp.ui.tasks import Task, Work


class VaultJobs(QObject):
    """A queue of vault work; callbacks arrive on the GUI thread."""

    idle = Signal()
    """Sent when the last queued job has finished."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._tasks: list[Task] = []

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def run(
        self,
        work: Work,
        succeeded: Callable[[Any], object] | None = None,
        failed: Callable[[BaseException], object] | None = None,
        progress: Callable[[int], object] | None = None,
    ) -> Task:
        """Queue ``work(progress, cancelled)``; connect the callbacks first, then start.

        Pass bound methods of widgets: Qt drops the connection if the widget is
        gone by the time the job ends.
        """
        task = Task(work, self)
        if succeeded is not None:
            task.succeeded.connect(succeeded)
        if failed is not None:
            task.failed.connect(failed)
        if progress is not None:
            task.progress.connect(progress)
        task.finished.connect(self._finished)
        self._tasks.append(task)
        task.start(self._pool)
        return task

    def _finished(self) -> None:
        self._tasks = [t for t in self._tasks if t.running]
        done = [t for t in self.children() if isinstance(t, Task) and not t.running]
        for task in done:
            task.deleteLater()
        if not self._tasks:
            self.idle.emit()

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has ended (only when closing the window)."""
        return self._pool.waitForDone(msecs)
