"""Every screen of the young person's space draws on a real X server (Xvfb), at
both reading levels."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from tests.ui.space.screenshot import SCREENS


@pytest.mark.parametrize("level", ["younger", "older"])
def test_every_screen_is_drawn_under_xvfb(tmp_path: Path, repo: Path, level: str) -> None:
    """The screenshot script saves a 1280 × 800 picture of each screen of the space,
    each with real content (contrast and many colours, not a blank window)."""
    if shutil.which("xvfb-run") is None:
        pytest.fail("xvfb-run is needed: bash scripts/setup.sh test")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "VOICEAPP_SPEECH_ENGINE": "mock"}
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, "-m",
         "tests.ui.space.screenshot", level, str(tmp_path)],
        cwd=repo,
        env=env,
        timeout=300,
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    for screen in SCREENS:
        with Image.open(tmp_path / f"space-{level}-{screen}.png") as im:
            assert im.size == (1280, 800), screen
            assert ImageStat.Stat(im.convert("L")).stddev[0] > 10, screen
            assert len(im.convert("RGB").getcolors(1 << 20) or []) > 50, screen
