"""Shared constants and helpers for the content tests (imported by each module)."""

from __future__ import annotations

import re
from pathlib import Path

from voiceapp.core import content

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"

# The pages issue 5 asks for, in order.
PAGE_IDS = (
    "what-is-a-conference",
    "why-is-there-one",
    "who-will-be-there",
    "do-i-have-to-go",
    "ways-to-share",
    "in-the-meeting",
    "afterwards",
    "what-is-an-advocate",
    "not-happy",
    "words-explained",
)
ROLE_IDS = (
    "chair",
    "note-taker",
    "social-worker",
    "parents-carers",
    "teacher",
    "nurse-doctor",
    "police",
    "solicitor",
    "advocate",
)

FULL = content.LocalSettings(
    area_name="Testshire",
    advocacy_service="Speak Up Kids",
    advocacy_contact="0800 000 0000 or hello@example.org",
    complaints_contact="complaints@example.org",
    invite_age=11,
)
EMPTY = content.LocalSettings()


def words(text: str) -> list[str]:
    """Lower-case words, apostrophes kept, curly quotes made straight."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text)


def sentences(page: content.Page) -> list[str]:
    """Every sentence of a page body: paragraphs split at . ! ?, list items whole."""
    out: list[str] = []
    for block in page.blocks:
        if isinstance(block, content.Paragraph):
            texts: tuple[str, ...] = (block.text,)
        elif isinstance(block, content.BulletList):
            texts = block.items
        elif isinstance(block, content.Card):
            texts = block.paragraphs
        else:
            continue
        for text in texts:
            out.extend(s for s in re.split(r"(?<=[.!?])\s+", text) if words(s))
    return out
