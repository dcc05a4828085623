"""The two reading levels: short sentences for younger children, fuller text for older ones.

Bounds, and why:
- Younger pages (ages 4-7 read to, 8-12 reading alone or with a little help):
  every page averages at most 10 words a sentence and no sentence is over 15.
  Plain-English and easy-read guidance for young readers aims for roughly
  8-10 words on average with few sentences over 15; read aloud, one short
  sentence is one idea a four-year-old can hold.
- Older pages (13-17): average at most 20 words a sentence, none over 35,
  which keeps them within general plain-English advice (15-20 on average)
  while giving room for the detail a teenager wants.
- "Fuller": each older page has at least one and a half times the words of its
  younger page, and longer sentences on average.
"""

from __future__ import annotations

from tests.content.helpers import EMPTY, FULL, sentences, words
from voiceapp.core import content

YOUNGER_MEAN, YOUNGER_MAX = 10.0, 15
OLDER_MEAN, OLDER_MAX = 20.0, 35
FULLER = 1.5


def _stats(page: content.Page) -> tuple[float, int, int]:
    counts = [len(words(s)) for s in sentences(page)]
    return sum(counts) / len(counts), max(counts), sum(counts)


def test_younger_pages_use_short_sentences(settings: content.LocalSettings) -> None:
    """Every younger page averages ≤ 10 words a sentence, none over 15 (see module doc)."""
    for page in content.load_pages("en", "younger", settings):
        mean, longest, _ = _stats(page)
        assert mean <= YOUNGER_MEAN, (page.id, mean)
        assert longest <= YOUNGER_MAX, (page.id, longest)


def test_older_pages_stay_plain(settings: content.LocalSettings) -> None:
    """Every older page averages ≤ 20 words a sentence, none over 35."""
    for page in content.load_pages("en", "older", settings):
        mean, longest, _ = _stats(page)
        assert mean <= OLDER_MEAN, (page.id, mean)
        assert longest <= OLDER_MAX, (page.id, longest)


def test_older_pages_are_fuller_than_younger_ones() -> None:
    """Each older page has ≥ 1.5 times the words of the younger one, in longer sentences."""
    for settings in (EMPTY, FULL):
        younger = {p.id: _stats(p) for p in content.load_pages("en", "younger", settings)}
        for page in content.load_pages("en", "older", settings):
            mean, _, total = _stats(page)
            assert total >= FULLER * younger[page.id][2], page.id
            assert mean > younger[page.id][0], page.id


FRIGHTENING = (
    "abuse",
    "harm",
    "hurt",
    "danger",
    "taken away",
    "remove",
    "court",
    "prison",
    "arrest",
    "punish",
)


def test_no_page_uses_frightening_words() -> None:
    """No page at either level uses words likely to frighten a child (list above)."""
    for level in content.LEVELS:
        for page in content.load_pages("en", level, FULL):
            text = page.plain_text().lower()
            for word in FRIGHTENING:
                assert word not in text, (level, page.id, word)
