"""``voiceapp open FILE``: the app opens, the chair unlocks, and the file is shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from voiceapp.core import age
from voiceapp.core.vault import Vault
from voiceapp.ui.chair.home import ChairHome
from voiceapp.ui.main_window import MainWindow
from voiceapp.ui.profile.unlock_page import UnlockPage
from voiceapp.ui.single_instance import InstanceServer

from .conftest import FAST, PASSPHRASE, wait_verified


def test_file_given_on_the_command_line_opens_after_unlock(
    qtbot: QtBot,
    themed_app: QApplication,
    tmp_path: Path,
    chair_identity: age.HybridIdentity,
    every_kind: Path,
) -> None:
    """The file waits behind the unlock page, then opens and is checked in the chair's home."""
    root = tmp_path / "data"
    with Vault(root, work_factor=FAST) as v:
        v.create("chair", PASSPHRASE, identity=chair_identity)
    window = MainWindow(open_vault=lambda: Vault(root, work_factor=FAST), open_file=str(every_kind))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.page
    assert isinstance(page, UnlockPage)
    qtbot.keyClicks(page.passphrase.edit, PASSPHRASE)
    with qtbot.waitSignal(window.home_shown, timeout=30_000):
        qtbot.mouseClick(page.unlock, Qt.MouseButton.LeftButton)
    home = window.home
    assert isinstance(home, ChairHome)
    wait_verified(qtbot, home)
    assert home.viewer.opened is not None
    assert window.pending_open is None
    window.lock()
    assert window.vault is not None and not window.vault.unlocked
    window.vault.close()


def test_a_second_open_hands_the_file_to_the_open_window(
    qtbot: QtBot,
    themed_app: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    chair_identity: age.HybridIdentity,
    every_kind: Path,
) -> None:
    """With My Voice open, 'voiceapp open FILE' gives the file to that window and exits 0."""
    root = tmp_path / "data"
    monkeypatch.setenv("VOICEAPP_DATA", str(root))
    with Vault(root, work_factor=FAST) as v:
        v.create("chair", PASSPHRASE, identity=chair_identity)
    window = MainWindow(open_vault=lambda: Vault(root, work_factor=FAST))
    qtbot.addWidget(window)
    server = InstanceServer(window)
    assert server.listening
    server.file_requested.connect(window.request_open)
    window.show()
    qtbot.waitExposed(window)
    page = window.page
    assert isinstance(page, UnlockPage)
    qtbot.keyClicks(page.passphrase.edit, PASSPHRASE)
    with qtbot.waitSignal(window.home_shown, timeout=30_000):
        qtbot.mouseClick(page.unlock, Qt.MouseButton.LeftButton)
    env = {**os.environ, "VOICEAPP_DATA": str(root), "QT_QPA_PLATFORM": "offscreen"}
    with qtbot.waitSignal(server.file_requested, timeout=30_000) as got:
        second = subprocess.Popen(
            [sys.executable, "-m", "voiceapp", "open", str(every_kind)], env=env
        )
    assert got.args == [str(every_kind.resolve())]
    assert second.wait(timeout=60) == 0
    home = window.home
    assert isinstance(home, ChairHome)
    wait_verified(qtbot, home)
    window.lock()
    assert window.vault is not None
    window.vault.close()
