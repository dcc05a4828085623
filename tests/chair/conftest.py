"""A chair vault and bundles for the chair's core tests (no Qt here)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import media_samples as ms
from voiceapp.core import age
from voiceapp.core.bundle import BundleInfo, BundleWriter
from voiceapp.core.vault import Vault

PASSPHRASE = "purple kettle seven"
INFO = BundleInfo(
    age_band="8-12", conference_date=dt.date(2026, 12, 3), made_with="alone", name="Alex"
)


@pytest.fixture(scope="session")
def chair() -> age.HybridIdentity:
    return age.HybridIdentity.generate()


@pytest.fixture
def vault(tmp_path: Path, chair: age.HybridIdentity) -> Iterator[Vault]:
    v = Vault(tmp_path / "data", work_factor=10)
    v.create("chair", PASSPHRASE, identity=chair)
    yield v
    v.close()


@pytest.fixture(scope="session")
def bundle_bytes(chair: age.HybridIdentity, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A bundle with a drawing shown in a houses page, a chair-only letter, and a
    'video' large enough to span many chunks (a real WebM plus padding)."""
    folder = tmp_path_factory.mktemp("bundle")
    with BundleWriter(folder / "b.voice", [chair.recipient()], INFO) as w:
        drawing = w.add("drawing", ms.png(), title="Secret drawing", audience="chair-only")
        w.add("letter", b"Hello everyone", title="Letter")
        w.add("letter", b"Only you", title="Private", audience="chair-only")
        w.add("houses", ms.houses_page(drawing.id), title="Houses")
        w.add("video", ms.webm(0.5) + os.urandom(3 << 20), title="Video", duration_s=0.5)
    return (folder / "b.voice").read_bytes()


@pytest.fixture
def bundle(tmp_path: Path, bundle_bytes: bytes) -> Path:
    path = tmp_path / "conference-2026-12-03-test.voice"
    path.write_bytes(bundle_bytes)
    return path
