"""Pictures of every screen of the young person's space, drawn on a real (virtual)
X screen, at one reading level:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python -m tests.ui.space.screenshot younger docs/screenshots

saves ``space-younger-<screen>.png`` for each screen (``older`` for 13-17). The
vault lives in a temporary folder that is deleted afterwards; a few things are
made first, the way a young person might. Not a test:
tests/ui/space/test_screenshot.py runs it into a temporary folder and checks
every picture has content.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from voiceapp.core.vault import CaseDetails, Vault
from voiceapp.ui.app import application
from voiceapp.ui.draw import Tool
from voiceapp.ui.draw.panel import DrawPanel
from voiceapp.ui.feelings import FeelingsPage, HousesPage
from voiceapp.ui.learn.viewer import LearnView
from voiceapp.ui.space.own_home import AboutMePage
from voiceapp.ui.space.space import YoungSpace
from voiceapp.ui.theme import apply_theme
from voiceapp.ui.vault_jobs import VaultJobs
from voiceapp.ui.write.editor import LetterEditor

SIZE = (1280, 800)
NAMES = {"younger": ("Mia", "4-7"), "older": ("Jay", "13-17")}
SCREENS = (
    "choices",
    "learn-contents",
    "learn-page",
    "draw",
    "write",
    "feelings",
    "houses",
    "things",
    "break",
    "finished",
    "hidden",
    "voice",
    "about-me",
)


def settle(ms: int = 250) -> None:
    QTest.qWait(ms)  # a script, not a test: let the frame reach the X server


def wait_for(done: Callable[[], bool], ms: int = 20_000) -> None:
    deadline = time.monotonic() + ms / 1000
    while not done():
        if time.monotonic() > deadline:
            sys.exit("the space did not get there in time")
        QTest.qWait(20)


def save(widget: QWidget, path: Path) -> None:
    settle()
    picture = widget.screen().grabWindow(widget.winId())
    if picture.isNull() or not picture.save(str(path)):
        sys.exit(f"could not save {path}")
    print(f"saved {path}")


def make_things(space: YoungSpace) -> None:
    """A drawing with stamps, a letter, feelings and houses, as a child might make."""
    space.choose("draw")
    panel = space.page
    assert isinstance(panel, DrawPanel)
    canvas = panel.canvas
    canvas.set_tool(Tool.STAMP)
    for name, x, y in (("face_happy", 420, 380), ("home", 900, 420), ("weather_sun", 1500, 200)):
        canvas.set_stamp(name)
        point = canvas.to_widget(QPointF(x, y)).toPoint()
        QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    canvas.set_tool(Tool.BRUSH)
    start = canvas.to_widget(QPointF(200, 800)).toPoint()
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    for x in range(200, 1700, 60):
        QTest.mouseMove(canvas, canvas.to_widget(QPointF(x, 800 + (x % 240) / 3)).toPoint())
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=start)
    space.show_menu()
    space.choose("write")
    letter = space.page
    assert isinstance(letter, LetterEditor)
    letter.insert_prompt("going-well")
    letter.editor.insertPlainText("I like my new school and my teacher Mrs Khan.\n")
    letter.insert_prompt("wish")
    letter.editor.insertPlainText("I wish I could see my brother every weekend.")
    space.show_menu()


def main(level: str, folder: str) -> None:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("VOICEAPP_SPEECH_ENGINE", "mock")
    app = application([sys.argv[0]])
    apply_theme(app)
    name, band = NAMES[level]
    with tempfile.TemporaryDirectory() as temp:
        vault = Vault(Path(temp) / "vault", work_factor=10)
        vault.create("helper", "purple kettle seven")
        case = vault.add_case(CaseDetails(name, band, dt.date.today() + dt.timedelta(days=9)))
        jobs = VaultJobs()
        space = YoungSpace(vault, jobs, case)
        space.resize(*SIZE)
        space.show()
        if not QTest.qWaitForWindowExposed(space):
            sys.exit("the window did not appear on the X screen")
        make_things(space)
        wait_for(lambda: not space.saving and not jobs.busy)

        def shot(screen: str) -> None:
            save(space, out / f"space-{level}-{screen}.png")

        shot("choices")
        space.choose("learn")
        view = space.page
        assert isinstance(view, LearnView)
        shot("learn-contents")
        view.open_page(2)
        shot("learn-page")
        space.show_menu()
        wait_for(lambda: not space.saving and not jobs.busy)
        space.open_item(next(i.id for i in vault.items(case.id) if i.kind == "drawing"))
        wait_for(lambda: isinstance(space.page, DrawPanel))
        shot("draw")
        space.show_menu()
        space.open_item(next(i.id for i in vault.items(case.id) if i.kind == "letter"))
        wait_for(lambda: isinstance(space.page, LetterEditor))
        shot("write")
        space.choose("feelings")
        feelings = space.page
        assert isinstance(feelings, FeelingsPage)
        feelings.cards["happy"].set_amount("quite-a-lot")
        feelings.cards["happy"].sentence.setText("When I play football")
        feelings.cards["worried"].set_amount("a-little")
        shot("feelings")
        space.choose("houses")
        houses = space.page
        assert isinstance(houses, HousesPage)
        houses.add_entry("good-things", {"text": "My cat Biscuit", "words": "own"})
        houses.add_entry("worries", {"text": "Moving school again", "words": "own"})
        houses.add_entry(
            "hopes-and-dreams", {"text": "To live with my nan", "words": "written-by-helper"}
        )
        shot("houses")
        space.show_things()
        wait_for(lambda: len(space.things.cards) == 4)
        space.set_audience(space.things.cards[1].preview.item.id, "chair-only")
        wait_for(lambda: not jobs.busy and space.things.cards[1].chair_only.isChecked())
        shot("things")
        space.take_break()
        wait_for(lambda: not space.saving)
        shot("break")
        space.end_break()
        space.finish()
        wait_for(lambda: not space.saving)
        shot("finished")
        space.hide_now()
        shot("hidden")
        space.cover.back.click()
        wait_for(lambda: space.segments is not None)
        space.choose("voice")
        voice = space.page
        wait_for(lambda: getattr(voice, "state", "") in ("ready", "problem"))
        shot("voice")
        space.end()
        jobs.wait()
        vault.close()
    about = AboutMePage()
    about.resize(*SIZE)
    about.show()
    QTest.qWaitForWindowExposed(about)
    about.name.setText(name)
    about.choose_age(band)
    save(about, out / f"space-{level}-about-me.png")
    QApplication.processEvents()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
