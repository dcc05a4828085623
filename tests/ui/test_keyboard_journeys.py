"""Keyboard-only journeys: no mouse at all, just Tab, Space, Enter, arrows and typing.
A young person writes a letter, fills the three houses and chooses who may see
their things; a chair opens a file from the inbox and exports its summary."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.chair.conftest import (  # noqa: F401 - fixtures, found by name
    DialogAnswers,
    answers,
    chair_identity,
    chair_vault,
    media,
    sound_server,
    wait_verified,
    write_every_kind,
)
from voiceapp.core.vault import CaseDetails, Vault
from voiceapp.ui.chair.home import ChairHome
from voiceapp.ui.feelings import HousesPage
from voiceapp.ui.space.space import YoungSpace
from voiceapp.ui.vault_jobs import VaultJobs
from voiceapp.ui.write.editor import LetterEditor

WAIT = 30_000


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 400) -> None:
    """Press Tab until ``target`` has the focus (as a keyboard user would)."""
    for _ in range(limit):
        if focused() is target:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName() or target}")


def press(qtbot: QtBot, target: QWidget) -> None:
    """Tab to a button and press it with Space."""
    tab_to(qtbot, target)
    qtbot.keyClick(target, Qt.Key.Key_Space)


@pytest.fixture
def space(qtbot: QtBot, themed_app: QApplication, tmp_path: Path) -> Iterator[YoungSpace]:
    vault = Vault(tmp_path / "vault", work_factor=10)
    vault.create("helper", "purple kettle seven")
    case = vault.add_case(CaseDetails("Kai", "13-17", dt.date.today() + dt.timedelta(days=7)))
    jobs = VaultJobs()
    young = YoungSpace(vault, jobs, case)
    qtbot.addWidget(young)
    young.resize(1280, 860)
    young.show()
    qtbot.waitExposed(young)
    young.activateWindow()
    qtbot.waitUntil(young.isActiveWindow, timeout=WAIT)
    young.page.setFocus()
    yield young
    young.end()
    jobs.wait()
    vault.close()


def test_a_young_person_with_the_keyboard_alone(qtbot: QtBot, space: YoungSpace) -> None:
    """With key presses only: open Write, pick a prompt, type a letter; go back with
    "My space"; open Three houses and put something in each house (typed, Enter);
    open My things and choose "Only the chair" for the letter. The vault then holds
    the letter, the houses and the choice."""
    qtbot.waitUntil(lambda: focused() is space.menu.buttons["learn"], timeout=WAIT)
    press(qtbot, space.menu.buttons["write"])
    letter = space.page
    assert isinstance(letter, LetterEditor)
    press(qtbot, letter.prompt_buttons["meeting"])
    tab_to(qtbot, letter.editor)
    qtbot.keyClicks(letter.editor, "I want to stay at my school")
    press(qtbot, space.bar.home)
    assert space.page is space.menu

    press(qtbot, space.menu.buttons["houses"])
    houses = space.page
    assert isinstance(houses, HousesPage)
    for house, words in (
        ("good-things", "My friends"),
        ("worries", "Moving again"),
        ("hopes-and-dreams", "A dog"),
    ):
        box = houses.columns[house].add_edit
        tab_to(qtbot, box)
        qtbot.keyClicks(box, words)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    press(qtbot, space.bar.home)

    with qtbot.waitSignal(space.things_shown, timeout=WAIT):
        press(qtbot, space.menu.buttons["things"])
    card = next(c for c in space.things.cards if c.title.text() == "My letter")
    with qtbot.waitSignal(space.things_shown, timeout=WAIT):
        press(qtbot, card.chair_only)
    qtbot.waitUntil(lambda: not space.jobs.busy and not space.saving, timeout=WAIT)

    vault, case_id = space.vault, space.case.id
    saved = {i.kind: (i, vault.read_item(case_id, i.id)[1]) for i in vault.items(case_id)}
    info, text = saved["letter"]
    assert info.audience == "chair-only"
    assert text.decode() == "What I want the meeting to know\nI want to stay at my school"
    entries = {h["house"]: h["entries"] for h in json.loads(saved["houses"][1])["houses"]}
    assert [e["text"] for e in entries["worries"]] == ["Moving again"]
    assert saved["houses"][0].audience == "everyone"


def test_a_chair_with_the_keyboard_alone(
    qtbot: QtBot,
    themed_app: QApplication,
    tmp_path: Path,
    chair_vault: Vault,  # noqa: F811 - the imported fixture
    media: dict[str, bytes],  # noqa: F811
    answers: DialogAnswers,  # noqa: F811
) -> None:
    """With key presses only: in the inbox, arrow to the new file and press Enter; once
    checked, Tab to "Summary for the record" and press Space: the complete summary PDF
    is written and names the young person's things."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    bundle = write_every_kind(inbox / "conference.voice", chair_vault.identity.recipient(), media)
    home = ChairHome(chair_vault)
    qtbot.addWidget(home)
    home.resize(1280, 860)
    home.show()
    qtbot.waitExposed(home)
    home.activateWindow()
    qtbot.waitUntil(home.isActiveWindow, timeout=WAIT)
    home.setFocus()  # as the window does when the chair's home opens
    answers.give(str(inbox))
    press(qtbot, home.inbox.choose_folder_button)
    qtbot.waitUntil(lambda: "New" in (home.inbox.status_of(bundle) or ""), timeout=WAIT)
    tab_to(qtbot, home.inbox.list)
    qtbot.keyClick(home.inbox.list, Qt.Key.Key_Down)
    qtbot.keyClick(home.inbox.list, Qt.Key.Key_Return)
    wait_verified(qtbot, home)
    pdf = tmp_path / "summary.pdf"
    answers.give(str(pdf))
    press(qtbot, home.viewer.complete_pdf_button)
    qtbot.waitUntil(pdf.exists, timeout=WAIT)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "My letter to the meeting" in text and "Sam" in text
