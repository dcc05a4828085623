"""Shared keys for core tests (made once: hybrid key expansion is not free)."""

from __future__ import annotations

import pytest

from voiceapp.core import age


@pytest.fixture(scope="session")
def x25519() -> age.X25519Identity:
    return age.X25519Identity.generate()


@pytest.fixture(scope="session")
def hybrid() -> age.HybridIdentity:
    return age.HybridIdentity.generate()
