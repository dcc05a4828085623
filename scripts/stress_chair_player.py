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
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HANG_SECONDS = 30


def sound_server(folder: Path) -> subprocess.Popen[bytes]:
    exe = shutil.which("pulseaudio")
    if exe is None:
        sys.exit("pulseaudio is not installed (bash scripts/setup.sh test)")
    socket = folder / "native"
    (folder / "default.pa").write_text(
        f"load-module module-native-protocol-unix auth-anonymous=1 socket={socket}\n"
        "load-module module-null-sink sink_name=nullsink rate=48000 channels=1\n"
        "set-default-sink nullsink\n"
    )
    (folder / "client.conf").write_text("autospawn = no\n")
    env = {**os.environ, "HOME": str(folder), "XDG_RUNTIME_DIR": str(folder)}
    env.update(PULSE_RUNTIME_PATH=str(folder), PULSE_STATE_PATH=str(folder / "state"))
    env.pop("PULSE_SERVER", None)
    daemon = subprocess.Popen(
        [
            exe,
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--system=no",
            "-F",
            str(folder / "default.pa"),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 15
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    os.environ.update(
        XDG_RUNTIME_DIR=str(folder),
        PULSE_SERVER=f"unix:{socket}",
        PULSE_CLIENTCONFIG=str(folder / "client.conf"),
    )
    return daemon


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
    folder = Path(tempfile.mkdtemp(prefix="stress-pulse-"))
    daemon = sound_server(folder)
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
        daemon.kill()
        daemon.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
