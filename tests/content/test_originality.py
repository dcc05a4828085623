"""The pages are our own words: nothing copied from the source leaflets, no local details.

The five public leaflets in ../shared/seeds/ were used for facts only. The
hashes of every run of 8 words in them are kept in seed_shingles.txt (so this
test works without the leaflets and the repository holds none of their text);
when the leaflets are present they are checked directly as well.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.content.helpers import EMPTY, FULL, REPO, SEEDS, words
from voiceapp.core import content

RUN = 8
SHINGLES = Path(__file__).with_name("seed_shingles.txt")


def runs(text: str, n: int = RUN) -> Iterator[str]:
    ws = words(text)
    for i in range(len(ws) - n + 1):
        yield " ".join(ws[i : i + n])


def digest(run: str) -> str:
    return hashlib.sha256(run.encode()).hexdigest()[:16]


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def write_shingles() -> None:
    """Regenerate seed_shingles.txt from the leaflets (run by hand if they change)."""
    hashes = sorted({digest(r) for text in seed_texts() for r in runs(text)})
    SHINGLES.write_text("\n".join(hashes) + "\n")


def our_texts() -> Iterator[tuple[str, str]]:
    """Every page as shown (both levels, with and without settings) and as written."""
    for level in content.LEVELS:
        for settings in (EMPTY, FULL):
            for page in content.load_pages("en", level, settings):
                label = "full settings" if settings is FULL else "no settings"
                yield f"{level}/{page.id} ({label})", page.plain_text()
    for path in sorted((REPO / "assets" / "content").rglob("*")):
        if path.suffix in (".md", ".toml"):
            yield str(path.relative_to(REPO)), path.read_text(encoding="utf-8")
    yield "docs/content.md", (REPO / "docs" / "content.md").read_text(encoding="utf-8")


def test_no_eight_word_run_is_copied_from_the_stored_seed_hashes() -> None:
    """No run of 8 words in any page matches a run in the leaflets (stored hashes)."""
    stored = set(SHINGLES.read_text().split())
    assert len(stored) > 4000  # the leaflets have about 5,000 words
    for where, text in our_texts():
        for run in runs(text):
            assert digest(run) not in stored, (where, run)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the source leaflets are not beside the repository")
def test_no_eight_word_run_is_copied_from_the_leaflets_themselves() -> None:
    """The same check against the leaflets' text, and the stored hashes are up to date."""
    theirs = {r for text in seed_texts() for r in runs(text)}
    assert {digest(r) for r in theirs} <= set(SHINGLES.read_text().split())
    for where, text in our_texts():
        for run in runs(text):
            assert run not in theirs, (where, run)


# Names of places and services in the leaflets, which belong in local settings.
LOCAL_NAMES = (
    "somerset",
    "yorkshire",
    "derby",
    "northyorks",
    "sova",
    "young lives",
    "mind of my own",
    "camhs",
    "skype",
    "safeguarding manager",
    "children's social care",
    "children and families service",
    "complaints and commendation",
    "safeguardingchildren",
)
PHONE = re.compile(r"\+?\d[\d\s()-]{7,}\d")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
WEB = re.compile(r"https?://|www\.|\.gov\.uk|\.co\.uk|\.org\.uk", re.IGNORECASE)


def test_no_local_names_phone_numbers_or_addresses_are_built_in() -> None:
    """Place and service names, phone numbers, e-mail and web addresses from the
    leaflets never appear in the pages as written: they come from local settings."""
    for where, text in our_texts():
        if "full" in where:
            continue
        if where.endswith(".md") and where.startswith("docs"):
            text = re.sub(r"```.*?```", "", text, flags=re.DOTALL)  # examples use example.org
        lowered = text.lower().replace("\u2019", "'")
        for name in LOCAL_NAMES:
            assert name not in lowered, (where, name)
        for number in PHONE.findall(text):
            # The only number allowed is the obviously made-up example in the docs.
            assert set(number) <= set("08 "), (where, number)
        assert not WEB.search(text), where
        for found in EMAIL.findall(text):
            assert found.endswith("example.org"), (where, found)


if __name__ == "__main__":
    write_shingles()
