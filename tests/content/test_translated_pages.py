"""Translated "learn about my meeting" pages: complete, well formed, really translated.

Every language folder under assets/content/ other than English is checked at
both reading levels against the English pages: the same pages in the same
order with the same pictures, the same cards and blocks, the same local-setting
placeholders, and text that is not simply English copied across.
"""

from __future__ import annotations

import pytest

from tests.content.helpers import EMPTY, FULL, PAGE_IDS
from voiceapp.core import content

# The languages the languages issue asks for; each must be complete.
REQUIRED = ("cy", "pl", "ro", "ur", "ar")
TRANSLATED = tuple(sorted(set(REQUIRED) | (set(content.languages()) - {content.FALLBACK_LANGUAGE})))


@pytest.fixture(params=TRANSLATED)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _structure(page: content.Page) -> list[tuple[str, ...]]:
    """Each block's kind and shape: cards by id and picture, lists by length."""
    shape: list[tuple[str, ...]] = []
    for block in page.blocks:
        if isinstance(block, content.Card):
            picture = block.picture.name if block.picture else ""
            shape.append(("card", block.id, picture, str(len(block.paragraphs))))
        elif isinstance(block, content.BulletList):
            shape.append(("list", str(len(block.items))))
        elif isinstance(block, content.Heading):
            shape.append(("heading",))
        else:
            shape.append(("paragraph",))
    return shape


def _texts(page: content.Page) -> list[str]:
    """Every piece of human text on a page: title, paragraphs, items, card text."""
    out = [page.title]
    for block in page.blocks:
        if isinstance(block, content.Paragraph | content.Heading):
            out.append(block.text)
        elif isinstance(block, content.BulletList):
            out.extend(block.items)
        else:
            out.append(block.title)
            out.extend(block.paragraphs)
    return out


def test_the_required_languages_have_folders_the_loader_accepts() -> None:
    """Each of cy, pl, ro, ur and ar is a language folder that content.languages() lists."""
    assert set(REQUIRED) <= set(content.languages())


def test_every_translated_folder_parses_strictly(language: str, level: str) -> None:
    """check_pages reads every page of the language at this level with no errors
    (it raises InvalidContent on any fault) and finds every English page."""
    checked = content.check_pages(language, level)
    assert [page_id for page_id, _ in checked] == list(PAGE_IDS)


def test_ids_order_and_pictures_match_english(language: str, level: str) -> None:
    """The translated pages have the same ids, order and pictures as English, and
    their header lines come in the same order with the same id, order, picture, level."""
    english = content.load_pages("en", level)
    translated = content.load_pages(language, level)
    assert [(p.id, p.order, p.picture) for p in translated] == [
        (p.id, p.order, p.picture) for p in english
    ]
    for page in english:
        ours = (content.CONTENT_ROOT / language / level / f"{page.id}.md").read_text("utf-8")
        theirs = (content.CONTENT_ROOT / "en" / level / f"{page.id}.md").read_text("utf-8")
        ours_lines, theirs_lines = ours.split("\n"), theirs.split("\n")
        end = ours_lines.index("---", 1)
        assert end == theirs_lines.index("---", 1) == 6, page.id
        for index in range(1, end):
            key = ours_lines[index].split(":", 1)[0]
            assert key == theirs_lines[index].split(":", 1)[0], page.id
            if key != "title":
                assert ours_lines[index] == theirs_lines[index], (page.id, key)


def test_blocks_and_cards_match_english(language: str, level: str) -> None:
    """Each page has the same blocks as English in the same order: the same cards
    (ids, pictures, number of paragraphs), lists of the same length, headings, paragraphs."""
    english = {p.id: p for p in content.load_pages("en", level, FULL)}
    for page in content.load_pages(language, level, FULL):
        assert _structure(page) == _structure(english[page.id]), page.id


def test_placeholders_match_english(language: str, level: str) -> None:
    """Each page uses exactly the local settings its English page uses, no more, no less."""
    english = dict(content.check_pages("en", level))
    for page_id, names in content.check_pages(language, level):
        assert names == english[page_id], page_id


def test_settings_are_filled_in_like_english(language: str, level: str) -> None:
    """With every setting given, each value shows on the same page as in English;
    with none given, no braces, "None" or empty lines are left on any page."""
    english = {p.id: p.plain_text() for p in content.load_pages("en", level, FULL)}
    for page in content.load_pages(language, level, FULL):
        text = page.plain_text()
        for name in content.SETTING_LIMITS:
            value = FULL.value(name)
            if value in english[page.id]:
                assert value in text, (page.id, name)
        assert "{" not in text and "}" not in text, page.id
    for page in content.load_pages(language, level, EMPTY):
        text = page.plain_text()
        assert "{" not in text and "}" not in text and "None" not in text, page.id
        assert all(line.strip() for line in text.split("\n")), page.id


def test_no_page_is_left_in_english(language: str, level: str) -> None:
    """No page, and no sentence-sized piece of text on it, is the same as the English."""
    english = {p.id: p for p in content.load_pages("en", level, FULL)}
    for page in content.load_pages(language, level, FULL):
        theirs = english[page.id]
        assert page.plain_text() != theirs.plain_text(), page.id
        assert page.title != theirs.title, page.id
        same = set(_texts(page)) & {t for t in _texts(theirs) if len(t) > 12}
        assert not same, (page.id, same)


def test_load_pages_gives_the_language_itself(language: str, level: str) -> None:
    """load_pages(language, level) returns every page in that language, none by fallback."""
    pages = content.load_pages(language, level)
    assert [p.id for p in pages] == list(PAGE_IDS)
    assert all(p.language == language and p.level == level for p in pages)
