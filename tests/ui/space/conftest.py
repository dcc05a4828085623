"""Fixtures for the young person's space: a real vault (scrypt work factor 10, so
tests run fast) with one young person, and the space on screen, offscreen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.recording.conftest import mic, pulse  # noqa: F401 - the sound server, found by name
from tests.ui.helper.conftest import (  # noqa: F401 - the helper's fixtures, found by name
    chair,
    driver,
    helper,
    new_window,
    places,
)
from voiceapp.core.vault import Case, CaseDetails, Vault
from voiceapp.ui.space.space import YoungSpace
from voiceapp.ui.vault_jobs import VaultJobs

PASSPHRASE = "purple kettle seven"
FAST = 10
WAIT = 20_000


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    opened = Vault(tmp_path / "vault", work_factor=FAST)
    opened.create("helper", PASSPHRASE)
    yield opened
    opened.close()


def add_case(vault: Vault, name: str = "Sam", age_band: str = "8-12") -> Case:
    details = CaseDetails(name, age_band, dt.date.today() + dt.timedelta(days=10))
    return vault.add_case(details)


@pytest.fixture
def make_space(
    qtbot: QtBot, themed_app: QApplication, vault: Vault
) -> Iterator[Callable[..., YoungSpace]]:
    made: list[tuple[YoungSpace, VaultJobs]] = []

    def make(age_band: str = "8-12", name: str = "Sam", **kwargs: Any) -> YoungSpace:
        case = add_case(vault, name, age_band)
        jobs = VaultJobs()
        space = YoungSpace(vault, jobs, case, **kwargs)
        qtbot.addWidget(space)
        space.resize(1200, 860)
        space.show()
        qtbot.waitExposed(space)
        space.activateWindow()
        made.append((space, jobs))
        return space

    yield make
    for space, jobs in made:
        space.end()
        jobs.wait()


def click(qtbot: QtBot, widget: QWidget) -> None:
    """Press a button as a person would: it must be on screen and enabled."""
    from PySide6.QtCore import Qt

    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
