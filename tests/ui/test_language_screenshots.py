"""Key screens draw in Arabic, right to left, on a real X server (Xvfb)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from tests.ui.language_screenshots import SCREENS


def test_arabic_screens_are_drawn_mirrored(tmp_path: Path, repo: Path) -> None:
    """The language screenshot script draws every key screen in Arabic; each picture
    has real content, and the space's bar is mirrored: its first button (My space)
    is drawn at the right-hand end."""
    if shutil.which("xvfb-run") is None:
        pytest.fail("xvfb-run is needed: bash scripts/setup.sh test")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "VOICEAPP_SPEECH_ENGINE": "mock"}
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, "-m",
         "tests.ui.language_screenshots", "ar", "1.0", str(tmp_path)],
        cwd=repo, env=env, timeout=300, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    for screen in SCREENS:
        with Image.open(tmp_path / f"lang-ar-100-{screen}.png") as im:
            assert im.size == (1280, 800), screen
            assert ImageStat.Stat(im.convert("L")).stddev[0] > 10, screen
    with Image.open(tmp_path / "lang-ar-100-choices.png") as im:
        bar = im.convert("RGB").crop((0, 0, 1280, 80))

        def green(box: tuple[int, int, int, int]) -> int:
            """Pixels of the Hide button's strong green edge in ``box``."""
            part = bar.crop(box)
            return sum(
                1
                for x in range(part.width)
                for y in range(part.height)
                if (px := part.getpixel((x, y)))
                and isinstance(px, tuple)
                and px[1] > 100
                and px[0] < 60
                and px[2] < 100
            )

        # Hide is the last button: drawn at the left end when the layout is mirrored
        assert green((0, 0, 240, 80)) > 100 and green((1040, 0, 1280, 80)) == 0
