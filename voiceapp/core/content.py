"""The "learn about my meeting" pages and the area's local settings (no Qt).

Pages are small Markdown files under ``assets/content/<language>/<level>/``;
pictures are SVG files under ``assets/content/pictures/``. ``docs/content.md``
describes the format for translators and areas; this module is its reader.

A page file::

    ---
    id: what-is-a-conference
    title: What is a conference?
    order: 1
    picture: conference.svg
    level: younger
    ---
    A conference is a meeting.

    - a list item
    - another

    ::: card id=chair picture=role-chair.svg
    ## The chair
    The chair is in charge of the meeting.
    :::

Local details come from placeholders, which may only be used inside a
conditional that names them, so every sentence also has its neutral form::

    {if advocacy_service}Advocates come from {advocacy_service}.{else}Ask for one.{end}

Local settings are untrusted: they are size-bounded, plain text only, and
checked before use. Substitution happens after the page's structure is parsed
and is a single pass, so a setting can never add a block, a card or another
placeholder. The result is plain text: a screen must show it as plain text
(never as rich text or HTML).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from voiceapp.core.errors import InvalidContent, InvalidLocalSettings

CONTENT_ROOT: Final = Path(__file__).resolve().parents[2] / "assets" / "content"
FALLBACK_LANGUAGE: Final = "en"
# Where an area puts its filled-in copy of local-settings.example.toml.
LOCAL_SETTINGS_PATH: Final = CONTENT_ROOT / "local-settings.toml"

LEVELS: Final = ("younger", "older")
# The age bands the helper chooses (voiceapp.core.vault.cases.AGE_BANDS) and the
# reading level each one starts at. 8-12 year olds get the short pages, which are
# written so that they can read them alone or with a little help; the screens may
# let a young person switch level.
BAND_LEVELS: Final[Mapping[str, str]] = {"4-7": "younger", "8-12": "younger", "13-17": "older"}

# Setting name -> longest value allowed (characters).
SETTING_LIMITS: Final[Mapping[str, int]] = {
    "area_name": 80,
    "advocacy_service": 120,
    "advocacy_contact": 200,
    "complaints_contact": 200,
    "invite_age": 2,
}
SETTINGS_FORMAT: Final = 1
MAX_SETTINGS_BYTES: Final = 8 * 1024
MAX_PAGE_BYTES: Final = 64 * 1024
MIN_INVITE_AGE: Final = 4
MAX_INVITE_AGE: Final = 17

# Characters a setting may not contain: markup and template syntax.
_FORBIDDEN_IN_SETTINGS: Final = frozenset("<>{}[]`\\")
_ALLOWED_FORMAT_CHARS: Final = frozenset("\u200c\u200d")  # joiners: some scripts need them

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_PICTURE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\.svg")
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?")
_HEADER_KEYS: Final = ("id", "title", "order", "picture", "level")
_TOKEN = re.compile(r"\{([^{}]*)\}")
_CARD_OPEN = re.compile(r":::\s*card((?:\s+[a-z]+=\S+)*)\s*")


# ---------------------------------------------------------------- local settings


@dataclass(frozen=True)
class LocalSettings:
    """What an area has filled in. Empty text and ``None`` mean "not set"."""

    area_name: str = ""
    advocacy_service: str = ""
    advocacy_contact: str = ""
    complaints_contact: str = ""
    invite_age: int | None = None

    def value(self, name: str) -> str:
        """The setting as text to put in a sentence; empty when not set."""
        if name not in SETTING_LIMITS:
            raise KeyError(name)
        raw = getattr(self, name)
        if raw is None:
            return ""
        return str(raw)


def _clean_setting(name: str, untrusted: object) -> str:
    if not isinstance(untrusted, str):
        raise InvalidLocalSettings(f"{name} must be text in quotes")
    text = unicodedata.normalize("NFC", untrusted).strip()
    if len(text) > SETTING_LIMITS[name]:
        raise InvalidLocalSettings(f"{name} is longer than {SETTING_LIMITS[name]} characters")
    for ch in text:
        category = unicodedata.category(ch)
        if category in ("Cc", "Zl", "Zp", "Cs", "Co", "Cn"):
            raise InvalidLocalSettings(f"{name} has a control or unknown character")
        if category == "Cf" and ch not in _ALLOWED_FORMAT_CHARS:
            raise InvalidLocalSettings(f"{name} has an invisible formatting character")
        if ch in _FORBIDDEN_IN_SETTINGS:
            raise InvalidLocalSettings(f"{name} has a character that is not allowed: {ch!r}")
    # One line, single spaces; no closing full stop (the sentence adds its own).
    return " ".join(text.split()).rstrip(". ")


def _clean_invite_age(untrusted: object) -> int | None:
    if isinstance(untrusted, bool):
        raise InvalidLocalSettings("invite_age must be a whole number")
    if isinstance(untrusted, str):
        text = untrusted.strip()
        if text == "":
            return None
        if not re.fullmatch(r"[0-9]{1,2}", text):
            raise InvalidLocalSettings("invite_age must be a whole number")
        untrusted = int(text)
    if not isinstance(untrusted, int):
        raise InvalidLocalSettings("invite_age must be a whole number")
    if not MIN_INVITE_AGE <= untrusted <= MAX_INVITE_AGE:
        raise InvalidLocalSettings(
            f"invite_age must be between {MIN_INVITE_AGE} and {MAX_INVITE_AGE}"
        )
    return untrusted


def parse_local_settings(untrusted: bytes) -> LocalSettings:
    """Read a local settings file (TOML, see ``local-settings.example.toml``).

    Raises ``InvalidLocalSettings`` for anything unexpected: too large, not
    UTF-8, not TOML, an unknown key, a wrong type, a value too long, or a value
    with control characters, markup or braces.
    """
    if len(untrusted) > MAX_SETTINGS_BYTES:
        raise InvalidLocalSettings(f"the file is larger than {MAX_SETTINGS_BYTES} bytes")
    try:
        text = untrusted.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidLocalSettings("the file is not UTF-8 text") from None
    text = text.removeprefix("\ufeff")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidLocalSettings(f"not valid TOML: {exc}") from None
    if data.get("format") != SETTINGS_FORMAT:
        raise InvalidLocalSettings(f"the file must say format = {SETTINGS_FORMAT}")
    unknown = sorted(set(data) - set(SETTING_LIMITS) - {"format"})
    if unknown:
        raise InvalidLocalSettings(f"unknown setting: {unknown[0][:40]!r}")
    values = {
        name: _clean_setting(name, data.get(name, ""))
        for name in SETTING_LIMITS
        if name != "invite_age"
    }
    return LocalSettings(invite_age=_clean_invite_age(data.get("invite_age", "")), **values)


def load_local_settings(path: Path = LOCAL_SETTINGS_PATH) -> LocalSettings:
    """Read the local settings at ``path``; a missing file means "nothing set"."""
    try:
        with path.open("rb") as handle:
            untrusted = handle.read(MAX_SETTINGS_BYTES + 1)
    except FileNotFoundError:
        return LocalSettings()
    except OSError as exc:
        raise InvalidLocalSettings(f"cannot read the file: {exc.strerror}") from None
    return parse_local_settings(untrusted)


# ---------------------------------------------------------------- templates


@dataclass(frozen=True)
class _Segment:
    """Literal text, a placeholder, or a conditional (two lists of segments)."""

    text: str = ""
    name: str = ""
    condition: str = ""
    then: tuple[_Segment, ...] = ()
    otherwise: tuple[_Segment, ...] = ()


def _parse_template(source: str, where: str) -> tuple[_Segment, ...]:
    """Parse ``{name}``, ``{if name}``, ``{else}``, ``{end}`` in one piece of text.

    Strict: unknown names, stray braces, nesting, and a placeholder outside a
    conditional on the same name are all errors, so the neutral wording can
    never be forgotten.
    """
    top: list[_Segment] = []
    then: list[_Segment] = []
    otherwise: list[_Segment] = []
    condition = ""
    in_else = False

    def current() -> list[_Segment]:
        if not condition:
            return top
        return otherwise if in_else else then

    pos = 0
    for match in _TOKEN.finditer(source):
        literal = source[pos : match.start()]
        if "{" in literal or "}" in literal:
            raise InvalidContent(f"{where}: a stray brace")
        if literal:
            current().append(_Segment(text=literal))
        pos = match.end()
        words = match.group(1).split()
        if len(words) == 2 and words[0] == "if":
            if condition:
                raise InvalidContent(f"{where}: {{if}} inside {{if}} is not allowed")
            if words[1] not in SETTING_LIMITS:
                raise InvalidContent(f"{where}: unknown setting {words[1]!r}")
            condition, then, otherwise, in_else = words[1], [], [], False
        elif words == ["else"]:
            if not condition or in_else:
                raise InvalidContent(f"{where}: {{else}} without {{if}}")
            in_else = True
        elif words == ["end"]:
            if not condition:
                raise InvalidContent(f"{where}: {{end}} without {{if}}")
            top.append(_Segment(condition=condition, then=tuple(then), otherwise=tuple(otherwise)))
            condition, in_else = "", False
        elif len(words) == 1 and words[0] in SETTING_LIMITS:
            name = words[0]
            if name != condition or in_else:
                raise InvalidContent(
                    f"{where}: {{{name}}} must be inside {{if {name}}} ... {{else}}"
                )
            current().append(_Segment(name=name))
        else:
            raise InvalidContent(f"{where}: unknown placeholder {match.group(0)[:40]!r}")
    rest = source[pos:]
    if "{" in rest or "}" in rest:
        raise InvalidContent(f"{where}: a stray brace")
    if condition:
        raise InvalidContent(f"{where}: {{if {condition}}} has no {{end}}")
    if rest:
        top.append(_Segment(text=rest))
    return tuple(top)


def _render(segments: tuple[_Segment, ...], settings: LocalSettings) -> str:
    out: list[str] = []
    for seg in segments:
        if seg.condition:
            chosen = seg.then if settings.value(seg.condition) else seg.otherwise
            out.append(_render(chosen, settings))
        elif seg.name:
            out.append(settings.value(seg.name))
        else:
            out.append(seg.text)
    return " ".join("".join(out).split())


def placeholders_in(segments: tuple[_Segment, ...]) -> set[str]:
    """Every setting name a parsed piece of text refers to."""
    names: set[str] = set()
    for seg in segments:
        if seg.condition:
            names.add(seg.condition)
            names |= placeholders_in(seg.then) | placeholders_in(seg.otherwise)
        elif seg.name:
            names.add(seg.name)
    return names


# ---------------------------------------------------------------- pages


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Card:
    """One card on a page: a role on "Who will be there?", a word explained."""

    id: str
    title: str
    paragraphs: tuple[str, ...]
    picture: Path | None


Block = Paragraph | Heading | BulletList | Card


@dataclass(frozen=True)
class Page:
    id: str
    title: str
    order: int
    level: str
    language: str  # the language the file was written in (after any fallback)
    picture: Path
    blocks: tuple[Block, ...]

    @property
    def cards(self) -> tuple[Card, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Card))

    def plain_text(self) -> str:
        """The whole page as plain sentences, in order (for read-aloud)."""
        parts = [self.title]
        for block in self.blocks:
            if isinstance(block, Paragraph | Heading):
                parts.append(block.text)
            elif isinstance(block, BulletList):
                parts.extend(block.items)
            else:
                parts.append(block.title)
                parts.extend(block.paragraphs)
        return "\n".join(parts)


# Parsed but not yet filled in: texts are template segments.
_Text = tuple[_Segment, ...]


@dataclass(frozen=True)
class _RawCard:
    id: str
    title: str
    paragraphs: tuple[_Text, ...]
    picture: Path | None


@dataclass(frozen=True)
class _RawBlock:
    kind: str  # "paragraph", "heading", "list"
    texts: tuple[_Text, ...]


@dataclass(frozen=True)
class _RawPage:
    id: str
    title: str
    order: int
    level: str
    language: str
    picture: Path
    blocks: tuple[_RawBlock | _RawCard, ...]

    def placeholders(self) -> set[str]:
        names: set[str] = set()
        for block in self.blocks:
            texts = block.paragraphs if isinstance(block, _RawCard) else block.texts
            for text in texts:
                names |= placeholders_in(text)
        return names


def _plain_title(value: str, where: str) -> str:
    title = " ".join(value.split())
    if not title or len(title) > 80:
        raise InvalidContent(f"{where}: a title must have 1 to 80 characters")
    if any(ch in "{}<>" or unicodedata.category(ch) == "Cc" for ch in title):
        raise InvalidContent(f"{where}: a title is plain text (no braces or markup)")
    return title


def _picture(name: str, root: Path, where: str) -> Path:
    if not _PICTURE.fullmatch(name):
        raise InvalidContent(f"{where}: a picture is a name like 'my-picture.svg'")
    path = root / "pictures" / name
    if not path.is_file():
        raise InvalidContent(f"{where}: the picture {name} is missing")
    return path


def _parse_header(lines: list[str], where: str) -> tuple[dict[str, str], int]:
    if not lines or lines[0].strip() != "---":
        raise InvalidContent(f"{where}: a page starts with a '---' header")
    header: dict[str, str] = {}
    for index in range(1, len(lines)):
        line = lines[index]
        if line.strip() == "---":
            missing = [k for k in _HEADER_KEYS if k not in header]
            if missing:
                raise InvalidContent(f"{where}: the header has no {missing[0]}")
            return header, index + 1
        key, sep, value = line.partition(":")
        key = key.strip()
        if not sep or key not in _HEADER_KEYS:
            raise InvalidContent(f"{where}: header line {index + 1} is not one of {_HEADER_KEYS}")
        if key in header:
            raise InvalidContent(f"{where}: the header has {key} twice")
        header[key] = value.strip()
    raise InvalidContent(f"{where}: the header has no closing '---'")


def _parse_card_attrs(attrs: str, root: Path, where: str) -> tuple[str, Path | None]:
    found: dict[str, str] = {}
    for pair in attrs.split():
        key, _, value = pair.partition("=")
        if key not in ("id", "picture") or key in found:
            raise InvalidContent(f"{where}: a card takes id= and optionally picture=")
        found[key] = value
    card_id = found.get("id", "")
    if not _SLUG.fullmatch(card_id):
        raise InvalidContent(f"{where}: a card needs an id like 'social-worker'")
    picture = _picture(found["picture"], root, where) if "picture" in found else None
    return card_id, picture


def _parse_body(lines: list[str], first: int, root: Path, where: str) -> list[_RawBlock | _RawCard]:
    blocks: list[_RawBlock | _RawCard] = []
    # The block being built: kind and its lines (a paragraph's lines are joined).
    kind = ""
    texts: list[str] = []
    card: tuple[str, Path | None] | None = None
    card_title = ""
    card_paragraphs: list[str] = []
    card_ids: set[str] = set()

    def flush() -> None:
        nonlocal kind, texts
        if not kind:
            return
        at = f"{where}: {kind}"
        if card is not None:
            if kind != "paragraph":
                raise InvalidContent(f"{where}: a card holds a '## title' and paragraphs only")
            card_paragraphs.append(" ".join(texts))
        elif kind == "paragraph":
            blocks.append(_RawBlock("paragraph", (_parse_template(" ".join(texts), at),)))
        else:
            parsed = tuple(_parse_template(t, at) for t in texts)
            blocks.append(_RawBlock(kind, parsed))
        kind, texts = "", []

    for number in range(first, len(lines)):
        line = lines[number].strip()
        at = f"{where}:{number + 1}"
        if not line:
            flush()
            continue
        opener = _CARD_OPEN.fullmatch(line)
        if opener:
            flush()
            if card is not None:
                raise InvalidContent(f"{at}: a card cannot hold another card")
            card = _parse_card_attrs(opener.group(1), root, at)
            if card[0] in card_ids:
                raise InvalidContent(f"{at}: two cards have the id {card[0]}")
            card_ids.add(card[0])
            card_title, card_paragraphs = "", []
            continue
        if line == ":::":
            flush()
            if card is None:
                raise InvalidContent(f"{at}: ':::' closes a card that was not opened")
            if not card_title:
                raise InvalidContent(f"{at}: a card needs a '## title' line")
            paragraphs = tuple(_parse_template(p, at) for p in card_paragraphs)
            blocks.append(_RawCard(card[0], card_title, paragraphs, card[1]))
            card = None
            continue
        if line.startswith(":::") or line.startswith("<") or line.startswith("```"):
            raise InvalidContent(f"{at}: not a line a page may have")
        if line.startswith("#"):
            if not line.startswith("## ") or line.startswith("###"):
                raise InvalidContent(f"{at}: only '## ' headings are allowed")
            flush()
            title = _plain_title(line[3:], at)
            if card is not None:
                if card_title or card_paragraphs:
                    raise InvalidContent(f"{at}: a card's '## title' comes first, once")
                card_title = title
            else:
                blocks.append(_RawBlock("heading", (_parse_template(title, at),)))
            continue
        if line.startswith("- ") or line == "-":
            if line == "-":
                raise InvalidContent(f"{at}: an empty list item")
            if kind != "list":
                flush()
                kind = "list"
            texts.append(line[2:].strip())
            continue
        if kind == "list":
            raise InvalidContent(f"{at}: put a blank line after a list")
        kind = "paragraph"
        texts.append(line)
    flush()
    if card is not None:
        raise InvalidContent(f"{where}: a card has no closing ':::'")
    return blocks


def _read_page(path: Path, language: str, level: str, root: Path) -> _RawPage:
    where = f"{language}/{level}/{path.name}"
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_PAGE_BYTES + 1)
    except OSError as exc:
        raise InvalidContent(f"{where}: cannot read ({exc.strerror})") from None
    if len(raw) > MAX_PAGE_BYTES:
        raise InvalidContent(f"{where}: larger than {MAX_PAGE_BYTES} bytes")
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise InvalidContent(f"{where}: not UTF-8") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in text):
        raise InvalidContent(f"{where}: a control character")
    lines = text.split("\n")
    header, first = _parse_header(lines, where)
    if not _SLUG.fullmatch(header["id"]) or header["id"] != path.stem:
        raise InvalidContent(f"{where}: the id must be the file name without '.md'")
    if header["level"] != level:
        raise InvalidContent(f"{where}: the level must be {level}, like its folder")
    if not re.fullmatch(r"[1-9][0-9]{0,2}", header["order"]):
        raise InvalidContent(f"{where}: the order is a whole number from 1 to 999")
    blocks = _parse_body(lines, first, root, where)
    if not blocks:
        raise InvalidContent(f"{where}: the page has no text")
    return _RawPage(
        id=header["id"],
        title=_plain_title(header["title"], where),
        order=int(header["order"]),
        level=level,
        language=language,
        picture=_picture(header["picture"], root, where),
        blocks=tuple(blocks),
    )


def _fill(raw: _RawPage, settings: LocalSettings) -> Page:
    blocks: list[Block] = []
    for block in raw.blocks:
        if isinstance(block, _RawCard):
            paragraphs = tuple(p for p in (_render(t, settings) for t in block.paragraphs) if p)
            blocks.append(Card(block.id, block.title, paragraphs, block.picture))
            continue
        texts = [t for t in (_render(seg, settings) for seg in block.texts) if t]
        if not texts:
            continue  # a conditional paragraph with nothing to say without its setting
        if block.kind == "list":
            blocks.append(BulletList(tuple(texts)))
        elif block.kind == "heading":
            blocks.append(Heading(texts[0]))
        else:
            blocks.append(Paragraph(texts[0]))
    return Page(raw.id, raw.title, raw.order, raw.level, raw.language, raw.picture, tuple(blocks))


def level_for_age_band(band: str) -> str:
    """The reading level a young person in this age band starts at."""
    try:
        return BAND_LEVELS[band]
    except KeyError:
        raise ValueError(f"unknown age band {band!r}") from None


def languages(root: Path = CONTENT_ROOT) -> list[str]:
    """The languages that have at least one page folder."""
    if not root.is_dir():
        return []
    return sorted(
        p.name
        for p in root.iterdir()
        if p.is_dir() and _LANGUAGE.fullmatch(p.name) and any((p / lv).is_dir() for lv in LEVELS)
    )


def _raw_pages(language: str, level: str, root: Path) -> dict[str, _RawPage]:
    folder = root / language / level
    if not folder.is_dir():
        return {}
    pages = {}
    for path in sorted(folder.glob("*.md")):
        page = _read_page(path, language, level, root)
        pages[page.id] = page
    return pages


def check_pages(language: str, level: str, root: Path = CONTENT_ROOT) -> list[tuple[str, set[str]]]:
    """Parse one language's pages strictly, without fallback.

    Returns (page id, setting names it uses) for each page: for tests and for
    a translator checking their work. Raises ``InvalidContent`` on any fault.
    """
    if level not in LEVELS or not _LANGUAGE.fullmatch(language):
        raise ValueError("unknown level or language")
    raw = _raw_pages(language, level, root)
    return [(p.id, p.placeholders()) for p in sorted(raw.values(), key=lambda p: p.order)]


def load_pages(
    language: str = FALLBACK_LANGUAGE,
    level: str = "younger",
    settings: LocalSettings | None = None,
    root: Path = CONTENT_ROOT,
) -> list[Page]:
    """The pages for a language and reading level, in order, filled in.

    A page missing in ``language`` (or a language with no pages) falls back to
    English, page by page. Raises ``InvalidContent`` if a file is faulty.
    """
    if level not in LEVELS:
        raise ValueError(f"unknown reading level {level!r}")
    if not _LANGUAGE.fullmatch(language):
        language = FALLBACK_LANGUAGE
    pages = _raw_pages(FALLBACK_LANGUAGE, level, root)
    if language != FALLBACK_LANGUAGE:
        pages.update(_raw_pages(language, level, root))
    filled = settings if settings is not None else LocalSettings()
    ordered = sorted(pages.values(), key=lambda p: (p.order, p.id))
    return [_fill(page, filled) for page in ordered]


def load_page(
    page_id: str,
    language: str = FALLBACK_LANGUAGE,
    level: str = "younger",
    settings: LocalSettings | None = None,
    root: Path = CONTENT_ROOT,
) -> Page:
    """One page by id (see ``load_pages``); ``KeyError`` if there is none."""
    for page in load_pages(language, level, settings, root):
        if page.id == page_id:
            return page
    raise KeyError(page_id)
