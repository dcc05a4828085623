"""The learn pages are drawn on a real X server (Xvfb), at both reading levels."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageStat


@pytest.mark.parametrize("level", ["younger", "older", "contents"])
def test_a_learn_page_is_drawn_under_xvfb(tmp_path: Path, repo: Path, level: str) -> None:
    """The screenshot script runs on Xvfb and saves a 1280 × 800 picture of a page
    with real content (many colours and some contrast, not one flat colour)."""
    if shutil.which("xvfb-run") is None:
        pytest.fail("xvfb-run is needed: bash scripts/setup.sh test")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    out = tmp_path / f"learn-{level}.png"
    done = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            sys.executable,
            "-m",
            "tests.ui.learn.screenshot",
            level,
            str(out),
        ],
        cwd=repo,
        env=env,
        timeout=300,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    with Image.open(out) as im:
        assert im.size == (1280, 800)
        stat = ImageStat.Stat(im.convert("L"))
        assert stat.stddev[0] > 10
        assert len(im.convert("RGB").getcolors(1 << 20) or []) > 50
