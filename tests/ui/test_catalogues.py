"""The translated catalogues: every language has every interface string, with the
same placeholders, and its built .qm file is there and up to date."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from voiceapp.ui.language import LANGUAGES

REPO = Path(__file__).resolve().parents[2]
LRELEASE = REPO / ".venv" / "bin" / "pyside6-lrelease"
PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}|%n|%\d")
TRANSLATED = sorted({lang.code.split("-")[0] for lang in LANGUAGES} - {"en"})


def catalogue(lang: str) -> Path:
    return REPO / "translations" / f"voiceapp_{lang}.ts"


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append((name, message.findtext("source", ""), translation))
    return out


def test_every_language_in_the_picker_has_a_catalogue() -> None:
    """Welsh, Polish, Romanian, Urdu and Arabic each have a catalogue."""
    assert TRANSLATED == ["ar", "cy", "pl", "ro", "ur"]
    for lang in TRANSLATED:
        assert catalogue(lang).is_file(), lang


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_string_is_translated_with_its_placeholders(
    lang: str, fresh_ts: Path, ts_messages: Callable[[Path], set[tuple[str, str]]]
) -> None:
    """Every message the code has is in the catalogue (100 % coverage), finished and
    not empty, and keeps exactly the placeholders of its English source."""
    found = messages(catalogue(lang))
    assert {(c, s) for c, s, _ in found} == ts_messages(fresh_ts)
    problems = []
    for context, source, translation in found:
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"{context}: {source!r} is not translated")
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("lang", ["en_GB", *TRANSLATED])
def test_the_built_translation_is_there_and_up_to_date(lang: str, tmp_path: Path) -> None:
    """translations/voiceapp_<lang>.qm exists and is exactly what lrelease builds
    from the catalogue now (scripts/setup.sh builds it)."""
    built = REPO / "translations" / f"voiceapp_{lang}.qm"
    assert built.is_file(), f"{built.name} is missing: bash scripts/setup.sh"
    fresh = tmp_path / built.name
    subprocess.run(
        [str(LRELEASE), "-silent", str(catalogue(lang)), "-qm", str(fresh)],
        check=True,
        timeout=60,
    )
    assert built.read_bytes() == fresh.read_bytes(), f"{built.name} is stale: bash scripts/setup.sh"
