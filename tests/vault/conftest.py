"""A vault in a temporary folder, with a low scrypt work factor so tests run fast."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from voiceapp.core.vault import CaseDetails, Vault

PASSPHRASE = "purple kettle seven"
FAST = 10  # scrypt work factor for tests; the default (18) is checked separately


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault(tmp_path / "data", work_factor=FAST)
    v.create("helper", PASSPHRASE)
    yield v
    v.close()


def details(name: str = "Sam", days: int = 10) -> CaseDetails:
    return CaseDetails(
        chosen_name=name,
        age_band="8-12",
        conference_date=dt.date.today() + dt.timedelta(days=days),
        reference="CP-1",
    )
