"""The chair's whole journey, driven through the real widgets: make a key, share
its card, receive a bundle of every kind, open it from the inbox, play the
recordings, mark things, and put both summaries on the record."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.chair.conftest import (
    FAST,
    LETTER,
    PASSPHRASE,
    SECRET_LETTER,
    DialogAnswers,
    wait_verified,
    write_every_kind,
)
from voiceapp.core import keycard
from voiceapp.core.chair import ChairStore, file_key, restore_backup
from voiceapp.core.vault import Vault
from voiceapp.ui.chair.home import ChairHome
from voiceapp.ui.chair.setup import ChairSetup

RECOVERY = "green bicycle under the stairs"


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_pages(path: Path, out: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(path), str(out / path.stem)], check=True)
    return sorted(out.glob(f"{path.stem}*.png"))


def test_make_key_share_card_open_play_mark_and_summarise(
    qtbot: QtBot,
    themed_app: QApplication,
    tmp_path: Path,
    answers: DialogAnswers,
    media: dict[str, bytes],
) -> None:
    """The whole chair journey works end to end through the screens, and the summary
    for everyone never contains what the young person kept for the chair alone."""
    if shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None:
        pytest.fail("poppler-utils (pdftotext, pdftoppm) is needed: bash scripts/setup.sh test")
    # 1. First run: make a key (standard), then back it up.
    vault = Vault(tmp_path / "data", work_factor=FAST)
    setup = ChairSetup(vault)
    qtbot.addWidget(setup)
    setup.show()
    qtbot.mouseClick(setup.make_choice, Qt.MouseButton.LeftButton)
    assert setup.pages.currentWidget() is setup.make_page
    assert setup.standard_key.isChecked()
    setup.make_pair.first.setText(PASSPHRASE)
    setup.make_pair.second.setText(PASSPHRASE)
    qtbot.mouseClick(setup.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: setup.pages.currentWidget() is setup.backup_page, timeout=20_000)
    assert vault.exists and vault.unlocked and vault.kind == "chair"
    backup = tmp_path / "backup.age"
    answers.give(str(backup))
    setup.backup_pair.first.setText(RECOVERY)
    setup.backup_pair.second.setText(RECOVERY)
    with qtbot.waitSignal(setup.done, timeout=30_000):
        qtbot.mouseClick(setup.backup_button, Qt.MouseButton.LeftButton)
    assert restore_backup(backup.read_bytes(), RECOVERY).to_string() == vault.identity.to_string()

    # 2. Home: the key card, saved and checked.
    home = ChairHome(vault)
    qtbot.addWidget(home)
    home.resize(1200, 860)
    home.show()
    qtbot.mouseClick(home.key_button, Qt.MouseButton.LeftButton)
    page = home.key_page
    page.name.setText("Jo Bloggs")
    page.organisation.setText("Northshire Council")
    card_path = tmp_path / "jo.voicekey"
    answers.give(str(card_path))
    qtbot.mouseClick(page.save_card_button, Qt.MouseButton.LeftButton)
    card = keycard.parse(card_path.read_bytes())
    assert card.key == vault.identity.recipient().to_string()
    assert (card.name, card.organisation) == ("Jo Bloggs", "Northshire Council")
    assert page.fingerprint.text() == card.fingerprint
    assert page.fingerprint.font().pointSize() >= 28  # large, to read over the phone

    # 3. A helper packs everything to the card's key; it lands in the inbox folder.
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    bundle = write_every_kind(inbox / "conference-2026-12-03-wxyz.voice", card.recipient, media)
    qtbot.mouseClick(home.inbox_button, Qt.MouseButton.LeftButton)
    answers.give(str(inbox))
    qtbot.mouseClick(home.inbox.choose_folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.inbox.status_of(bundle) == "New", timeout=10_000)

    # 4. Open by double-click: the summary at once, nothing usable until checked.
    seen: dict[str, object] = {}
    row = home.inbox.row_for(bundle)
    assert row is not None
    rect = home.inbox.list.visualItemRect(row)

    def on_summary(_result: object) -> None:
        v = home.viewer
        seen["heading"] = v.heading.text()
        seen["facts"] = v.facts.text()
        seen["enabled"] = [
            v.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled for i in range(v.list.count())
        ]
        seen["rows"] = [v.list.item(i).text() for i in range(v.list.count())]
        seen["pdf"] = v.complete_pdf_button.isEnabled()

    qtbot.mouseClick(home.inbox.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(home.inbox.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert home.viewer.open_task is not None
    home.viewer.open_task.succeeded.connect(on_summary)
    qtbot.waitUntil(lambda: "heading" in seen, timeout=10_000)
    assert seen["heading"] == "Sam's views"
    assert "Made with an advocate" in str(seen["facts"]) and "8 things" in str(seen["facts"])
    assert not any(seen["enabled"])  # type: ignore[arg-type]
    assert all("Checking…" in r for r in seen["rows"])  # type: ignore[attr-defined]
    assert seen["pdf"] is False
    wait_verified(qtbot, home)
    viewer = home.viewer
    assert viewer.check_bar.tone == "ok"
    ids = {it.title: it.id for it in viewer.opened.manifest.items}  # type: ignore[union-attr]
    assert all(viewer.item_enabled(i) for i in ids.values())

    # 5. Every kind, as made, with its audience in plain sight.
    panel = viewer.panel

    def show(title: str) -> None:
        for i in range(viewer.list.count()):
            if viewer.list.item(i).data(Qt.ItemDataRole.UserRole) == ids[title]:
                viewer.list.setCurrentRow(i)
        assert viewer.current == ids[title]

    show("My house")
    qtbot.waitUntil(lambda: panel.content.currentWidget() is panel.image, timeout=10_000)
    assert panel.image.item is not None and panel.image.item.pixmap().width() == 320
    before = panel.image.scale
    qtbot.mouseClick(panel.image.zoom_in_button, Qt.MouseButton.LeftButton)
    assert panel.image.scale == pytest.approx(before * 1.25)
    assert panel.audience.text() == "Everyone at the meeting may see this"
    show("My letter to the meeting")
    qtbot.waitUntil(lambda: panel.content.currentWidget() is panel.letter, timeout=10_000)
    assert panel.letter.toPlainText() == LETTER
    assert panel.letter.font().pointSize() >= 16  # large
    assert panel.words.text() == "The young person's own words"
    show("Just for the chair")
    qtbot.waitUntil(lambda: panel.letter.toPlainText() == SECRET_LETTER, timeout=10_000)
    assert panel.audience.text() == "Only for the chair — do not show or read out"
    assert panel.audience.property("audience") == "chair-only"
    assert "Only for the chair" in viewer.row_text(ids["Just for the chair"])
    show("My dog")
    qtbot.waitUntil(lambda: panel.content.currentWidget() is panel.image, timeout=10_000)
    show("How I feel")
    qtbot.waitUntil(lambda: panel.content.currentWidget() is panel.feelings, timeout=10_000)
    assert len(panel.feelings.cards) == 2
    assert "About school." in panel.feelings.cards[0].accessibleName()
    assert panel.words.text() == "Written down by a helper"
    show("My three houses")
    qtbot.waitUntil(lambda: panel.content.currentWidget() is panel.houses, timeout=10_000)
    assert [h.accessibleName() for h in panel.houses.houses] == [
        "House of good things",
        "House of worries",
        "House of hopes and dreams",
    ]

    # 6. The voice recording plays from memory, and is marked as played.
    show("What I want to say")
    assert panel.content.currentWidget() is panel.audio
    qtbot.mouseClick(panel.audio.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.audio.player.position() > 300, timeout=20_000)
    assert viewer.marks.get(ids["What I want to say"]).played  # type: ignore[union-attr]

    # 7. The video: real frames reach the video sink; it seeks.
    show("Me talking")
    frames: list[QVideoFrame] = []
    sink = panel.video.video_widget.videoSink()  # type: ignore[union-attr]
    sink.videoFrameChanged.connect(lambda f: frames.append(f) if f.isValid() else None)
    qtbot.mouseClick(panel.video.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: len(frames) >= 5 and panel.video.player.position() > 200, timeout=20_000
    )
    assert frames[-1].size().width() == 160 and frames[-1].size().height() == 120
    panel.video.player.pause()
    panel.video.player.setPosition(2500)
    qtbot.waitUntil(lambda: panel.video.player.position() >= 2400, timeout=10_000)
    panel.video.player.pause()

    # 8. Marks and a private note.
    show("My letter to the meeting")
    qtbot.mouseClick(panel.read_box, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseClick(panel.shared_box, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert panel.read_box.isChecked() and panel.shared_box.isChecked()
    assert "read" in viewer.row_text(ids["My letter to the meeting"])
    panel.notes.setPlainText("NOTE-SECRET-42: ask about school transport")
    show("My house")  # moving on keeps the note

    # 9. Both summaries for the record.
    complete, everyone = tmp_path / "complete.pdf", tmp_path / "everyone.pdf"
    answers.give(str(complete))
    qtbot.mouseClick(viewer.complete_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: complete.exists() and viewer.message.tone == "ok", timeout=30_000)
    answers.give(str(everyone))
    qtbot.mouseClick(viewer.everyone_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: everyone.exists() and "everyone" in viewer.message.text(), timeout=30_000
    )
    full, public = pdf_text(complete), pdf_text(everyone)
    for text in (full, public):
        flat = " ".join(text.split())
        assert "Sam's views" in flat and "Made with an advocate" in flat
        assert "3 December 2026" in flat
        assert "I want to stay at my school with my friends." in flat
        assert "My house" in flat and "My dog" in flat and "Worried" in flat
        assert "House of worries" in flat and "When they shout" in flat
        assert "Length: 0:03" in flat and "Played: yes" in flat
        assert "Shared at the meeting: yes" in flat
        assert "NOTE-SECRET-42" not in flat
    flat_full, flat_public = " ".join(full.split()), " ".join(public.split())
    assert "I am scared of going home on Fridays." in flat_full
    assert "Just for the chair" in flat_full
    assert "Only for the chair — do not show or read out" in flat_full
    assert "Fridays" not in flat_public and "Just for the chair" not in flat_public
    assert "Only for the chair" not in flat_public
    pages = tmp_path / "pages"
    pages.mkdir()
    for pdf in (complete, everyone):
        images = pdf_pages(pdf, pages)
        assert len(images) >= 2
        for png in images:
            with Image.open(png) as im:
                assert im.convert("L").getextrema()[0] < 100  # ink on the page
    for pdf in (complete, everyone):  # the drawing, the picture, the drawing in a house
        listing = subprocess.run(
            ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert len(listing) >= 3, listing

    # 10. Back to the inbox: opened, with the name and date; state survives a lock.
    qtbot.mouseClick(viewer.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.inbox.status_of(bundle) == "Opened", timeout=10_000)
    row = home.inbox.row_for(bundle)
    assert row is not None and row.text(2) == "Sam" and "2026" in row.text(1)
    with qtbot.waitSignal(home.lock_requested):
        qtbot.mouseClick(home.lock_button, Qt.MouseButton.LeftButton)
    store = ChairStore(vault)
    marks = store.marks(file_key(bundle))
    letter = marks.get(ids["My letter to the meeting"])
    assert letter.read and letter.shared
    assert letter.note == "NOTE-SECRET-42: ask about school transport"
    data_bytes = b"".join(p.read_bytes() for p in (tmp_path / "data").rglob("*") if p.is_file())
    assert b"NOTE-SECRET-42" not in data_bytes and b"Fridays" not in data_bytes
    vault.close()
