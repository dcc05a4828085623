"""A private PulseAudio daemon: the real sound device for tests, benchmarks and
stress scripts on machines with no sound card.

It has a null sink (the default output, clocked in real time) and, unless asked
not to, a sine source looped into that sink, so recording from the sink's monitor
(the default source) hears a steady note. Clients reach it through the variables
``SoundServer.environment()`` gives; ``autospawn = no`` keeps them from starting
a real daemon behind its back.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SINE_HZ = 523  # the fake microphone's note


class NoSoundServer(RuntimeError):
    """The daemon is not installed or did not start (the message says which)."""


@dataclass
class SoundServer:
    runtime: Path
    process: subprocess.Popen[bytes]

    @property
    def socket(self) -> Path:
        return self.runtime / "native"

    def environment(self) -> dict[str, str]:
        """What a client needs to find this daemon (and only this one)."""
        return {
            "XDG_RUNTIME_DIR": str(self.runtime),
            "PULSE_RUNTIME_PATH": str(self.runtime),
            "PULSE_SERVER": f"unix:{self.socket}",
            "PULSE_CLIENTCONFIG": str(self.runtime / "client.conf"),
        }

    def kill(self) -> None:
        """The sound server dies (as when the only microphone is unplugged)."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def silence(self) -> None:
        """The microphone gives no sound at all, not even silence (as a muted or broken
        one may): the null sink, whose monitor is the default source, is suspended."""
        subprocess.run(
            ["pactl", "suspend-sink", "nullsink", "1"],
            check=True,
            capture_output=True,
            env={**os.environ, **self.environment()},
        )

    def close(self) -> None:
        """Stop the daemon and remove its folder."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        shutil.rmtree(self.runtime, ignore_errors=True)


def start(prefix: str = "pulse-", *, microphone: bool = True) -> SoundServer:
    """Start a daemon in a new folder and wait until it answers; ``NoSoundServer``
    (with the daemon's log) if it cannot."""
    exe = shutil.which("pulseaudio")
    for tool, found in (("pulseaudio", exe), ("pactl", shutil.which("pactl"))):
        if found is None:
            raise NoSoundServer(f"{tool} is not installed (bash scripts/setup.sh test)")
    runtime = Path(tempfile.mkdtemp(prefix=prefix))  # short: socket paths are limited
    socket = runtime / "native"
    lines = [
        f"load-module module-native-protocol-unix auth-anonymous=1 socket={socket}",
        "load-module module-null-sink sink_name=nullsink rate=48000 channels=1",
    ]
    if microphone:
        lines += [
            f"load-module module-sine-source source_name=sine frequency={SINE_HZ} rate=48000",
            "load-module module-loopback source=sine sink=nullsink",
        ]
    lines += ["set-default-sink nullsink", "set-default-source nullsink.monitor"]
    (runtime / "default.pa").write_text("\n".join(lines) + "\n")
    (runtime / "client.conf").write_text("autospawn = no\n")
    env = {
        **os.environ,
        "HOME": str(runtime),
        "XDG_RUNTIME_DIR": str(runtime),
        "PULSE_RUNTIME_PATH": str(runtime),
        "PULSE_STATE_PATH": str(runtime / "state"),
    }
    env.pop("PULSE_SERVER", None)
    with open(runtime / "daemon.log", "wb") as log:
        process = subprocess.Popen(
            [
                exe,
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--use-pid-file=no",
                "--system=no",
                "-F",
                str(runtime / "default.pa"),
            ],
            env=env,
            stdout=log,
            stderr=log,
        )
    server = SoundServer(runtime, process)
    last_module = "module-loopback" if microphone else "module-null-sink"
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and process.poll() is None:
        # waiting for a child process to come up: ask it until it answers
        if socket.exists():
            answer = subprocess.run(
                ["pactl", "list", "short", "modules"],
                capture_output=True,
                text=True,
                env={**os.environ, **server.environment()},
            )
            if answer.returncode == 0 and last_module in answer.stdout:
                return server
        time.sleep(0.05)
    log_text = (runtime / "daemon.log").read_text(errors="replace")
    server.close()
    raise NoSoundServer(f"the sound server did not start:\n{log_text}")
