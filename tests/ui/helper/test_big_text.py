"""The helper's screens at 200 % text: every word shows in full, and no screen needs
a window wider than a 1280 px laptop screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.audit import clipped, settle
from voiceapp.ui.display import Display, apply_display

from .conftest import Chair, Driver, Places
from .tour import every_screen


@pytest.fixture
def big_text(themed_app: QApplication) -> Iterator[None]:
    apply_display(Display(text_scale=2.0))
    yield
    apply_display(Display())


def test_every_helper_screen_at_200_percent(
    qtbot: QtBot, big_text: None, driver: Driver, chair: Chair, places: Places
) -> None:
    """At 200 % text, on every screen of the helper's tour (the young person's space
    included), no word is cut off and the window fits a 1280 px wide screen."""
    problems: list[str] = []
    for name, screen in every_screen(driver, chair, places):
        settle()
        problems += [f"{name}: {words}" for words in clipped(screen)]
        width = driver.window.minimumSizeHint().width()
        if width > 1280:
            problems.append(f"{name}: the window needs {width} px")
    assert problems == [], "\n".join(problems)
