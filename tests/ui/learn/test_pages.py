"""The contents page, opening a page, reading levels and local details."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from voiceapp.core import content
from voiceapp.core.content import BulletList, Card, Heading, LocalSettings, Paragraph
from voiceapp.ui.learn import LearnView

if TYPE_CHECKING:
    from tests.ui.learn.conftest import MakeView


def shown_words(view: LearnView) -> list[str]:
    """The page's own words as shown, in reading order (bullets without the dot)."""
    words = []
    for piece in view.page_view.pieces:
        words.append(piece.label.text()[piece.prefix :])
    return words


def expected_words(page: content.Page) -> list[str]:
    words = [page.title]
    for block in page.blocks:
        if isinstance(block, Paragraph | Heading):
            words.append(block.text)
        elif isinstance(block, BulletList):
            words += list(block.items)
        elif isinstance(block, Card):
            words += [block.title, *block.paragraphs]
    return words


def test_the_contents_lists_every_page_in_order(view: LearnView) -> None:
    """The contents page has one picture button per page, in the pages' order,
    each showing the page's title and picture."""
    pages = content.load_pages("en", "younger")
    assert len(pages) == 10
    buttons = view.contents.buttons
    assert [b.title.text() for b in buttons] == [p.title for p in pages]
    assert [b.accessibleName() for b in buttons] == [p.title for p in pages]
    assert [b.picture.path for b in buttons] == [p.picture for p in pages]
    assert all(not b.picture.is_blank() for b in buttons)
    assert view.currentWidget() is view.contents


@pytest.mark.parametrize(
    ("band", "level"), [("4-7", "younger"), ("8-12", "younger"), ("13-17", "older")]
)
def test_a_page_opens_with_its_title_picture_and_words_for_the_age_band(
    qtbot: QtBot, make_view: MakeView, band: str, level: str
) -> None:
    """Clicking a page on the contents shows that page at the reading level of the
    young person's age band: its title, its picture and all of its words."""
    view = make_view(band)
    assert view.level == content.level_for_age_band(band) == level
    pages = content.load_pages("en", level)
    with qtbot.waitSignal(view.page_shown, timeout=3000) as shown:
        qtbot.mouseClick(view.contents.buttons[2], Qt.MouseButton.LeftButton)
    assert shown.args == [2]
    page = pages[2]
    assert view.currentWidget() is view.page_view
    assert view.page_view.title.text() == page.title
    assert view.page_view.picture.path == page.picture
    assert not view.page_view.picture.is_blank()
    assert shown_words(view) == expected_words(page)
    assert len(view.page_view.cards) == len(page.cards) == 9
    assert all(card.picture is not None for card in view.page_view.cards)


def test_next_and_back_walk_through_every_page_and_stop_at_the_ends(
    qtbot: QtBot, view: LearnView
) -> None:
    """Next goes through every page in order; on the last page it offers the list of
    pages instead (no dead end). Back goes all the way back and is switched off on
    the first page. The Right and Left keys do the same."""
    titles = [p.title for p in view.pages]
    view.open_page(0)
    pv = view.page_view
    assert not pv.back_button.isEnabled()
    seen = [pv.title.text()]
    for _ in range(len(titles) - 1):
        qtbot.mouseClick(pv.next_button, Qt.MouseButton.LeftButton)
        seen.append(pv.title.text())
    assert seen == titles
    assert pv.number.text() == f"Page {len(titles)} of {len(titles)}"
    assert pv.next_button.text() == "All pages"
    qtbot.keyClick(pv.read_button, Qt.Key.Key_Right)  # nothing after the last page
    assert view.index == len(titles) - 1
    for expected in reversed(titles[:-1]):
        qtbot.mouseClick(pv.back_button, Qt.MouseButton.LeftButton)
        assert pv.title.text() == expected
    assert view.index == 0 and not pv.back_button.isEnabled()
    qtbot.keyClick(pv.read_button, Qt.Key.Key_Left)  # nothing before the first page
    assert view.index == 0
    qtbot.keyClick(pv.read_button, Qt.Key.Key_Right)
    assert view.index == 1
    qtbot.keyClick(pv.read_button, Qt.Key.Key_Left)
    assert view.index == 0
    pv.scroller.setFocus()  # in the words of the page: Right still turns the page,
    qtbot.keyClick(pv.scroller, Qt.Key.Key_Right)
    assert view.index == 1
    qtbot.keyClick(pv.scroller, Qt.Key.Key_Down)  # and Down scrolls
    assert pv.scroller.verticalScrollBar().value() > 0
    view.open_page(0)

    view.open_page(len(titles) - 1)
    with qtbot.waitSignal(view.contents_shown, timeout=3000):
        qtbot.mouseClick(pv.next_button, Qt.MouseButton.LeftButton)
    assert view.currentWidget() is view.contents
    assert view.contents.buttons[-1].hasFocus()  # back where they were


def test_the_contents_button_goes_back_to_the_list(qtbot: QtBot, view: LearnView) -> None:
    """The "All pages" button on any page shows the contents again, with the focus on that page."""
    view.open_page(4)
    with qtbot.waitSignal(view.contents_shown, timeout=3000):
        qtbot.keyClick(view.page_view.contents_button, Qt.Key.Key_Return)
    assert view.currentWidget() is view.contents
    assert view.contents.buttons[4].hasFocus()


def test_the_level_switch_keeps_the_same_page(qtbot: QtBot, view: LearnView) -> None:
    """The "More detail" button shows the older text of the same page, and "Easier words" brings
    back the younger one; the page and its number do not change."""
    older = content.load_pages("en", "older")
    younger = content.load_pages("en", "younger")
    view.open_page(5)
    pv = view.page_view
    assert pv.level_button.text() == "More detail"
    qtbot.mouseClick(pv.level_button, Qt.MouseButton.LeftButton)
    assert view.level == "older" and view.index == 5
    assert shown_words(view) == expected_words(older[5])
    assert pv.level_button.text() == "Easier words"
    assert pv.number.text() == "Page 6 of 10"
    assert [b.title.text() for b in view.contents.buttons] == [p.title for p in older]
    qtbot.keyClick(pv.level_button, Qt.Key.Key_Space)
    assert view.level == "younger" and view.index == 5
    assert shown_words(view) == expected_words(younger[5])
    assert pv.level_button.hasFocus()


def test_the_text_is_larger_for_younger_readers_and_follows_the_app_font(
    view: LearnView,
) -> None:
    """Younger pages use bigger words than older ones, and both grow with the app font."""
    from voiceapp.ui.learn.style import learn_style

    def text_size(sheet: str) -> float:
        rule = sheet.split("QLabel#learnText, QLabel#learnBullet")[1]
        return float(rule.split("font-size:")[1].split("pt")[0])

    assert text_size(learn_style("younger", 12)) > text_size(learn_style("older", 12))
    assert text_size(learn_style("older", 16)) > text_size(learn_style("older", 12))
    view.open_page(0)
    assert view.page_view.words()[1].font().pointSizeF() >= 20


def test_local_settings_appear_and_neutral_wording_when_empty(make_view: MakeView) -> None:
    """An area's advocacy service is named on "What is an advocate?"; with no local
    settings the page uses its neutral wording and names nobody."""
    settings = LocalSettings(
        advocacy_service="Anyshire Young People's Advocacy",
        advocacy_contact="0800 000 0000",
    )
    with_area = make_view("13-17", settings=settings)
    ids = [p.id for p in with_area.pages]
    with_area.open_page(ids.index("what-is-an-advocate"))
    text = "\n".join(shown_words(with_area))
    assert "Anyshire Young People's Advocacy" in text
    assert "0800 000 0000" in text

    neutral = make_view("13-17")
    neutral.open_page(ids.index("what-is-an-advocate"))
    text = "\n".join(shown_words(neutral))
    assert "Anyshire" not in text and "0800" not in text
    assert "social worker" in text  # the neutral wording: ask your social worker
    assert "{" not in text and "}" not in text


def test_a_bigger_app_font_gives_bigger_words(qtbot: QtBot, view: LearnView) -> None:
    """When the application font grows, the words of the page grow with it."""
    view.open_page(0)
    words = view.page_view.words()[1]
    before = words.font().pointSizeF()
    old_font = QApplication.font()
    bigger = QApplication.font()
    bigger.setPointSizeF(max(old_font.pointSizeF(), 10) * 1.5)
    try:
        QApplication.setFont(bigger)
        qtbot.waitUntil(lambda: words.font().pointSizeF() > before * 1.3, timeout=3000)
    finally:
        QApplication.setFont(old_font)
    qtbot.waitUntil(lambda: words.font().pointSizeF() == before, timeout=3000)


def test_a_faulty_page_file_gives_a_message_not_a_crash(
    qtbot: QtBot, themed_app: QApplication, tmp_path: Path
) -> None:
    """If a page file has a mistake, the contents says so in a sentence instead of
    showing half a page (and there is nothing to open)."""
    (tmp_path / "pictures").mkdir()
    folder = tmp_path / "en" / "younger"
    folder.mkdir(parents=True)
    (folder / "broken.md").write_text("no header here\n", encoding="utf-8")
    view = LearnView("en", "4-7", engine="mock", root=tmp_path)
    qtbot.addWidget(view)
    view.show()
    assert view.pages == []
    assert view.contents.buttons == []
    assert view.contents.notice.isVisible()
    assert view.contents.notice.text()
    view.open_page(0)  # nothing to open: stays on the contents
    assert view.currentWidget() is view.contents
