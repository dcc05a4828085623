"""Every chair screen draws on a real X server (Xvfb), not only offscreen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageStat

NAMES = [
    "setup",
    "setup-make",
    "setup-backup",
    "checking",
    "letter",
    "chair-only",
    "drawing",
    "feelings",
    "houses",
    "video",
    "copies",
    "inbox",
    "key",
    "error",
    "summary-pdf-1",
]


def test_every_chair_screen_is_drawn_under_xvfb(tmp_path: Path, repo: Path) -> None:
    """The screenshot script runs on Xvfb and each picture has real content
    (many colours, not one flat colour)."""
    if shutil.which("xvfb-run") is None or shutil.which("pdftoppm") is None:
        pytest.fail("xvfb-run and pdftoppm are needed: bash scripts/setup.sh test")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    env.pop("PULSE_SERVER", None)
    subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x860x24",
            sys.executable,
            "-m",
            "tests.ui.chair.screenshots",
            str(tmp_path),
        ],
        cwd=repo,
        env=env,
        check=True,
        timeout=300,
        capture_output=True,
    )
    for name in NAMES:
        with Image.open(tmp_path / f"chair-{name}.png") as im:
            stat = ImageStat.Stat(im.convert("L"))
            assert stat.stddev[0] > 10, name
            assert len(im.convert("RGB").getcolors(1 << 20) or []) > 20, name
