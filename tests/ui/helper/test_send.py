"""Sending: blockers said plainly, progress, a receipt (on screen, kept, as PDF),
and nothing half-written left behind when the USB stick is full, pulled out,
or the helper presses Stop."""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests import media_samples
from voiceapp.core import atomic
from voiceapp.ui.helper import file_dialogs
from voiceapp.ui.helper.case_page import CasePage
from voiceapp.ui.helper.keycard_page import KeyCardPage
from voiceapp.ui.helper.receipt_page import ReceiptPage
from voiceapp.ui.helper.send_flow import SendFlow

from .conftest import WAIT, Chair, Driver, Places

STALE = ".conference-2026-12-03-abcd.voice.0badf00d.part"


@pytest.fixture
def ready(helper: Driver, chair: Chair, places: Places) -> Driver:
    """Sam, with the chair's key card, a letter and a recording."""
    helper.add_case("Sam")
    helper.add_keycard(chair.card)
    letter = places.elsewhere / "letter.txt"
    letter.write_text("Please listen to me.", encoding="utf-8")
    helper.add_file(letter, "My letter", audience="chair-only")
    voice = places.elsewhere / "voice.ogg"
    voice.write_bytes(media_samples.ogg_opus(1.0))
    helper.add_file(voice, "My voice")
    return helper


def to_last_look(driver: Driver) -> SendFlow:
    page = driver.wait_page(CasePage)
    driver.click(page.send)
    flow = driver.wait_page(SendFlow)
    driver.click(flow.next)
    assert flow.steps.currentWidget() is flow.look_page
    return flow


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix in (".voice", ".part"))


def test_no_key_card_and_nothing_to_send_say_so(helper: Driver, places: Places) -> None:
    """Without the chair's key card, or with nothing made yet, "Next" is off and the
    page says why; "Add the chair's key card" goes straight there."""
    page = helper.add_case("Sam")
    helper.click(page.send)
    flow = helper.wait_page(SendFlow)
    assert not flow.next.isEnabled()
    assert "no key card from the chair yet" in flow.blocker.text()
    assert "nothing to send yet" in flow.blocker.text()
    helper.click(flow.fix_key)
    helper.wait_page(KeyCardPage)


def test_send_shows_each_thing_then_a_receipt(
    qtbot: QtBot, ready: Driver, places: Places, chair: Chair, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The review lists every thing with who may see it and whose words; the last look
    names the chair and the fingerprint; the bar moves; the receipt says what, when and
    to whom, is kept with the case, and saves as a PDF with those words."""
    page = ready.wait_page(CasePage)
    ready.click(page.send)
    flow = ready.wait_page(SendFlow)
    cards = {c.title.text(): c for c in flow.items.cards}
    assert cards["My letter"].audience.text() == "Only the chair may see this"
    assert cards["My voice"].audience.text() == "Everyone at the meeting may see this"
    assert cards["My voice"].words.text() == "In Sam's own words"
    ready.click(flow.next)
    assert flow.look_chair.text() == "Jo Bloggs, Northshire Council"
    assert flow.look_fingerprint.text().replace(" - ", "-") == chair.card.fingerprint
    assert "My letter: Only the chair may see this" in flow.look_items.text()
    values: list[int] = []
    flow.progress.valueChanged.connect(values.append)
    (places.usb / STALE).write_bytes(b"ciphertext left by a send cut short")
    (places.usb / "holiday.jpg").write_bytes(b"not ours")
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *_: str(places.usb))
    with qtbot.waitSignal(flow.sent, timeout=WAIT) as sent:
        ready.click(flow.choose)
    receipt = sent.args[0]
    assert values and values[-1] == 1000
    assert flow.steps.currentWidget() is flow.receipt_page
    words = "\n".join(line.text() for line in flow.receipt_view.lines)
    for expected in (
        "Sam's things were sent on",
        "Jo Bloggs, Northshire Council",
        chair.card.fingerprint,
        receipt.file_name,
        "“My letter”",
        "Only the chair may see this",
        "What was sent (2 things)",
    ):
        assert expected in words
    assert leftovers(places.usb) == [receipt.file_name]  # the stale part is gone
    assert (places.usb / "holiday.jpg").exists()  # and nothing else was touched

    ready.click(flow.done)
    page = ready.wait_page(CasePage)
    assert page.case.details.status == "sent" and page.sent.isVisible()
    assert page.delete_now.isVisible()
    ready.click(page.receipt)
    shown = ready.wait_page(ReceiptPage)
    pdf = places.usb / "receipt.pdf"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_: str(pdf))
    with qtbot.waitSignal(shown.view.pdf_saved, timeout=WAIT):
        ready.click(shown.view.pdf_button)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in ("Jo Bloggs", chair.card.fingerprint, "My letter", "My voice", "2 things"):
        assert expected in text


def test_usb_stick_pulled_out_before_saving(qtbot: QtBot, ready: Driver, places: Places) -> None:
    """If the chosen folder is gone, one sentence says so, nothing is marked sent, and
    the helper can choose again."""
    flow = to_last_look(ready)
    gone = places.usb / "stick"
    with qtbot.waitSignal(ready.window.jobs.idle, timeout=WAIT):
        flow.send_to(gone)
    assert flow.steps.currentWidget() is flow.look_page
    assert "Is the USB stick still plugged in?" in flow.alert.text()
    assert flow.choose.isEnabled()
    assert ready.window.vault.get_case(flow.case.id).details.status == "drafting"


def test_usb_stick_full_leaves_nothing_half_written(
    qtbot: QtBot, ready: Driver, places: Places, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the stick fills up while saving, the helper is told in one sentence and
    neither a .voice file nor a partial file is left on it."""
    real_fsync = os.fsync

    def full_stick(fd: int) -> None:
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(places.usb)):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", full_stick)
    flow = to_last_look(ready)
    with qtbot.waitSignal(ready.window.jobs.idle, timeout=WAIT):
        flow.send_to(places.usb)
    assert "Is there enough space" in flow.alert.text()
    assert leftovers(places.usb) == []
    assert ready.window.vault.get_case(flow.case.id).details.status == "drafting"


def test_stop_while_packing(qtbot: QtBot, helper: Driver, chair: Chair, places: Places) -> None:
    """Stop ends the packing; the target folder is as it was and nothing is sent."""
    page = helper.add_case("Sam")
    helper.add_keycard(chair.card)
    vault = helper.window.vault
    big = media_samples.ogg_opus(0.5) + os.urandom(96 << 20)
    vault.new_item(page.case.id, "audio", "Long", big, duration_s=0.5)
    flow = to_last_look(helper)
    flow.send_to(places.usb)
    task = flow._task
    assert task is not None
    with qtbot.waitSignal(task.progress, timeout=WAIT):
        pass
    with qtbot.waitSignal(task.failed, timeout=WAIT):
        helper.click(flow.stop)
    assert flow.alert.text() == "Stopped before it finished. Nothing was changed."
    assert leftovers(places.usb) == []
    assert vault.get_case(page.case.id).details.status == "drafting"
