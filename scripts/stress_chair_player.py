"""Load, play, seek, stop and unload a video in the chair's player, over and over,
with a real (null) sound output, to look for a hang between Qt's media threads and
Python (the chair's ``ItemDevice`` is read by the player's threads).

    .venv/bin/python scripts/stress_chair_player.py [cycles]

It starts its own PulseAudio daemon with a null sink, runs offscreen, and prints
how many cycles finished. A cycle that takes over 30 s counts as a hang: every
thread's stack is printed and the script exits with 1. Not part of the test suite
(a rare hang needs many cycles); run it after changing ``voiceapp/ui/chair/media.py``.
"""

from __future__ import annotations

import faulthandler
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HANG_SECONDS = 30


class Stream:
    """What ``ItemDevice`` reads: an item's size and ``read_at`` (here over bytes)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.size = len(data)

    def read_at(self, offset: int, n: int) -> bytes:
        return self.data[offset : offset + n]


def main() -> int:
    cycles = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from tests.recording import sound_server

    server = sound_server.start("stress-pulse-", microphone=False)
    os.environ.update(server.environment())
    try:
        from PySide6.QtMultimedia import QMediaPlayer
        from PySide6.QtWidgets import QApplication

        from tests import media_samples
        from voiceapp.ui.chair.media import MediaView

        app = QApplication([])
        data = media_samples.webm(3.0)
        view = MediaView(True)
        view.show()

        def spin(done: object, seconds: float = 10.0) -> None:
            end = time.monotonic() + seconds
            while not done() and time.monotonic() < end:  # type: ignore[operator]
                app.processEvents()
                time.sleep(0.005)

        stopped = QMediaPlayer.PlaybackState.StoppedState
        for cycle in range(cycles):
            faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
            view.load(Stream(data), "webm")
            spin(lambda: view.player.duration() > 0)
            view.toggle()
            spin(lambda: view.player.position() > 200 * (cycle % 5))  # noqa: B023
            if cycle % 3 == 0:
                view.skip(1000)
            if cycle % 4 == 1:  # sometimes play to the end, sometimes stop mid-way
                spin(lambda: view.player.playbackState() == stopped, 6)
            view.unload()
        faulthandler.cancel_dump_traceback_later()
        print(f"{cycles} cycles, no hang")
        return 0
    finally:
        server.close()


if __name__ == "__main__":
    sys.exit(main())
