"""Fixtures for the chair's screens: a chair vault, a bundle of every kind made
to the chair's key with the core writer, a private sound server, and answers
for the file dialogs."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests import media_samples as ms
from voiceapp.core import age
from voiceapp.core.bundle import BundleInfo, BundleWriter
from voiceapp.core.vault import Vault
from voiceapp.ui.chair import dialogs

PASSPHRASE = "purple kettle seven"
FAST = 10  # scrypt work factor for test vaults

INFO = BundleInfo(
    age_band="13-17",
    conference_date=dt.date(2026, 12, 3),
    made_with="advocate",
    name="Sam",
    reference="CP-2026-117",
)
LETTER = "Dear chair,\nI want to stay at my school with my friends.\nÇa va? ✓ Love, Sam\n"
SECRET_LETTER = "Please do not read this out: I am scared of going home on Fridays.\n"


@pytest.fixture(scope="session")
def media() -> dict[str, bytes]:
    """One real sample of every kind (encoded once)."""
    return {
        "drawing": ms.png(320, 240),
        "audio": ms.ogg_opus(3.0),
        "video": ms.webm(3.0),
        "picture": ms.jpeg_with_gps(160, 120),
        "feelings": ms.feelings_page(),
    }


def write_every_kind(target: Path, recipient: age.Recipient, media: dict[str, bytes]) -> Path:
    """Seven kinds; the second letter is only for the chair."""
    with BundleWriter(target, [recipient], INFO) as w:
        drawing = w.add("drawing", media["drawing"], title="My house")
        w.add("letter", LETTER.encode(), title="My letter to the meeting")
        w.add(
            "letter",
            SECRET_LETTER.encode(),
            title="Just for the chair",
            audience="chair-only",
        )
        w.add("audio", media["audio"], title="What I want to say", duration_s=3.0)
        w.add("video", media["video"], title="Me talking", duration_s=3.0)
        w.add("picture", media["picture"], title="My dog")
        w.add("feelings", media["feelings"], title="How I feel", words="written-by-helper")
        w.add("houses", ms.houses_page(drawing.id), title="My three houses")
    return w.path


@pytest.fixture
def chair_identity() -> age.HybridIdentity:
    return age.HybridIdentity.generate()


@pytest.fixture
def chair_vault(tmp_path: Path, chair_identity: age.HybridIdentity) -> Iterator[Vault]:
    """An unlocked chair vault (low work factor)."""
    v = Vault(tmp_path / "data", work_factor=FAST)
    v.create("chair", PASSPHRASE, identity=chair_identity)
    yield v
    v.close()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


@pytest.fixture
def every_kind(inbox: Path, chair_identity: age.HybridIdentity, media: dict[str, bytes]) -> Path:
    return write_every_kind(
        inbox / "conference-2026-12-03-abcd.voice", chair_identity.recipient(), media
    )


class DialogAnswers:
    """Stands in for the file dialogs: each call takes the next answer given."""

    def __init__(self) -> None:
        self.answers: list[str | None] = []
        self.asked: list[str] = []

    def give(self, *answers: str | None) -> None:
        self.answers.extend(answers)

    def _next(self, title: str) -> str | None:
        self.asked.append(title)
        assert self.answers, f"a file dialog was opened unexpectedly: {title}"
        return self.answers.pop(0)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> DialogAnswers:
    d = DialogAnswers()
    monkeypatch.setattr(dialogs, "open_path", lambda parent, title, *a: d._next(title))
    monkeypatch.setattr(dialogs, "save_path", lambda parent, title, *a: d._next(title))
    monkeypatch.setattr(dialogs, "folder_path", lambda parent, title, *a: d._next(title))
    return d


@pytest.fixture(scope="session", autouse=True)
def sound_server() -> Iterator[str | None]:
    """A private PulseAudio daemon with a null sink for every chair test, if installed.

    Started before Qt's multimedia first looks for a sound server, so the real
    QMediaPlayer plays through it (about 2 s late: see DESIGN.md). Without
    pulseaudio, Qt plays with no audio device and time still runs.
    """
    exe = shutil.which("pulseaudio")
    if exe is None:
        yield None
        return
    runtime = Path(tempfile.mkdtemp(prefix="chair-pulse-"))
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "PULSE_RUNTIME_PATH": str(runtime)}
    proc = subprocess.Popen(
        [
            exe,
            "--daemonize=no",
            "-n",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--load=module-null-sink sink_name=chairtest",
            "--load=module-native-protocol-unix",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = runtime / "native"
    deadline = time.monotonic() + 10
    while not socket.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)  # waiting for a child process to start, not for the GUI
    saved = {k: os.environ.get(k) for k in ("PULSE_SERVER", "XDG_RUNTIME_DIR")}
    if socket.exists():
        os.environ["PULSE_SERVER"] = f"unix:{socket}"
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    try:
        yield str(socket) if socket.exists() else None
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(runtime, ignore_errors=True)


def wait_verified(qtbot: QtBot, home: object, timeout: int = 30_000) -> None:
    viewer = home.viewer  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: viewer.opened is not None and viewer.opened.verified and viewer.marks is not None,
        timeout=timeout,
    )
