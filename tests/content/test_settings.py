"""Local settings: the documented format reads back, and hostile files are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.content.helpers import REPO
from voiceapp.core import content
from voiceapp.core.errors import InvalidLocalSettings

EXAMPLE = REPO / "assets" / "content" / "local-settings.example.toml"


def test_the_example_file_reads_as_nothing_set() -> None:
    """The shipped example parses, and with every value empty it means "nothing set"."""
    assert content.load_local_settings(EXAMPLE) == content.LocalSettings()


def test_a_missing_file_means_nothing_set(tmp_path: Path) -> None:
    """An area that has no settings file gets neutral wording, not an error."""
    assert content.load_local_settings(tmp_path / "none.toml") == content.LocalSettings()


def test_a_filled_file_reads_back_exactly(tmp_path: Path) -> None:
    """Every documented key reads into its field; text is trimmed, one closing full stop dropped."""
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace('area_name = ""', 'area_name = "  Anyshire  "')
    text = text.replace('advocacy_service = ""', 'advocacy_service = "Children\'s Voices & Rights"')
    text = text.replace('advocacy_contact = ""', 'advocacy_contact = "0800 000 0000 (free)"')
    text = text.replace('complaints_contact = ""', 'complaints_contact = "complaints@example.org."')
    text = text.replace('invite_age = ""', "invite_age = 10")
    path = tmp_path / "local-settings.toml"
    path.write_text(text, encoding="utf-8")
    assert content.load_local_settings(path) == content.LocalSettings(
        area_name="Anyshire",
        advocacy_service="Children's Voices & Rights",
        advocacy_contact="0800 000 0000 (free)",
        complaints_contact="complaints@example.org",
        invite_age=10,
    )


def test_non_latin_names_and_joiners_are_kept() -> None:
    """Welsh, Urdu and other scripts are fine, including zero-width joiners they need."""
    raw = 'format = 1\narea_name = "Caerdydd"\nadvocacy_service = "آواز\u200cبچے"\n'
    settings = content.parse_local_settings(raw.encode())
    assert settings.advocacy_service == "آواز\u200cبچے"


HOSTILE = {
    "huge file": b"format = 1\n# " + b"x" * 10_000 + b"\n",
    "not utf-8": b'format = 1\narea_name = "\xff"\n',
    "not toml": b"format = 1\narea_name = Anyshire\n",
    "no format": b'area_name = "A"\n',
    "future format": b'format = 2\narea_name = "A"\n',
    "unknown key": b'format = 1\nchair_phone = "1"\n',
    "table": b'format = 1\n[area_name]\nx = "A"\n',
    "number for text": b"format = 1\narea_name = 5\n",
    "list for text": b'format = 1\narea_name = ["A"]\n',
    "too long": b'format = 1\narea_name = "' + b"A" * 81 + b'"\n',
    "newline": b'format = 1\narea_name = """A\nB"""\n',
    "tab": b'format = 1\narea_name = "A\\tB"\n',
    "bell": b'format = 1\narea_name = "A\\u0007"\n',
    "escape sequence": b'format = 1\narea_name = "\\u001b[31mred"\n',
    "bidi override": 'format = 1\narea_name = "A\u202eB"\n'.encode(),
    "invisible": 'format = 1\narea_name = "A\u2060B"\n'.encode(),
    "line separator": 'format = 1\narea_name = "A\u2028B"\n'.encode(),
    "private use": 'format = 1\narea_name = "A\ue000"\n'.encode(),
    "html": b'format = 1\nadvocacy_service = "<b>Big</b>"\n',
    "script": b'format = 1\nadvocacy_contact = "<script>alert(1)</script>"\n',
    "link markup": b'format = 1\nadvocacy_contact = "[click](http://x)"\n',
    "placeholder": b'format = 1\narea_name = "{advocacy_service}"\n',
    "template": b'format = 1\narea_name = "{if area_name}x{end}"\n',
    "backtick": b'format = 1\narea_name = "`x`"\n',
    "backslash": b'format = 1\narea_name = "a\\\\b"\n',
    "age too young": b"format = 1\ninvite_age = 2\n",
    "age too old": b"format = 1\ninvite_age = 18\n",
    "age negative": b"format = 1\ninvite_age = -1\n",
    "age as word": b'format = 1\ninvite_age = "ten"\n',
    "age as float": b"format = 1\ninvite_age = 10.5\n",
    "age as bool": b"format = 1\ninvite_age = true\n",
}


@pytest.mark.parametrize("raw", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_settings_are_refused(raw: bytes) -> None:
    """Oversized, mistyped, control-character, markup or template values raise
    InvalidLocalSettings, whose message is for a person and names no value."""
    with pytest.raises(InvalidLocalSettings) as info:
        content.parse_local_settings(raw)
    assert info.value.message.startswith("The local settings file")


def test_a_huge_file_on_disk_is_not_read_whole(tmp_path: Path) -> None:
    """A settings file far over the limit is refused after reading only a little of it."""
    path = tmp_path / "local-settings.toml"
    path.write_bytes(b"format = 1\n" + b"#" * 50_000_000)
    with pytest.raises(InvalidLocalSettings):
        content.load_local_settings(path)


def test_a_settings_error_never_repeats_the_value() -> None:
    """The error detail names the setting, never its (untrusted) value."""
    with pytest.raises(InvalidLocalSettings) as info:
        content.parse_local_settings(b'format = 1\narea_name = "<img src=secret>"\n')
    assert "secret" not in str(info.value)
    assert "area_name" in str(info.value)


@given(st.text(max_size=300))
def test_any_text_is_either_refused_or_safe(value: str) -> None:
    """Whatever an area types, the result is refused or is short, one-line plain text."""
    raw = "format = 1\nadvocacy_service = " + _toml_string(value) + "\n"
    try:
        settings = content.parse_local_settings(raw.encode("utf-8", "surrogatepass"))
    except InvalidLocalSettings:
        return
    out = settings.advocacy_service
    assert len(out) <= content.SETTING_LIMITS["advocacy_service"]
    assert not set(out) & set("<>{}[]`\\\n\r\t")
    assert all(ord(ch) >= 0x20 and not 0x7F <= ord(ch) <= 0x9F for ch in out)


def _toml_string(value: str) -> str:
    escaped = "".join(
        ch if ch.isprintable() and ch not in '"\\' else f"\\U{ord(ch):08x}" for ch in value
    )
    return f'"{escaped}"'
