"""Lock My Voice after a set time with no mouse, touch or keyboard use.

An event filter on the application notices any input and restarts a timer.
When it runs out, ``timed_out`` is sent; the window locks the vault.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

DEFAULT_MINUTES = 10
CHOICES_MINUTES = (2, 5, 10, 15, 30)

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
}


class IdleLock(QObject):
    """Call ``start()`` once unlocked and ``stop()`` when locked."""

    timed_out = Signal()

    def __init__(self, parent: QObject | None = None, minutes: int = DEFAULT_MINUTES) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.timed_out)
        self.set_interval_ms(minutes * 60_000)
        self._installed = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self._timer.setInterval(max(1, ms))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def poke(self) -> None:
        """Someone is here: start counting again."""
        if self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.poke()
        return False
