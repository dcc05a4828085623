"""Run the real ``voiceapp`` command line in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[bytes]]


@pytest.fixture
def voiceapp(tmp_path: Path) -> Run:
    def run(*args: str | Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "voiceapp", *map(str, args)],
            input=stdin,
            capture_output=True,
            cwd=tmp_path,
            timeout=120,
            check=False,
        )

    return run


def one_error_line(proc: subprocess.CompletedProcess[bytes]) -> str:
    """The single 'voiceapp: ' line a failure must print, with no traceback."""
    err = proc.stderr.decode()
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("voiceapp: "), err
    return lines[0]
