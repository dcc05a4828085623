"""Keys and a complete sample bundle for the bundle tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests import media_samples as ms
from voiceapp.core import age
from voiceapp.core.bundle import BundleInfo, BundleWriter

INFO = BundleInfo(
    age_band="8-12",
    conference_date=dt.date(2026, 12, 3),
    made_with="advocate",
    name="Sam",
    reference="CP-2026-117",
)


@pytest.fixture(scope="session")
def chair() -> age.HybridIdentity:
    return age.HybridIdentity.generate()


@pytest.fixture(scope="session")
def media() -> dict[str, bytes]:
    """One real sample of every kind (made once: encoding takes a moment)."""
    return {
        "drawing": ms.png(),
        "letter": "Dear chair,\nI want to stay at my school. Ça va? ✓\n".encode(),
        "audio": ms.ogg_opus(1.0),
        "video": ms.webm(1.0),
        "picture": ms.jpeg_with_gps(),
        "feelings": ms.feelings_page(),
    }


def write_every_kind(target: Path, chair: age.HybridIdentity, media: dict[str, bytes]) -> Path:
    with BundleWriter(target, [chair.recipient()], INFO) as w:
        drawing = w.add("drawing", media["drawing"], title="My house")
        w.add("letter", media["letter"], title="My letter", audience="chair-only")
        w.add("audio", media["audio"], title="What I want to say", duration_s=1.0)
        w.add("video", media["video"], title="Me", duration_s=1.0, words="own")
        w.add("picture", media["picture"], title="My dog")
        w.add("feelings", media["feelings"], title="How I feel", words="written-by-helper")
        w.add("houses", ms.houses_page(drawing.id), title="Three houses")
    return w.path


@pytest.fixture
def every_kind(tmp_path: Path, chair: age.HybridIdentity, media: dict[str, bytes]) -> Path:
    return write_every_kind(tmp_path, chair, media)
