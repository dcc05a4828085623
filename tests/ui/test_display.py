"""Text and colours: text size from 100 % to 200 % with no clipped words, a
high-contrast look at 7:1, sounds that can be turned off, and the choices kept
(read back as untrusted input)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.audit import clipped, settle
from voiceapp.ui.display import Display, apply_display, load_display, save_display
from voiceapp.ui.display_page import DisplayPage
from voiceapp.ui.draw.sounds import DrawSounds
from voiceapp.ui.main_window import MainWindow
from voiceapp.ui.theme import HIGH_CONTRAST, contrast_ratio, style_sheet, style_template


@pytest.fixture(autouse=True)
def normal_afterwards(themed_app: QApplication) -> Iterator[None]:
    yield
    apply_display(Display())


def tokens_after(prop: str) -> set[str]:
    return set(re.findall(rf"(?<![-\w]){prop}:\s*@(\w+)", style_template()))


def test_text_sizes_scale_every_size_in_the_style_sheet() -> None:
    """At 200 % every text size in the style sheet is doubled; sizes outside
    100–200 % are held to that range."""
    normal = [float(v) for v in re.findall(r"font-size:\s*([\d.]+)pt", style_sheet())]
    double = [float(v) for v in re.findall(r"font-size:\s*([\d.]+)pt", style_sheet(False, 2.0))]
    assert normal and double == [v * 2 for v in normal]
    assert style_sheet(False, 5.0) == style_sheet(False, 2.0)


def test_high_contrast_reaches_7_to_1_for_all_text() -> None:
    """In the high-contrast look every text colour reaches 7:1 on every background it
    is used on, and edges and the focus ring reach 4.5:1 on the page."""
    for fg in tokens_after("color"):
        for bg in tokens_after("background-color"):
            ratio = contrast_ratio(HIGH_CONTRAST[fg], HIGH_CONTRAST[bg])
            assert ratio >= 7.0, f"@{fg} on @{bg} is only {ratio:.2f}:1"
    for edge in ("focus", "outline", "young_edge", "helper_edge", "chair_edge", "danger_edge"):
        assert contrast_ratio(HIGH_CONTRAST[edge], HIGH_CONTRAST["window"]) >= 4.5


def test_saved_choices_come_back_and_bad_files_change_nothing(tmp_path: Path) -> None:
    """Choices are saved and read back; a damaged, huge or strange file gives the
    defaults instead of an error, and saving leaves no temporary file behind."""
    assert load_display(tmp_path) == Display()
    chosen = Display(text_scale=1.75, high_contrast=True, sounds=False)
    save_display(chosen, tmp_path)
    assert load_display(tmp_path) == chosen
    assert [p.name for p in tmp_path.iterdir()] == ["display.json"]
    for bad in (b"{not json", b"[1, 2]", b'{"text_scale": 9, "sounds": "yes"}', b"{" * 10_000):
        (tmp_path / "display.json").write_bytes(bad)
        assert load_display(tmp_path) == Display()


def test_the_page_changes_size_contrast_and_sounds_at_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """On the start screen's "Text and colours": 200 % doubles the title's size at
    once, high contrast turns the page white with black words, sounds off mutes the
    drawing sounds; each choice is saved for next time."""
    screen = window.start_screen
    before = screen.title.font().pointSizeF()
    page = DisplayPage(window, root=tmp_path)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.sizes[2.0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.title.font().pointSizeF() >= before * 1.99, timeout=5000)
    assert page.sizes[2.0].isChecked() and not page.sizes[1.0].isChecked()
    qtbot.mouseClick(page.contrast, Qt.MouseButton.LeftButton)
    assert QApplication.palette().window().color().name().upper() == "#FFFFFF"
    assert page.contrast.text() == "High contrast: on"
    qtbot.mouseClick(page.sounds, Qt.MouseButton.LeftButton)
    assert DrawSounds().muted
    assert load_display(tmp_path) == Display(text_scale=2.0, high_contrast=True, sounds=False)
    qtbot.mouseClick(page.motion, Qt.MouseButton.LeftButton)
    assert page.motion.text() == "Movement: off" and not load_display(tmp_path).motion
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert not page.isVisible()


def test_no_words_are_clipped_at_200_percent(qtbot: QtBot, window: MainWindow) -> None:
    """At 200 % text, the start screen and the first page of a helper's first run
    still show every word in full (labels grow, buttons are wide enough)."""
    apply_display(Display(text_scale=2.0))
    window.resize(1280, 860)
    settle()
    assert clipped(window.start_screen) == []


def test_movement_off_keeps_the_sound_level_bar_still(themed_app: QApplication) -> None:
    """With movement off, the sound level bar shows only "hearing you" or "quiet" and
    changes at most once a second, however fast the levels come; with movement on it
    follows every level."""
    from voiceapp.ui.record.meter import LevelMeter

    meter = LevelMeter()
    levels = [0.5, 0.01, 0.6, 0.001, 0.4] * 5  # 25 levels: one second of a busy voice
    apply_display(Display(motion=True))
    seen = set()
    for rms in levels:
        meter.show_level(rms, rms)
        seen.add(meter.value())
    assert len(seen) >= 4
    apply_display(Display(motion=False))
    meter.clear()
    seen_still = []
    for rms in levels:
        meter.show_level(rms, rms)
        seen_still.append(meter.value())
    assert set(seen_still) <= {0, 100}
    changes = sum(1 for a, b in itertools.pairwise(seen_still) if a != b)
    assert changes <= 1  # within one second, at most one change


def test_pages_with_their_own_colours_keep_7_to_1() -> None:
    """The drawing, feelings and houses pages paint some backgrounds themselves; the
    words on them (the theme's text colour, or their own) still reach 7:1 in both
    looks."""
    from voiceapp.ui.draw import panel
    from voiceapp.ui.feelings import feelings_page, houses_page
    from voiceapp.ui.theme import COLOURS

    sheets = [feelings_page.STYLE, houses_page.STYLE, panel._style()]
    sheets += [f"background-color: {tint};" for tint in houses_page.HOUSE_TINTS.values()]
    backgrounds = {bg for css in sheets for bg in re.findall(r"background-color:\s*(#\w{6})", css)}
    own_text = {fg for css in sheets for fg in re.findall(r"(?<!-)color:\s*(#\w{6})", css)}
    assert backgrounds
    for bg in backgrounds:
        for fg in {COLOURS["text"], HIGH_CONTRAST["text"], *own_text}:
            assert contrast_ratio(fg, bg) >= 7.0, f"{fg} on {bg}"


def test_the_chair_and_helper_screens_follow_text_and_colours(
    qtbot: QtBot, themed_app: QApplication, tmp_path: Path
) -> None:
    """Text and colours is on the unlock page and the helper's list too; the chair's
    screens, which have a sheet of their own, follow a change at once."""
    from voiceapp.core.vault import Vault
    from voiceapp.ui.chair.setup import ChairSetup

    setup = ChairSetup(Vault(tmp_path / "chair", work_factor=10))
    qtbot.addWidget(setup)
    before = [float(v) for v in re.findall(r"font-size:\s*([\d.]+)pt", setup.styleSheet())]
    apply_display(Display(text_scale=1.5))

    def sizes() -> list[float]:
        return [float(v) for v in re.findall(r"font-size:\s*([\d.]+)pt", setup.styleSheet())]

    qtbot.waitUntil(lambda: sizes() != before, timeout=5000)
    assert sizes() == [round(v * 1.5, 1) for v in before]
