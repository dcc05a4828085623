"""Close the app cleanly when the system asks (Ctrl+C in a terminal, logout, kill).

While Qt's event loop runs, Python signal handlers only get a turn when Python
code runs. A wake-up socket, watched by Qt, gives them that turn at once.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from PySide6.QtCore import QCoreApplication, QSocketNotifier

SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def quit_on_signals(app: QCoreApplication) -> Iterator[None]:
    """Within this block, SIGINT and SIGTERM make ``app`` quit its event loop."""

    def handler(_signum: int, _frame: FrameType | None) -> None:
        app.quit()

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def drain() -> None:
        try:
            while reader.recv(64):
                pass
        except BlockingIOError:
            pass

    notifier.activated.connect(drain)
    previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    previous = {sig: signal.signal(sig, handler) for sig in SIGNALS}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        reader.close()
        writer.close()
