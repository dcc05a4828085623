"""The "learn about my meeting" pages: present, well formed, filled in safely."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as settings_
from hypothesis import strategies as st

from tests.content.helpers import EMPTY, FULL, PAGE_IDS, REPO, ROLE_IDS
from voiceapp.core import content
from voiceapp.core.errors import InvalidContent

CONTENT = REPO / "assets" / "content"
SVG_NS = "{http://www.w3.org/2000/svg}"


def test_every_page_exists_at_both_levels_in_order(level: str) -> None:
    """Each page the issue lists exists in English at this level, in the issue's order."""
    pages = content.load_pages("en", level)
    assert tuple(p.id for p in pages) == PAGE_IDS
    assert all(p.level == level and p.language == "en" for p in pages)
    for page_id in PAGE_IDS:
        assert (CONTENT / "en" / level / f"{page_id}.md").is_file()


def test_both_levels_agree_on_title_order_and_picture() -> None:
    """A page's two levels share its order and picture, so switching level keeps the place."""
    younger = {p.id: p for p in content.load_pages("en", "younger")}
    for page in content.load_pages("en", "older"):
        assert page.order == younger[page.id].order
        assert page.picture == younger[page.id].picture


def test_headers_are_strict_and_valid(level: str) -> None:
    """Every page header has exactly id, title, order, picture, level, each valid."""
    checked = content.check_pages("en", level)
    assert [page_id for page_id, _ in checked] == list(PAGE_IDS)
    for path in sorted((CONTENT / "en" / level).glob("*.md")):
        lines = path.read_text(encoding="utf-8").split("\n")
        end = lines.index("---", 1)
        keys = [line.split(":", 1)[0] for line in lines[1:end]]
        assert keys == ["id", "title", "order", "picture", "level"], path.name


def test_who_will_be_there_has_a_card_with_a_picture_for_each_role(level: str) -> None:
    """ "Who will be there?" has one card per role the issue names, each with its own picture."""
    page = content.load_page("who-will-be-there", "en", level)
    assert tuple(c.id for c in page.cards) == ROLE_IDS
    pictures = [c.picture for c in page.cards]
    assert all(p is not None and p.is_file() for p in pictures)
    assert len(set(pictures)) == len(pictures)
    assert all(c.title and c.paragraphs for c in page.cards)


def test_words_explained_covers_the_main_words(level: str) -> None:
    """ "Words explained" explains at least conference, chair, views, advocate, plan, review."""
    ids = {c.id for c in content.load_page("words-explained", "en", level).cards}
    assert {"conference", "chair", "views", "advocate", "plan", "review"} <= ids


def _pictures_used() -> set[Path]:
    used: set[Path] = set()
    for level in content.LEVELS:
        for page in content.load_pages("en", level):
            used.add(page.picture)
            used |= {c.picture for c in page.cards if c.picture is not None}
    return used


def test_every_picture_referenced_exists_and_is_a_plain_svg() -> None:
    """Each picture a page or card uses is an SVG that parses, with a viewBox, no text,
    no scripts and no links outside itself (pictures carry no words to translate)."""
    used = _pictures_used()
    assert len(used) >= len(PAGE_IDS) + len(ROLE_IDS)
    for path in sorted(used):
        root = ET.parse(path).getroot()
        assert root.tag == f"{SVG_NS}svg", path.name
        assert root.get("viewBox"), path.name
        tags = {el.tag.removeprefix(SVG_NS) for el in root.iter()}
        assert not tags & {"text", "tspan", "script", "foreignObject", "image", "a"}, path.name
        raw = path.read_text(encoding="utf-8")
        assert "href" not in raw and "http://" not in raw.replace(
            'xmlns="http://www.w3.org/2000/svg"', ""
        ), path.name


def test_no_picture_is_left_unused() -> None:
    """Every SVG in the pictures folder is used by some page or card."""
    on_disk = set((CONTENT / "pictures").glob("*.svg"))
    assert on_disk == _pictures_used()


TOKEN = re.compile(r"\{([^{}]*)\}")


def test_placeholders_are_all_known_and_all_used() -> None:
    """Every {…} in the page files is a known setting or if/else/end, and every
    setting is used somewhere (a setting nobody reads would mislead an area)."""
    allowed = set(content.SETTING_LIMITS)
    seen: set[str] = set()
    for path in sorted((CONTENT / "en").rglob("*.md")):
        for token in TOKEN.findall(path.read_text(encoding="utf-8")):
            parts = token.split()
            if parts in (["else"], ["end"]):
                continue
            name = parts[1] if len(parts) == 2 and parts[0] == "if" else token
            assert name in allowed, f"{path.name}: {{{token}}}"
            seen.add(name)
    assert seen == allowed
    for level in content.LEVELS:
        for _, names in content.check_pages("en", level):
            assert names <= allowed


def test_neutral_wording_when_settings_are_empty(level: str) -> None:
    """With no local settings, no page shows braces, "None", empty text or a broken sentence."""
    for page in content.load_pages("en", level, EMPTY):
        text = page.plain_text()
        assert "{" not in text and "}" not in text, page.id
        assert "None" not in text, page.id
        assert "  " not in text and " ." not in text and ".." not in text, page.id
        for line in text.split("\n"):
            assert line.strip(), page.id
            assert line[0].isupper(), (page.id, line)


def test_settings_are_filled_in_where_they_belong(level: str) -> None:
    """With every setting given, each value appears on its page, exactly as given."""
    pages = {p.id: p.plain_text() for p in content.load_pages("en", level, FULL)}
    assert FULL.advocacy_service in pages["what-is-an-advocate"]
    assert FULL.advocacy_contact in pages["what-is-an-advocate"]
    assert FULL.complaints_contact in pages["not-happy"]
    assert f"{FULL.invite_age} " in pages["do-i-have-to-go"]
    everything = "\n".join(pages.values())
    assert FULL.area_name in everything
    assert "{" not in everything and "None" not in everything
    empty = {p.id: p.plain_text() for p in content.load_pages("en", level, EMPTY)}
    # The neutral wording says to ask the social worker instead.
    assert "social worker" in empty["what-is-an-advocate"]


def test_age_bands_map_to_reading_levels() -> None:
    """4-7 and 8-12 start on the younger pages, 13-17 on the older ones."""
    assert content.level_for_age_band("4-7") == "younger"
    assert content.level_for_age_band("8-12") == "younger"
    assert content.level_for_age_band("13-17") == "older"
    with pytest.raises(ValueError):
        content.level_for_age_band("18-25")


# ---------------------------------------------------------------- parser rules


def _tree(tmp_path: Path, body: str, header: str | None = None, name: str = "p.md") -> Path:
    root = tmp_path / "content"
    (root / "pictures").mkdir(parents=True, exist_ok=True)
    (root / "pictures" / "a.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    folder = root / "en" / "younger"
    folder.mkdir(parents=True, exist_ok=True)
    if header is None:
        header = "id: p\ntitle: A page\norder: 1\npicture: a.svg\nlevel: younger\n"
    (folder / name).write_text(f"---\n{header}---\n{body}", encoding="utf-8")
    return root


def test_a_good_small_page_parses(tmp_path: Path) -> None:
    """Paragraphs join their lines; lists, headings and cards become their own blocks."""
    body = (
        "One line\nand the next.\n\n- a\n- b\n\n## Part two\n\n"
        "::: card id=x picture=a.svg\n## Card\nCard text.\n:::\n"
    )
    (page,) = content.load_pages("en", "younger", root=_tree(tmp_path, body))
    assert page.blocks[0] == content.Paragraph("One line and the next.")
    assert page.blocks[1] == content.BulletList(("a", "b"))
    assert page.blocks[2] == content.Heading("Part two")
    card = page.blocks[3]
    assert isinstance(card, content.Card)
    assert (card.id, card.title, card.paragraphs) == ("x", "Card", ("Card text.",))


@pytest.mark.parametrize(
    "body",
    [
        "Hello {area}.",  # unknown setting
        "Hello {area_name}.",  # placeholder outside its conditional
        "{if area_name}Hi {advocacy_service}.{end}",  # guarded by another setting
        "{if area_name}A{else}B {area_name}{end}",  # used in the else branch
        "{if area_name}{if invite_age}x{end}{end}",  # nesting
        "{if area_name}no end",
        "{else}x{end}",
        "{end}",
        "A stray { brace.",
        "A stray } brace.",
        "{if area_name}A{else}B{else}C{end}",
        "<b>html</b>",
        "# A big heading",
        "### A small heading",
        "```\ncode\n```",
        "::: card id=x\nText before the title.\n:::",
        "::: card id=x\n## T\n::: card id=y\n## U\n:::\n:::",
        "::: card id=x\n## T\nunclosed",
        ":::",
        "::: card id=Bad_Id\n## T\n:::",
        "::: card id=x picture=missing.svg\n## T\n:::",
        "::: card id=x colour=red\n## T\n:::",
        "::: card id=x\n## T\n:::\n\n::: card id=x\n## U\n:::",
        "::: card id=x\n## T\n- a list in a card\n:::",
        "- a list\nthen a paragraph without a blank line",
        "- a\n-\n- c",  # an empty list item
        "A bell \x07 rings.",
        "",
    ],
)
def test_the_parser_rejects_faulty_bodies(tmp_path: Path, body: str) -> None:
    """Mistakes in a page body are reported (InvalidContent), never shown half-right."""
    with pytest.raises(InvalidContent):
        content.load_pages("en", "younger", root=_tree(tmp_path, body))


@pytest.mark.parametrize(
    "header",
    [
        "id: p\ntitle: T\norder: 1\npicture: a.svg\n",  # no level
        "id: p\ntitle: T\norder: 1\npicture: a.svg\nlevel: younger\nlevel: younger\n",
        "id: p\ntitle: T\norder: 1\npicture: a.svg\nlevel: younger\nauthor: me\n",
        "id: q\ntitle: T\norder: 1\npicture: a.svg\nlevel: younger\n",  # id is not file name
        "id: p\ntitle: T\norder: 1\npicture: a.svg\nlevel: older\n",  # wrong folder
        "id: p\ntitle: T\norder: one\npicture: a.svg\nlevel: younger\n",
        "id: p\ntitle: T\norder: 0\npicture: a.svg\nlevel: younger\n",
        "id: p\ntitle: T\norder: 1\npicture: b.svg\nlevel: younger\n",  # missing picture
        "id: p\ntitle: T\norder: 1\npicture: ../a.svg\nlevel: younger\n",
        "id: p\ntitle: T\norder: 1\npicture: a.png\nlevel: younger\n",
        "id: p\ntitle: \norder: 1\npicture: a.svg\nlevel: younger\n",
        "id: p\ntitle: Hi {area_name}\norder: 1\npicture: a.svg\nlevel: younger\n",
        "id: p\ntitle: <i>T</i>\norder: 1\npicture: a.svg\nlevel: younger\n",
        "id p\ntitle: T\norder: 1\npicture: a.svg\nlevel: younger\n",
    ],
)
def test_the_parser_rejects_faulty_headers(tmp_path: Path, header: str) -> None:
    """A header with a missing, doubled, unknown or invalid key is an InvalidContent error."""
    with pytest.raises(InvalidContent):
        content.load_pages("en", "younger", root=_tree(tmp_path, "Text.", header))


def test_a_page_without_a_header_or_too_large_is_rejected(tmp_path: Path) -> None:
    """No '---' header, an unclosed header, non-UTF-8 or an oversized file is rejected."""
    root = _tree(tmp_path, "Text.")
    page = root / "en" / "younger" / "p.md"
    for raw in (
        b"Just text.\n",
        b"---\nid: p\n",
        b"---\nid: p\ntitle: \xff\norder: 1\npicture: a.svg\nlevel: younger\n---\nx",
        b"---\nid: p\ntitle: T\norder: 1\npicture: a.svg\nlevel: younger\n---\n"
        + b"Word. " * 20_000,
    ):
        page.write_bytes(raw)
        with pytest.raises(InvalidContent):
            content.load_pages("en", "younger", root=root)


def test_a_conditional_paragraph_disappears_when_its_setting_is_empty(tmp_path: Path) -> None:
    """{if x}…{end} with no else and an empty setting leaves no empty paragraph behind."""
    body = (
        "First.\n\n{if advocacy_contact}Call {advocacy_contact}.{end}\n\n"
        "- {if area_name}In {area_name}{end}\n- b\n"
    )
    root = _tree(tmp_path, body)
    (page,) = content.load_pages("en", "younger", content.LocalSettings(), root=root)
    assert page.blocks == (content.Paragraph("First."), content.BulletList(("b",)))
    filled = content.LocalSettings(advocacy_contact="123", area_name="X")
    (page,) = content.load_pages("en", "younger", filled, root=root)
    assert page.blocks[1] == content.Paragraph("Call 123.")
    assert page.blocks[2] == content.BulletList(("In X", "b"))


def test_a_setting_cannot_inject_structure_or_placeholders(tmp_path: Path) -> None:
    """Values go in after parsing, in one pass: text that looks like syntax stays text."""
    body = "{if area_name}Hello {area_name}.{end}"
    root = _tree(tmp_path, body)
    # Such values are refused by the settings reader; even if built by hand, they
    # are only text once the page is parsed.
    sneaky = content.LocalSettings(area_name="::: card id=x\n## {advocacy_service}")
    (page,) = content.load_pages("en", "younger", sneaky, root=root)
    assert len(page.blocks) == 1 and isinstance(page.blocks[0], content.Paragraph)
    assert "{advocacy_service}" in page.blocks[0].text


def test_a_missing_translation_falls_back_to_english_page_by_page(tmp_path: Path) -> None:
    """A language with some pages uses English for the rest; an unknown or odd code gets English."""
    root = _tree(tmp_path, "English one.")
    (root / "en" / "younger" / "q.md").write_text(
        "---\nid: q\ntitle: Two\norder: 2\npicture: a.svg\nlevel: younger\n---\nEnglish two.\n"
    )
    cy = root / "cy" / "younger"
    cy.mkdir(parents=True)
    (cy / "q.md").write_text(
        "---\nid: q\ntitle: Dau\norder: 2\npicture: a.svg\nlevel: younger\n---\nCymraeg.\n"
    )
    pages = content.load_pages("cy", "younger", root=root)
    assert [(p.id, p.language, p.title) for p in pages] == [
        ("p", "en", "A page"),
        ("q", "cy", "Dau"),
    ]
    assert content.languages(root) == ["cy", "en"]
    for code in ("fr", "../en", "EN/../x", ""):
        assert [p.language for p in content.load_pages(code, "younger", root=root)] == ["en", "en"]
    with pytest.raises(ValueError):
        content.load_pages("en", "middle", root=root)


def test_real_languages_list_includes_english() -> None:
    """The shipped content has English, the fallback for every other language."""
    assert "en" in content.languages()


_PIECES = st.sampled_from(
    [
        "Text.",
        "\n",
        "\n\n",
        "- ",
        "## ",
        "::: card id=x",
        " picture=a.svg",
        ":::",
        "{if area_name}",
        "{area_name}",
        "{else}",
        "{end}",
        "{",
        "}",
        "<",
        "#",
        "\r",
        "\x00",
        "\u202e",
    ]
)


@settings_(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_any_body_parses_or_is_reported(tmp_path: Path, body: str) -> None:
    """Whatever a page holds, loading it either works or raises InvalidContent, and
    what loads has no template syntax left in it."""
    root = _tree(tmp_path, body)
    try:
        pages = content.load_pages("en", "younger", root=root)
    except InvalidContent:
        return
    for page in pages:
        text = page.plain_text()
        assert "{" not in text and "}" not in text and "\x00" not in text
