"""A walk through every helper screen, yielding each one as it is on show, for the
checks that must hold on all of them (targets, names, keyboard, translation)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtWidgets import QWidget

from tests import media_samples
from voiceapp.ui.helper import file_dialogs
from voiceapp.ui.helper.case_form import CaseForm
from voiceapp.ui.helper.case_list import CaseListPage
from voiceapp.ui.helper.case_page import CasePage
from voiceapp.ui.helper.import_page import ImportPage
from voiceapp.ui.helper.keycard_page import KeyCardPage
from voiceapp.ui.helper.receipt_page import ReceiptPage
from voiceapp.ui.helper.send_flow import SendFlow
from voiceapp.ui.helper.space import SpacePage
from voiceapp.ui.profile.unlock_page import UnlockPage
from voiceapp.ui.start_screen import Role

from .conftest import PASSPHRASE, PIN, WAIT, Driver


def every_screen(driver: Driver, chair: Any, places: Any) -> Iterator[tuple[str, QWidget]]:
    qtbot, window = driver.qtbot, driver.window
    driver.click(window.start_screen.buttons[Role.HELPER])
    create = window.current_page()
    yield "first run", create
    create.first.edit.setText(PASSPHRASE)
    create.second.edit.setText(PASSPHRASE)
    create.pin.edit.setText(PIN)
    with qtbot.waitSignal(window.home_shown, timeout=WAIT):
        driver.click(create.make)
    listing = driver.wait_page(CaseListPage)
    yield "empty list", listing

    driver.click(listing.add)
    form = driver.wait_page(CaseForm)
    yield "add a young person", form
    form.name.setText("Sam")
    driver.click(form.save)
    page = driver.wait_page(CasePage)
    yield "young person's page (new)", page

    driver.click(page.card_button)
    cards = driver.wait_page(KeyCardPage)
    yield "key card (find)", cards
    cards.paste.setPlainText(chair.card.to_text())
    driver.click(cards.check)
    yield "key card (check)", cards
    driver.click(cards.yes)

    page = driver.wait_page(CasePage)
    driver.click(page.add_item)
    adder = driver.wait_page(ImportPage)
    yield "add something (choose)", adder
    photo = places.elsewhere / "photo.jpg"
    photo.write_bytes(media_samples.jpeg_with_gps())
    driver.monkeypatch.setattr(file_dialogs, "open_file", lambda *_: str(photo))
    with qtbot.waitSignal(adder.prepared, timeout=WAIT):
        driver.click(adder.choose)
    yield "add something (details)", adder
    with qtbot.waitSignal(adder.added, timeout=WAIT):
        driver.click(adder.add)
    voice = places.elsewhere / "voice.ogg"
    voice.write_bytes(media_samples.ogg_opus(1.0))
    page = driver.add_file(voice, "My voice", audience="chair-only")
    yield "young person's page (with things)", page

    driver.click(page.delete)
    yield "delete question", page._dialog
    driver.click(page._dialog.keep)

    driver.click(page.space)
    space = driver.wait_page(SpacePage)
    qtbot.waitUntil(lambda: space.ready, timeout=WAIT)
    young = space.young
    yield "space: the choices", space
    qtbot.waitUntil(lambda: young.segments is not None, timeout=WAIT)
    for key in ("learn", "draw", "write", "feelings", "houses", "voice", "video"):
        driver.click(young.menu.buttons[key])
        page = young.page
        if key in ("voice", "video"):  # ready, or the kind words when there is no device
            qtbot.waitUntil(
                lambda p=page: getattr(p, "state", "") in ("ready", "problem"), timeout=WAIT
            )
        yield f"space: {key}", space
        driver.click(young.bar.home)
    with qtbot.waitSignal(young.things_shown, timeout=WAIT):
        driver.click(young.menu.buttons["things"])
    yield "space: my things", space
    driver.click(young.bar.pause)
    yield "space: a break", space
    driver.click(young.break_page.ready)
    driver.click(young.bar.hide_button)
    yield "space: hidden", young.cover
    driver.click(young.cover.back)
    driver.click(young.bar.finish)
    yield "space: finished", space
    driver.click(young.finished_page.leave)
    yield "leave the space", space.gate
    space.gate.secret.edit.setText(PIN)
    with qtbot.waitSignal(space.left, timeout=WAIT):
        driver.click(space.gate.leave)

    page = driver.wait_page(CasePage)
    driver.click(page.send)
    flow = driver.wait_page(SendFlow)
    yield "send (review)", flow
    driver.click(flow.next)
    yield "send (last look)", flow
    driver.monkeypatch.setattr(file_dialogs, "choose_folder", lambda *_: str(places.usb))
    with qtbot.waitSignal(flow.sent, timeout=WAIT):
        driver.click(flow.choose)
    yield "receipt", flow
    driver.click(flow.done)
    page = driver.wait_page(CasePage)
    yield "young person's page (sent)", page
    driver.click(page.receipt)
    yield "receipt again", driver.wait_page(ReceiptPage)

    with qtbot.waitSignal(window.locked, timeout=WAIT):
        window.lock()
    unlock = window.current_page()
    assert isinstance(unlock, UnlockPage)
    yield "unlock", unlock
