"""Pictures of key screens in another language and text size, drawn on a real
(virtual) X screen:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python -m tests.ui.language_screenshots ar 2.0 docs/screenshots

saves ``lang-<language>-<percent>-<screen>.png`` for the start screen and the
young person's choices, Learn about my meeting, Three houses and My things. Not a
test: tests/ui/test_language_screenshots.py runs it and checks the pictures.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from voiceapp.core.vault import CaseDetails, Vault
from voiceapp.ui.app import application
from voiceapp.ui.display import Display, apply_display
from voiceapp.ui.feelings import HousesPage
from voiceapp.ui.language import find_language, languages
from voiceapp.ui.learn.viewer import LearnView
from voiceapp.ui.main_window import MainWindow
from voiceapp.ui.space.space import YoungSpace
from voiceapp.ui.vault_jobs import VaultJobs

SIZE = (1280, 800)
SCREENS = ("start", "choices", "learn", "houses", "things")


def wait_for(done: Callable[[], bool], ms: int = 20_000) -> None:
    deadline = time.monotonic() + ms / 1000
    while not done():
        if time.monotonic() > deadline:
            sys.exit("the screen did not get there in time")
        QTest.qWait(20)


def save(widget: QWidget, path: Path) -> None:
    QTest.qWait(250)  # a script, not a test: let the frame reach the X server
    picture = widget.screen().grabWindow(widget.winId())
    if picture.isNull() or not picture.save(str(path)):
        sys.exit(f"could not save {path}")
    print(f"saved {path}")


def main(code: str, scale: float, folder: str) -> None:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("VOICEAPP_SPEECH_ENGINE", "mock")
    os.environ.setdefault("VOICEAPP_DATA", tempfile.mkdtemp(prefix="lang-shots-"))
    app = application([sys.argv[0]])
    language = find_language(code)
    languages().set_language(language.code)
    apply_display(Display(text_scale=scale))
    stem = f"lang-{code}-{round(scale * 100)}"
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    if not QTest.qWaitForWindowExposed(window):
        sys.exit("the window did not appear on the X screen")
    save(window, out / f"{stem}-start.png")
    window.close()
    with tempfile.TemporaryDirectory() as temp:
        vault = Vault(Path(temp) / "vault", work_factor=10)
        vault.create("helper", "purple kettle seven")
        details = CaseDetails("Amal", "8-12", dt.date.today() + dt.timedelta(days=9))
        case = vault.add_case(details.with_changes(language=language.code))
        jobs = VaultJobs()
        space = YoungSpace(vault, jobs, case)
        space.resize(*SIZE)
        space.show()
        QTest.qWaitForWindowExposed(space)
        save(space, out / f"{stem}-choices.png")
        space.choose("learn")
        view = space.page
        assert isinstance(view, LearnView)
        view.open_page(2)
        save(space, out / f"{stem}-learn.png")
        space.choose("houses")
        houses = space.page
        assert isinstance(houses, HousesPage)
        houses.add_entry("good-things", {"text": "⚽ 🐱", "words": "own"})
        save(space, out / f"{stem}-houses.png")
        space.show_things()
        wait_for(lambda: len(space.things.cards) == 1)
        save(space, out / f"{stem}-things.png")
        space.end()
        jobs.wait()
        vault.close()
    app.processEvents()


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), sys.argv[3])
