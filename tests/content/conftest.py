"""Fixtures for the content tests: both reading levels, empty and full settings."""

from __future__ import annotations

import pytest

from tests.content.helpers import EMPTY, FULL
from voiceapp.core import content


@pytest.fixture(params=content.LEVELS)
def level(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(params=[EMPTY, FULL], ids=["empty-settings", "full-settings"])
def settings(request: pytest.FixtureRequest) -> content.LocalSettings:
    value: content.LocalSettings = request.param
    return value
