"""The space at 200 % text: every word still shows in full."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.audit import clipped, settle
from voiceapp.ui.display import Display, apply_display
from voiceapp.ui.language import languages
from voiceapp.ui.space.own_home import AboutMePage
from voiceapp.ui.space.space import YoungSpace

from .conftest import WAIT, click


@pytest.fixture
def big_text(themed_app: QApplication) -> Iterator[None]:
    apply_display(Display(text_scale=2.0))
    yield
    apply_display(Display())


def test_no_words_are_clipped_in_the_space_at_200_percent(
    qtbot: QtBot, big_text: None, make_space: Callable[..., YoungSpace]
) -> None:
    """At 200 %, on a laptop-sized window, the bar, the choices, My things, the break
    and finished pages and the three questions show every word in full (they wrap
    or scroll; nothing is cut off)."""
    space = make_space(name="Alexandra-Rose")
    space.resize(1366, 768)
    click(qtbot, space.menu.buttons["write"])
    qtbot.keyClicks(space.page.editor, "Hello")  # type: ignore[attr-defined]
    with qtbot.waitSignal(space.things_shown, timeout=WAIT):
        click(qtbot, space.bar.home)
        click(qtbot, space.menu.buttons["things"])
    pages = {
        "things": space.things,
        "choices": space.menu,
        "break": space.break_page,
        "finished": space.finished_page,
    }
    for name, page in pages.items():
        space.show_page(page)
        settle()
        assert clipped(space.bar) == [], "the bar"
        assert clipped(page) == [], name
    about = AboutMePage()
    qtbot.addWidget(about)
    about.resize(1366, 768)
    about.show()
    settle()
    assert clipped(about) == []


@pytest.mark.parametrize("language", ["en-GB", "cy-GB", "pl-PL", "ar"])
def test_every_page_fits_a_laptop_screen_at_200_percent(
    qtbot: QtBot, big_text: None, make_space: Callable[..., YoungSpace], language: str
) -> None:
    """At 200 % text, in English and in the languages with the longest words, no page
    of the space needs a window wider than a 1280 px laptop screen: rows of buttons
    wrap and the three houses stack instead."""
    languages().set_language(language)
    try:
        space = make_space()
        widths = {"choices": space.minimumSizeHint().width()}
        for key in ("learn", "draw", "write", "feelings", "houses", "things"):
            space.choose(key)
            qtbot.waitUntil(lambda: space.page is not space.menu, timeout=WAIT)
            widths[key] = space.minimumSizeHint().width()
            space.show_menu()
        assert {k: w for k, w in widths.items() if w > 1280} == {}
    finally:
        languages().set_language("en-GB")
