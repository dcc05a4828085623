"""Fixtures for the UI tests: Qt runs offscreen, with the app's own theme.

These tests drive real widgets with pytest-qt (mouse clicks, key presses,
signals); nothing on screen is mocked. Helpers reach the tests as fixtures (no
imports between test modules).
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Before any QApplication exists: no screen is needed (scripts/test.sh sets it too).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Read-aloud uses Qt's mock speech engine: the real one never finishes without a sound server.
os.environ["VOICEAPP_SPEECH_ENGINE"] = "mock"

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from voiceapp.ui.app import application
from voiceapp.ui.main_window import MainWindow
from voiceapp.ui.theme import apply_theme

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


@pytest.fixture(autouse=True)
def private_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every UI test gets its own empty data folder: the window opens the vault
    there (VOICEAPP_DATA), never in the real per-user folder."""
    folder = tmp_path_factory.mktemp("voiceapp-data")
    monkeypatch.setenv("VOICEAPP_DATA", str(folder))
    return folder


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Every UI test ends in British English, whatever it (or a space it opened)
    switched to, so the next test starts from the source language."""
    yield
    if QApplication.instance() is not None:
        from voiceapp.ui.language import languages

        languages().set_language("en-GB")


@pytest.fixture
def themed_app(qapp: QApplication) -> QApplication:
    """The test QApplication, named and styled as My Voice is."""
    app = application([])
    apply_theme(app)
    return app


@pytest.fixture
def window(qtbot: QtBot, themed_app: QApplication) -> Iterator[MainWindow]:
    """A shown, active main window on its start screen."""
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitActive(main)
    main.show_start()
    yield main


@pytest.fixture(scope="session")
def repo() -> Path:
    """The top folder of the source checkout."""
    return REPO


def extract_messages(ts_path: Path) -> set[tuple[str, str]]:
    """(context, source) of every live message in a Qt Linguist .ts file."""
    root = ET.parse(ts_path).getroot()
    found = set()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            found.add((name, message.findtext("source", "")))
    return found


@pytest.fixture(scope="session")
def ts_messages() -> Callable[[Path], set[tuple[str, str]]]:
    """A function giving the (context, source) pairs in a .ts file."""
    return extract_messages


@pytest.fixture(scope="session")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A .ts made just now by pyside6-lupdate from the UI source (not the committed one)."""
    ts = tmp_path_factory.mktemp("lupdate") / "voiceapp_fresh.ts"
    sources = sorted(str(p) for p in (REPO / "voiceapp" / "ui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(ts)],
        check=True,
        cwd=REPO,
        timeout=120,
    )
    return ts


@dataclass(frozen=True)
class PseudoTranslation:
    """A built translation in which every UI string reads ``[~source~]``."""

    folder: Path  # holds voiceapp_cy.qm (Welsh is only a label here)
    begin: str = "[~"
    end: str = "~]"

    def of(self, text: str) -> str:
        """What ``text`` becomes under this translation."""
        return f"{self.begin}{text}{self.end}"

    def covers(self, text: str) -> bool:
        """True if ``text`` came through this translation."""
        return text.startswith(self.begin) and text.endswith(self.end)


@pytest.fixture(scope="session")
def pseudo(tmp_path_factory: pytest.TempPathFactory, fresh_ts: Path) -> PseudoTranslation:
    """A pseudo-translation of every string lupdate finds, built with pyside6-lrelease."""
    result = PseudoTranslation(tmp_path_factory.mktemp("pseudo"))
    tree = ET.parse(fresh_ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        translation.text = result.of(message.findtext("source", ""))
    ts = result.folder / "voiceapp_cy.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = result.folder / "voiceapp_cy.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        timeout=120,
    )
    return result
