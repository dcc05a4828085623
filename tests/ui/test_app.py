"""Starting My Voice for real: ``run()`` in this process, and ``python -m voiceapp``
as its own process, offscreen and on an X server (Xvfb)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from voiceapp.ui.app import run
from voiceapp.ui.main_window import MainWindow

START_TIMEOUT_MS = 60_000


def test_run_shows_the_start_screen_and_returns_0_when_closed(qapp: QApplication) -> None:
    """run() names the app, opens the main window on its start screen, and returns 0 once
    the person closes the window."""
    seen: list[MainWindow] = []
    gave_up: list[bool] = []

    def close_main_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget)
                assert widget.current_page() is widget.start_screen
                widget.close()

    def give_up() -> None:  # only if closing did not end the event loop
        gave_up.append(True)
        qapp.quit()

    QTimer.singleShot(0, close_main_window)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(give_up)
    guard.start(START_TIMEOUT_MS)
    code = run(["voiceapp"])
    guard.stop()

    assert code == 0
    assert len(seen) == 1
    assert not gave_up
    assert qapp.applicationName() == "My Voice"
    assert qapp.organizationName()


def catches_sigterm(pid: int) -> bool:
    """True once process ``pid`` has its own SIGTERM handler (Linux /proc)."""
    status = Path(f"/proc/{pid}/status").read_text()
    caught = next(line for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(caught.split()[1], 16) & (1 << (signal.SIGTERM - 1)))


def start_and_stop(qtbot: QtBot, repo: Path, env: dict[str, str]) -> tuple[int, str]:
    """Run ``python -m voiceapp``, wait until its window is up and listening, ask it to
    stop with SIGTERM, and return its exit code and what it printed on stderr."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "voiceapp"],
        cwd=repo,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The handler is installed after the window is shown, just before the event loop.
        qtbot.waitUntil(
            lambda: proc.poll() is not None or catches_sigterm(proc.pid), timeout=START_TIMEOUT_MS
        )
        assert proc.poll() is None, "My Voice stopped by itself"
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    return proc.returncode, stderr


def test_python_m_voiceapp_starts_offscreen_and_quits_when_asked(qtbot: QtBot, repo: Path) -> None:
    """`python -m voiceapp` opens its window and closes cleanly (exit 0) on SIGTERM."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code, stderr = start_and_stop(qtbot, repo, env)
    assert code == 0, stderr
    assert "Traceback" not in stderr


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    """A private X server (Xvfb) for this test; yields its DISPLAY."""
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is missing: scripts/test.sh installs it (Debian package xvfb)"
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as numbers:
        number = numbers.readline().strip()
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_python_m_voiceapp_starts_on_an_x_server(qtbot: QtBot, repo: Path, x_display: str) -> None:
    """On a real X server (Xvfb, Qt's xcb platform) the app starts and quits cleanly,
    so the X libraries scripts/setup.sh installs are all there."""
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": x_display}
    env.pop("WAYLAND_DISPLAY", None)
    code, stderr = start_and_stop(qtbot, repo, env)
    assert code == 0, stderr
    assert "could not load the Qt platform plugin" not in stderr.lower()
