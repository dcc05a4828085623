"""Fixtures for the helper's screens: a window on a vault in a temporary folder
(scrypt work factor 10, so tests run fast), a chair with a key card, and a
``Driver`` that presses the same buttons a helper would.

HOME, TMPDIR and Python's temp folder point into the test's own folder, so the
"no plaintext on disk" test can search them byte by byte.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from voiceapp.core import age, keycard
from voiceapp.core.vault import Vault
from voiceapp.ui.helper import file_dialogs
from voiceapp.ui.helper.case_form import CaseForm
from voiceapp.ui.helper.case_page import CasePage
from voiceapp.ui.helper.home import HelperHome
from voiceapp.ui.helper.import_page import ImportPage
from voiceapp.ui.helper.keycard_page import KeyCardPage
from voiceapp.ui.helper.receipt import Receipt
from voiceapp.ui.helper.send_flow import SendFlow
from voiceapp.ui.main_window import MainWindow
from voiceapp.ui.profile.create_page import CreateProfilePage
from voiceapp.ui.start_screen import Role

PASSPHRASE = "purple kettle seven"
PIN = "2468"
FAST = 10  # scrypt work factor for tests
WAIT = 30_000


@dataclass(frozen=True)
class Places:
    data: Path  # the vault
    home: Path  # $HOME
    temp: Path  # $TMPDIR and tempfile.gettempdir()
    usb: Path  # where bundles are sent
    elsewhere: Path  # files made elsewhere, which the helper imports


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_data_folder: Path) -> Places:
    found = Places(
        data=private_data_folder,
        home=tmp_path / "home",
        temp=tmp_path / "temp",
        usb=tmp_path / "usb",
        elsewhere=tmp_path / "elsewhere",
    )
    for folder in (found.home, found.temp, found.usb, found.elsewhere):
        folder.mkdir()
    monkeypatch.setenv("HOME", str(found.home))
    monkeypatch.setenv("TMPDIR", str(found.temp))
    monkeypatch.setattr(tempfile, "tempdir", str(found.temp))
    return found


@dataclass(frozen=True)
class Chair:
    identity: age.AnyIdentity
    card: keycard.KeyCard


@pytest.fixture(scope="session")
def chair() -> Chair:
    identity = age.HybridIdentity.generate()
    card = keycard.KeyCard.make(
        "Jo Bloggs", "Northshire Council", identity.recipient().to_string(), dt.date(2026, 11, 1)
    )
    return Chair(identity, card)


def open_fast(root: Path) -> Any:
    return lambda: Vault(root, work_factor=FAST)


@pytest.fixture
def new_window(qtbot: QtBot, themed_app: QApplication, places: Places) -> Iterator[Any]:
    """Makes shown main windows on the test's vault; closes them at the end."""
    made: list[MainWindow] = []

    def make(**kwargs: Any) -> MainWindow:
        window = MainWindow(open_vault=open_fast(places.data), **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        home = window.home
        if isinstance(home, HelperHome):
            home.in_space = False  # let the window close at the end of a test
        window.close()


class Driver:
    """Does what a helper does, through the widgets, and waits for the results."""

    def __init__(self, qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
        self.qtbot = qtbot
        self.window = window
        self.monkeypatch = monkeypatch

    @property
    def home(self) -> HelperHome:
        assert isinstance(self.window.home, HelperHome)
        return self.window.home

    def click(self, widget: QWidget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget.objectName()
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def wait_page(self, kind: type) -> Any:
        self.qtbot.waitUntil(lambda: isinstance(self.home.current, kind), timeout=WAIT)
        page = self.home.current
        if isinstance(page, CasePage | SendFlow):
            self.qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
        return page

    def create_profile(self, pin: str = PIN) -> HelperHome:
        window = self.window
        with self.qtbot.waitSignal(window.role_chosen, timeout=WAIT):
            self.click(window.start_screen.buttons[Role.HELPER])
        page = window.current_page()
        assert isinstance(page, CreateProfilePage)
        page.first.edit.setText(PASSPHRASE)
        page.second.edit.setText(PASSPHRASE)
        page.pin.edit.setText(pin)
        with self.qtbot.waitSignal(window.home_shown, timeout=WAIT):
            self.click(page.make)
        self.qtbot.waitUntil(lambda: self.home.list_page.isVisible(), timeout=WAIT)
        return self.home

    def add_case(
        self, name: str = "Sam", reference: str = "CP-1", conference: dt.date | None = None
    ) -> CasePage:
        self.click(self.home.list_page.add)
        form = self.wait_page(CaseForm)
        form.name.setText(name)
        form.reference.setText(reference)
        if conference is not None:
            form.date.setDate(QDate(conference.year, conference.month, conference.day))
        self.click(form.save)
        return self.wait_page(CasePage)

    def add_keycard(self, card: keycard.KeyCard, path: Path | None = None) -> CasePage:
        page = self.wait_page(CasePage)
        self.click(page.card_button)
        cards = self.wait_page(KeyCardPage)
        with self.qtbot.waitSignal(cards.checked, timeout=WAIT):
            if path is None:
                cards.paste.setPlainText(card.to_text())
                self.click(cards.check)
            else:
                self.monkeypatch.setattr(file_dialogs, "open_file", lambda *_: str(path))
                self.click(cards.open_file)
        assert cards.fingerprint.text().replace(" - ", "-") == card.fingerprint
        self.click(cards.yes)
        return self.wait_page(CasePage)

    def add_file(
        self,
        path: Path,
        title: str,
        audience: str = "everyone",
        words: str = "own",
    ) -> CasePage:
        page = self.wait_page(CasePage)
        self.click(page.add_item)
        adder = self.wait_page(ImportPage)
        self.monkeypatch.setattr(file_dialogs, "open_file", lambda *_: str(path))
        with self.qtbot.waitSignal(adder.prepared, timeout=120_000):
            self.click(adder.choose)
        adder.title.setText(title)
        self.click(adder.audience.buttons[audience])
        self.click(adder.words.buttons[words])
        with self.qtbot.waitSignal(adder.added, timeout=WAIT):
            self.click(adder.add)
        return self.wait_page(CasePage)

    def send(self, folder: Path) -> Receipt:
        page = self.wait_page(CasePage)
        self.click(page.send)
        flow = self.wait_page(SendFlow)
        self.click(flow.next)
        self.monkeypatch.setattr(file_dialogs, "choose_folder", lambda *_: str(folder))
        with self.qtbot.waitSignal(flow.sent, timeout=120_000) as sent:
            self.click(flow.choose)
        receipt = sent.args[0]
        assert isinstance(receipt, Receipt)
        return receipt


@pytest.fixture
def driver(qtbot: QtBot, new_window: Any, monkeypatch: pytest.MonkeyPatch) -> Driver:
    """A helper at a new window (no profile yet)."""
    return Driver(qtbot, new_window(), monkeypatch)


@pytest.fixture
def helper(driver: Driver) -> Driver:
    """A helper with a profile, on their (empty) list of young people."""
    driver.create_profile()
    return driver
