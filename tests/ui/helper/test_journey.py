"""The whole helper journey, through the screens, and what it leaves on disk."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from voiceapp.core import age
from voiceapp.core.bundle import Bundle
from voiceapp.core.bundle.pictures import clean_picture
from voiceapp.core.errors import NoMatchingKey
from voiceapp.ui.helper import file_dialogs
from voiceapp.ui.helper.case_list import CaseListPage
from voiceapp.ui.helper.case_page import CasePage
from voiceapp.ui.helper.send_flow import SendFlow

from .conftest import WAIT, Chair, Driver, Places
from .content import Made, slices
from .disk_search import files_written, find_markers

SYSTEM_TEMP = Path(tempfile.gettempdir())  # before the tests point it elsewhere


def test_helper_journey_end_to_end_leaves_no_plaintext(
    qtbot: QtBot,
    driver: Driver,
    places: Places,
    chair: Chair,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """First run, add a young person, import the chair's key card from a file, add a
    picture, a letter, an Ogg recording, a WAV (converted to Opus) and a WebM video,
    send to a folder, open the bundle with the chair's identity through the core
    reader (every item byte for byte as kept in the vault; pictures as re-encoded),
    then delete the case: its files are gone and unreadable, and no marker of any
    content is found in the data, temp or home folders, or among new files in the
    system temp folder; Python never opened a file for writing outside the vault and
    the chosen folder."""
    started = time.time()
    made = Made(places.elsewhere)
    paths = {
        "picture": made.picture(),
        "letter": made.letter(),
        "audio": made.recording(),
        "wav": made.wav(),
        "video": made.video(),
    }
    card_file = places.elsewhere / "chair.voicekey"
    card_file.write_text(chair.card.to_text(), encoding="utf-8")
    name = f"Kit {made.marker[:10]}"

    with files_written() as written:
        driver.create_profile()
        page = driver.add_case(name, reference="CP-2026-117")
        assert page.heading.text() == name
        page = driver.add_keycard(chair.card, path=card_file)
        assert chair.card.fingerprint in page.card.text()
        driver.add_file(paths["picture"], "My drawing on paper", audience="everyone")
        driver.add_file(paths["letter"], "My letter", audience="chair-only")
        driver.add_file(paths["audio"], "What I want to say", words="own")
        driver.add_file(paths["wav"], "Said to my advocate", words="written-by-helper")
        page = driver.add_file(paths["video"], "My video", audience="chair-only")
        assert len(page.shown) == 5

        vault = driver.window.vault
        assert vault is not None
        case_id = page.case.id
        kept = {i.title: vault.read_item(case_id, i.id) for i in vault.items(case_id)}
        stored_markers = [m for _info, content in kept.values() for m in slices(content)]
        markers = made.source_markers() + stored_markers + [name.encode()]
        assert find_markers([places.data, places.temp, places.home], markers) == []

        receipt = driver.send(places.usb)
        flow = driver.home.current
        assert isinstance(flow, SendFlow)
        pdf = places.usb / "receipt.pdf"
        monkeypatch.setattr(file_dialogs, "save_file", lambda *_: str(pdf))
        with qtbot.waitSignal(flow.receipt_view.pdf_saved, timeout=WAIT):
            driver.click(flow.receipt_view.pdf_button)

    # The bundle: only the chair's key opens it, and it holds exactly what was kept.
    bundles = list(places.usb.glob("*.voice"))
    assert [b.name for b in bundles] == [receipt.file_name]
    assert receipt.file_name.startswith("conference-") and name not in receipt.file_name
    assert not [p for p in places.usb.iterdir() if p.name.endswith(".part")]
    with Bundle.open(bundles[0], [chair.identity]) as bundle:
        bundle.verify()
        manifest = bundle.manifest
        assert manifest.display_name == name
        assert manifest.reference == "CP-2026-117"
        assert manifest.raw["made_with"] == "social-worker"
        assert len(manifest.items) == 5
        for item in manifest.items:
            info, content = kept[item.title]
            assert (item.id, item.kind, item.audience, item.words) == (
                info.id,
                info.kind,
                info.audience,
                info.words,
            )
            expected = clean_picture(content)[0] if item.kind == "picture" else content
            assert bundle.read_item(item.id) == expected, item.title
            if item.kind in ("audio", "video"):
                assert item.duration_s == pytest.approx(info.duration_s, abs=0.01)
    kinds = sorted(i.kind for i in manifest.items)
    assert kinds == ["audio", "audio", "letter", "picture", "video"]
    with pytest.raises(NoMatchingKey):
        Bundle.open(bundles[0], [age.HybridIdentity.generate()])

    # The receipt says what was sent, when and to whom; the case is now "sent".
    assert receipt.chair == "Jo Bloggs" and receipt.fingerprint == chair.card.fingerprint
    assert [i.title for i in receipt.items] == [i.title for i in manifest.items]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert vault.get_case(case_id).details.status == "sent"

    # "Delete now": crypto-shredded, then gone.
    copied = tmp_path / "copied-aside"
    shutil.copytree(places.data / "cases" / case_id, copied)
    driver.click(flow.delete_now)
    page = driver.wait_page(CasePage)
    qtbot.waitUntil(lambda: page._dialog is not None and page._dialog.isVisible(), timeout=WAIT)
    driver.click(page._dialog.action)
    listing = driver.wait_page(CaseListPage)
    qtbot.waitUntil(lambda: "has been deleted" in listing.notice.text(), timeout=WAIT)
    assert not (places.data / "cases" / case_id).exists()
    assert vault.list_cases() == []
    for leftover in copied.rglob("*.age"):
        with open(leftover, "rb") as f, pytest.raises(NoMatchingKey):
            age.AgeReader(f, [vault.identity]).read()

    # Nothing readable anywhere it should not be.
    hits = find_markers([places.data, places.temp, places.home], markers)
    hits += find_markers([SYSTEM_TEMP], markers, newer_than=started, skip=[tmp_path])
    assert hits == []
    outside = [
        p
        for p in written
        if not any(Path(p).resolve().is_relative_to(d.resolve()) for d in (places.data, places.usb))
    ]
    assert outside == []
    assert any(p.endswith(".part") for p in written)  # the record did see the vault's writes
