"""The chair's home: ways to open a file, the inbox's memory, copies, the key
card, and the rules every screen keeps (names for screen readers, big targets,
the keyboard, translations, contrast)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.chair.conftest import LETTER, DialogAnswers, wait_verified
from voiceapp.core import age, keycard
from voiceapp.core.chair import ChairStore, file_key
from voiceapp.core.vault import Vault
from voiceapp.ui.chair.home import ChairHome
from voiceapp.ui.chair.media import ItemDevice
from voiceapp.ui.chair.pdf import key_card_pdf
from voiceapp.ui.chair.setup import ChairSetup
from voiceapp.ui.chair.style import EXTRA, PAIRS
from voiceapp.ui.theme import COLOURS, contrast_ratio
from voiceapp.ui.widgets import MIN_TARGET


@pytest.fixture
def home(qtbot: QtBot, themed_app: QApplication, chair_vault: Vault) -> ChairHome:
    h = ChairHome(chair_vault)
    qtbot.addWidget(h)
    h.resize(1200, 860)
    h.show()
    qtbot.waitExposed(h)
    return h


def test_drop_a_file_opens_it(qtbot: QtBot, home: ChairHome, every_kind: Path) -> None:
    """Dragging a .voice file onto the window opens it; other files are refused."""
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(every_kind.with_suffix(".txt")))])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        other,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(home, enter)
    assert not enter.isAccepted()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(every_kind))])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(home, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(home, drop)
    wait_verified(qtbot, home)
    assert home.viewer.heading.text() == "Sam's views"


def test_open_file_button_and_enter_on_the_list(
    qtbot: QtBot, home: ChairHome, every_kind: Path, inbox: Path, answers: DialogAnswers
) -> None:
    """'Open file…' opens a file from anywhere (the button alternative to dropping);
    in the inbox, Enter on the chosen row opens it too; the file becomes 'Opened'."""
    answers.give(str(every_kind))
    qtbot.mouseClick(home.inbox.open_file_button, Qt.MouseButton.LeftButton)
    wait_verified(qtbot, home)
    qtbot.mouseClick(home.viewer.close_button, Qt.MouseButton.LeftButton)
    assert home.pages.currentWidget() is home.inbox

    home.inbox.set_folder(str(inbox))
    qtbot.waitUntil(lambda: home.inbox.status_of(every_kind) == "Opened", timeout=10_000)
    row = home.inbox.row_for(every_kind)
    assert row is not None and row.text(2) == "Sam"
    home.inbox.list.setCurrentItem(row)
    home.inbox.list.setFocus()
    qtbot.keyClick(home.inbox.list, Qt.Key.Key_Return)
    wait_verified(qtbot, home)


def test_new_files_appear_and_renaming_keeps_opened(
    qtbot: QtBot,
    home: ChairHome,
    every_kind: Path,
    inbox: Path,
    tmp_path: Path,
    media: dict[str, bytes],
    chair_identity: age.HybridIdentity,
) -> None:
    """A file saved into the inbox folder appears by itself as New; once opened it stays
    Opened even under another name (the inbox knows files by their contents)."""
    from tests.ui.chair.conftest import write_every_kind

    home.inbox.set_folder(str(inbox))
    qtbot.waitUntil(lambda: home.inbox.status_of(every_kind) == "New", timeout=10_000)
    later = write_every_kind(tmp_path / "later.voice", chair_identity.recipient(), media)
    arrived = inbox / "conference-2026-12-03-zzzz.voice"
    shutil.move(str(later), arrived)
    qtbot.waitUntil(lambda: home.inbox.status_of(arrived) == "New", timeout=10_000)
    home.open_file(arrived)
    wait_verified(qtbot, home)
    home.viewer.close_bundle()
    renamed = inbox / "renamed.voice"
    arrived.rename(renamed)
    qtbot.waitUntil(lambda: home.inbox.status_of(renamed) == "Opened", timeout=10_000)
    assert home.inbox.status_of(every_kind) == "New"
    assert ChairStore(home.vault).entry(file_key(renamed)) is not None


def test_save_copies_of_chosen_items(
    qtbot: QtBot, home: ChairHome, every_kind: Path, tmp_path: Path
) -> None:
    """Chosen items are copied byte for byte, named by title (chair-only ones say so),
    after a plain warning that copies are not encrypted."""
    home.open_file(every_kind)
    wait_verified(qtbot, home)
    viewer = home.viewer
    qtbot.mouseClick(viewer.copies_button, Qt.MouseButton.LeftButton)
    assert "not encrypted" in viewer.copies.warning.text()
    items = {it.title: it for it in viewer.opened.manifest.items}  # type: ignore[union-attr]
    qtbot.mouseClick(viewer.copies.save_button, Qt.MouseButton.LeftButton)
    assert viewer.copies.message.tone == "error"  # nothing ticked yet
    viewer.copies.set_chosen(
        [
            items["My letter to the meeting"].id,
            items["Just for the chair"].id,
            items["Me talking"].id,
        ]
    )
    out = tmp_path / "copies"
    out.mkdir()
    viewer._save_copies(viewer.copies.chosen(), str(out))
    qtbot.waitUntil(lambda: viewer.copies.message.tone == "ok", timeout=20_000)
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "02 My letter to the meeting.txt",
        "03 Just for the chair (only for the chair).txt",
        "05 Me talking.webm",
    ]
    assert (out / names[0]).read_text() == LETTER
    assert (out / names[2]).read_bytes() == viewer.opened.read(items["Me talking"].id)  # type: ignore[union-attr]


def test_key_card_prints_with_large_fingerprint(
    qtbot: QtBot, home: ChairHome, tmp_path: Path
) -> None:
    """The printed key card carries the name, the key and the fingerprint."""
    if shutil.which("pdftotext") is None:
        pytest.fail("poppler-utils is needed: bash scripts/setup.sh test")
    card = home.key_page.card()
    pdf = tmp_path / "card.pdf"
    pdf.write_bytes(key_card_pdf(card, home.key_page.post_quantum))
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert card.fingerprint in text
    assert "".join(card.key.split()) in "".join(text.split())
    assert keycard.parse(home.key_page.card_text.toPlainText()) == card


def test_media_reads_only_what_it_needs(qtbot: QtBot, home: ChairHome, every_kind: Path) -> None:
    """The video plays from a device over the decrypted item: it is seekable, reports the
    item's size, and returns exactly the item's bytes (nothing is written to disk)."""
    home.open_file(every_kind)
    wait_verified(qtbot, home)
    opened = home.viewer.opened
    assert opened is not None
    video = next(it for it in opened.manifest.items if it.kind == "video")
    device = ItemDevice(opened.stream(video.id))
    assert device.open_for_reading()
    assert device.size() == video.size and not device.isSequential()
    assert device.seek(100)
    part = bytes(device.read(50).data())
    assert part == opened.read(video.id)[100:150]
    device.close()


def test_lock_closes_and_clears(qtbot: QtBot, home: ChairHome, every_kind: Path) -> None:
    """Lock closes the open file, forgets its plaintext on screen, and asks to be locked."""
    home.open_file(every_kind)
    wait_verified(qtbot, home)
    with qtbot.waitSignal(home.lock_requested):
        qtbot.mouseClick(home.lock_button, Qt.MouseButton.LeftButton)
    assert home.viewer.opened is None
    assert home.viewer.panel.letter.toPlainText() == ""


def _interactive(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QListWidget, QTreeWidget, QAbstractSlider)
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(root)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and type(w).__name__ not in ("QScrollBar",)
        and not (w.parent() and type(w.parent()).__name__ in ("QScrollBar",))
    ]


def test_every_control_is_named_and_big_enough(
    qtbot: QtBot, home: ChairHome, every_kind: Path, themed_app: QApplication, tmp_path: Path
) -> None:
    """On every chair screen, each control has a screen-reader name, and everything that
    is pressed is at least 48 px tall."""
    setup = ChairSetup(Vault(tmp_path / "other", work_factor=10))
    qtbot.addWidget(setup)
    setup.show()
    screens: list[QWidget] = []
    for page in (
        setup.choose_page,
        setup.make_page,
        setup.import_page,
        setup.restore_page,
        setup.backup_page,
    ):
        setup.show_page(page)
        screens.append(page)
        for w in _interactive(page):
            assert w.accessibleName(), (type(w).__name__, getattr(w, "text", lambda: "")())
            if isinstance(w, QAbstractButton):
                assert w.height() >= MIN_TARGET, w.accessibleName()
    home.show_key()
    home.open_file(every_kind)
    wait_verified(qtbot, home)
    for page in (home.inbox, home.viewer, home.key_page):
        home.pages.setCurrentWidget(home.key_area if page is home.key_page else page)
        for w in _interactive(page) + _interactive(home):
            assert w.accessibleName(), (type(w).__name__, getattr(w, "text", lambda: "")())
            if isinstance(w, QAbstractButton | QLineEdit | QAbstractSlider):
                assert w.height() >= MIN_TARGET, w.accessibleName()


def test_keyboard_reaches_the_things_and_their_marks(
    qtbot: QtBot, home: ChairHome, every_kind: Path
) -> None:
    """With the keyboard alone: arrows move through the things; Space ticks 'read'."""
    home.open_file(every_kind)
    wait_verified(qtbot, home)
    viewer = home.viewer
    viewer.list.setFocus()
    qtbot.keyClick(viewer.list, Qt.Key.Key_Down)
    assert viewer.list.currentRow() == 1
    panel = viewer.panel
    panel.read_box.setFocus()
    qtbot.keyClick(panel.read_box, Qt.Key.Key_Space)
    assert panel.read_box.isChecked()
    assert viewer.marks.get(viewer.current).read  # type: ignore[union-attr, arg-type]
    for w in (
        panel.read_box,
        panel.shared_box,
        panel.notes,
        viewer.list,
        viewer.complete_pdf_button,
    ):
        assert w.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_chair_colours_are_readable(themed_app: QApplication) -> None:
    """Every text colour on the chair's screens has a contrast of at least 4.5:1."""
    colours = {**COLOURS, **EXTRA}
    for fg, bg in PAIRS:
        assert contrast_ratio(colours[fg], colours[bg]) >= 4.5, (fg, bg)


@pytest.fixture(scope="module")
def chair_pseudo(tmp_path_factory: pytest.TempPathFactory, repo: Path) -> Path:
    """A pseudo-translation ("[~source~]") of the chair's own strings (and the error
    sentences), built from the source now with pyside6-lupdate and pyside6-lrelease."""
    import sys
    import xml.etree.ElementTree as ET

    folder = tmp_path_factory.mktemp("chair-pseudo")
    ts = folder / "chair.ts"
    bin_dir = Path(sys.executable).parent
    sources = sorted(str(p) for p in (repo / "voiceapp" / "ui" / "chair").glob("*.py"))
    sources.append(str(repo / "voiceapp" / "ui" / "error_text.py"))
    subprocess.run(
        [str(bin_dir / "pyside6-lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(ts)],
        check=True,
        timeout=120,
    )
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        assert message.get("numerus") != "yes"
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        translation.text = f"[~{message.findtext('source', '')}~]"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "chair.qm"
    subprocess.run(
        [str(bin_dir / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        timeout=120,
    )
    return qm


def test_every_chair_word_is_translated(
    qtbot: QtBot, themed_app: QApplication, tmp_path: Path, chair_pseudo: Path
) -> None:
    """With a pseudo-translation installed, every word the chair's screens put up
    (all setup pages, the inbox, the key page) comes through Qt's translation."""
    from PySide6.QtCore import QTranslator

    def covered(text: str) -> bool:
        return text.startswith("[~") and text.endswith("~]")

    translator = QTranslator()
    assert translator.load(str(chair_pseudo))
    themed_app.installTranslator(translator)
    try:
        setup = ChairSetup(Vault(tmp_path / "v", work_factor=10))
        qtbot.addWidget(setup)
        setup.show()
        vault = Vault(tmp_path / "w", work_factor=10)
        vault.create("chair", "purple kettle seven")
        home = ChairHome(vault)
        qtbot.addWidget(home)
        home.show()
        page = home.key_page
        data = {
            page.fingerprint.text(),
            page.card_text.toPlainText(),
            page.name.text(),
            page.organisation.text(),
        }
        screens = [
            (setup, p)
            for p in (
                setup.choose_page,
                setup.make_page,
                setup.import_page,
                setup.restore_page,
                setup.backup_page,
            )
        ]
        screens += [(home, home.inbox), (home, home.key_page)]
        missed = []
        for root, screen in screens:
            if root is setup:
                setup.show_page(screen)
            else:
                home.pages.setCurrentWidget(home.key_area if screen is page else screen)
            for w in [screen, *screen.findChildren(QWidget)]:
                if not w.isVisibleTo(root):
                    continue
                texts = [w.text()] if isinstance(w, QLabel | QAbstractButton) else []
                texts += [w.accessibleName(), w.accessibleDescription()]
                missed += [
                    t
                    for t in texts
                    if t and t not in data and not covered(t) and not t.startswith("[~Fingerprint")
                ]
        assert missed == []
        vault.close()
    finally:
        themed_app.removeTranslator(translator)
