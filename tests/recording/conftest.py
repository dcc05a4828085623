"""A real capture device for every recording test: a private PulseAudio daemon.

Each test that asks for ``pulse`` gets its own daemon in its own runtime
folder, with a null sink, a sine source, and a loopback from the sine into the
sink. Recording from the sink's monitor (the default source) gives audio
clocked in real time by the null sink. sounddevice reaches it through
PortAudio's ALSA host API and the ALSA ``pulse`` plugin (Debian packages
``libportaudio2`` and ``libasound2-plugins``), with ``PULSE_SERVER`` pointing
at the daemon's socket.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tests.recording import sound_server
from tests.recording.sound_server import SoundServer
from voiceapp.core.recording import VoiceRecorder
from voiceapp.core.vault import CaseDetails, Vault

PASSPHRASE = "purple kettle seven"
FAST = 10  # scrypt work factor for tests
SINE_HZ = sound_server.SINE_HZ  # the fake microphone's note
RATE = 48_000


def _client_config(folder: Path) -> Path:
    conf = folder / "client.conf"
    conf.write_text("autospawn = no\n")  # never start a real daemon behind the test's back
    return conf


Pulse = SoundServer


@pytest.fixture
def pulse(monkeypatch: pytest.MonkeyPatch) -> Iterator[Pulse]:
    try:
        server = sound_server.start("rec-pulse-")
    except sound_server.NoSoundServer as exc:
        pytest.fail(str(exc))
    for name, value in server.environment().items():
        monkeypatch.setenv(name, value)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def mic(pulse: Pulse) -> Pulse:
    """The same sound server, named for the screens' tests: a real microphone (the
    sine) and speaker (the null sink)."""
    return pulse


@pytest.fixture
def no_sound_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No sound server at all: the socket the sound library is told about does not exist."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("PULSE_RUNTIME_PATH", str(tmp_path))
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'nothing-here'}")
    monkeypatch.setenv("PULSE_CLIENTCONFIG", str(_client_config(tmp_path)))


@pytest.fixture
def private_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A temp folder of the test's own, so 'nothing written to temp' can be checked."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault(tmp_path / "data", work_factor=FAST)
    v.create("helper", PASSPHRASE)
    yield v
    v.close()


def new_case(vault: Vault) -> str:
    details = CaseDetails(
        chosen_name="Sam",
        age_band="8-12",
        conference_date=dt.date.today() + dt.timedelta(days=10),
    )
    return vault.add_case(details).id


class Progress:
    """Waits on a recorder's own progress callbacks (no guessing with sleep)."""

    def __init__(self) -> None:
        import threading

        self._cond = threading.Condition()
        self.seconds = 0.0
        self.events: list[tuple[float, float]] = []  # (monotonic time, seconds recorded)

    def __call__(self, seconds: float) -> None:
        with self._cond:
            self.seconds = seconds
            self.events.append((time.monotonic(), seconds))
            self._cond.notify_all()

    def wait_for(self, seconds: float, timeout: float = 20.0) -> None:
        with self._cond:
            if not self._cond.wait_for(lambda: self.seconds >= seconds, timeout):
                raise TimeoutError(f"only {self.seconds:.2f} s recorded, waited for {seconds}")


def record(recorder: VoiceRecorder, progress: Progress, seconds: float) -> None:
    recorder.start()
    progress.wait_for(seconds)


def decoded(data: bytes) -> np.ndarray:
    """The recording as float samples (PyAV)."""
    import io

    import av

    with av.open(io.BytesIO(data)) as container:
        frames = [f.to_ndarray().reshape(-1) for f in container.decode(audio=0)]
        rate = container.streams.audio[0].rate
    assert rate == RATE
    out = np.concatenate(frames).astype(np.float64)
    return out / 32768.0 if np.abs(out).max() > 2 else out


def main_frequency(samples: np.ndarray) -> float:
    """The strongest frequency, by FFT with a Hann window and parabolic peak fitting."""
    windowed = samples * np.hanning(len(samples))
    spectrum = np.abs(np.fft.rfft(windowed, n=4 * len(windowed)))
    k = int(np.argmax(spectrum[1:])) + 1
    a, b, c = np.log(spectrum[k - 1 : k + 2] + 1e-12)
    shift = 0.5 * (a - c) / (a - 2 * b + c)
    return (k + shift) * RATE / (4 * len(windowed))
