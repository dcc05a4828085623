"""A walk through every chair screen, yielding each one as it is on show, for the
checks that must hold on all of them (targets, names, keyboard, translation)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.chair.conftest import FAST, PASSPHRASE, DialogAnswers, wait_verified, write_every_kind
from voiceapp.core.vault import Vault
from voiceapp.ui.chair.home import ChairHome
from voiceapp.ui.chair.setup import ChairSetup

WAIT = 30_000


def every_screen(
    qtbot: QtBot, tmp_path: Path, answers: DialogAnswers, media: dict[str, bytes]
) -> Iterator[tuple[str, QWidget]]:
    vault = Vault(tmp_path / "data", work_factor=FAST)
    setup = ChairSetup(vault)
    qtbot.addWidget(setup)
    setup.resize(1200, 860)
    setup.show()
    yield "first run", setup
    qtbot.mouseClick(setup.make_choice, Qt.MouseButton.LeftButton)
    yield "make a key", setup
    setup.make_pair.first.setText(PASSPHRASE)
    setup.make_pair.second.setText(PASSPHRASE)
    qtbot.mouseClick(setup.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: setup.pages.currentWidget() is setup.backup_page, timeout=WAIT)
    yield "back up the key", setup
    setup.close()

    home = ChairHome(vault)
    qtbot.addWidget(home)
    home.resize(1200, 860)
    home.show()
    yield "inbox (empty)", home
    qtbot.mouseClick(home.key_button, Qt.MouseButton.LeftButton)
    yield "my key", home
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    bundle = write_every_kind(inbox / "conference.voice", vault.identity.recipient(), media)
    qtbot.mouseClick(home.inbox_button, Qt.MouseButton.LeftButton)
    answers.give(str(inbox))
    qtbot.mouseClick(home.inbox.choose_folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "New" in (home.inbox.status_of(bundle) or ""), timeout=WAIT)
    yield "inbox (a new file)", home
    home.open_file(bundle)
    wait_verified(qtbot, home)
    viewer = home.viewer
    yield "a file, checked", home
    for i in range(viewer.list.count()):
        viewer.list.setCurrentRow(i)
        qtbot.waitUntil(lambda: viewer.panel.isVisible(), timeout=WAIT)
        yield f"item {i + 1}", home
    qtbot.mouseClick(viewer.copies_button, Qt.MouseButton.LeftButton)
    yield "save copies", home
