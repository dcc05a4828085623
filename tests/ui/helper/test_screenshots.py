"""Every helper screen draws on a real X server (Xvfb), not only offscreen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from .screenshots import NAMES


def test_every_helper_screen_is_drawn_under_xvfb(tmp_path: Path, repo: Path) -> None:
    """The screenshot script runs on Xvfb and saves every helper screen; each picture
    has real content (many colours and some contrast, not one flat colour)."""
    if shutil.which("xvfb-run") is None:
        pytest.fail("xvfb-run is needed: bash scripts/setup.sh test")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x860x24",
            sys.executable,
            "-m",
            "tests.ui.helper.screenshots",
            str(tmp_path),
        ],
        cwd=repo,
        env=env,
        timeout=300,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    for name in NAMES:
        with Image.open(tmp_path / f"helper-{name}.png") as im:
            assert im.size == (1280, 860), name
            stat = ImageStat.Stat(im.convert("L"))
            assert stat.stddev[0] > 10, name
            assert len(im.convert("RGB").getcolors(1 << 20) or []) > 50, name
