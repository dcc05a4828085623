"""Every way a file can fail to open shows its own one sentence, and leaves
nothing behind: no summary on screen, no record in the vault, no stray file."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.chair.conftest import INFO, write_every_kind
from voiceapp.core import age, errors
from voiceapp.core.bundle import BundleWriter
from voiceapp.core.bundle import manifest as mf
from voiceapp.core.chair import ChairStore
from voiceapp.core.vault import Vault
from voiceapp.ui.chair.home import ChairHome
from voiceapp.ui.error_text import user_message


class NewerWriter(BundleWriter):
    def manifest(self) -> dict[str, object]:
        out = super().manifest()
        out["version"] = mf.VERSION + 1
        return out


def other_key(path: Path, chair: age.AnyIdentity, media: dict[str, bytes]) -> None:
    write_every_kind(path, age.HybridIdentity.generate().recipient(), media)


def not_my_voice(path: Path, chair: age.AnyIdentity, media: dict[str, bytes]) -> None:
    path.write_bytes(b"%PDF-1.4 this is a document someone renamed\n" + os.urandom(5000))


class ForeignWriter(BundleWriter):
    def manifest(self) -> dict[str, object]:
        return {**super().manifest(), "format": "holiday-photos"}


def not_a_bundle(path: Path, chair: age.AnyIdentity, media: dict[str, bytes]) -> None:
    with ForeignWriter(path, [chair.recipient()], INFO) as w:
        w.add("letter", b"hello", title="Hi")


def damaged(path: Path, chair: age.AnyIdentity, media: dict[str, bytes]) -> None:
    write_every_kind(path, chair.recipient(), media)
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0x01  # inside an item: found by the full check
    path.write_bytes(bytes(data))


def noise_png(side: int = 400) -> bytes:
    image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def cut_short(path: Path, chair: age.AnyIdentity, media: dict[str, bytes]) -> None:
    """A file of several chunks whose last part never arrived."""
    with BundleWriter(path, [chair.recipient()], INFO) as w:
        w.add("drawing", noise_png(), title="Big drawing")
        w.add("video", media["video"], title="Me", duration_s=3.0)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])


def newer(path: Path, chair: age.AnyIdentity, media: dict[str, bytes]) -> None:
    with NewerWriter(path, [chair.recipient()], INFO) as w:
        w.add("letter", b"hello", title="Hi")


CASES: dict[str, tuple[Callable[[Path, age.AnyIdentity, dict[str, bytes]], None], type]] = {
    "made for another key": (other_key, errors.NoMatchingKey),
    "not a My Voice file": (not_my_voice, errors.NotAnAgeFile),
    "opened but not a bundle": (not_a_bundle, errors.NotABundle),
    "damaged or changed": (damaged, errors.DamagedFile),
    "cut short": (cut_short, errors.TruncatedFile),
    "made by a newer version": (newer, errors.NewerVersion),
}


def listing(*folders: Path) -> dict[str, bytes]:
    return {
        str(p): p.read_bytes()
        for folder in folders
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "vault.lock"
    }


@pytest.mark.parametrize("case", list(CASES))
def test_each_bad_file_shows_its_sentence_and_leaves_nothing(
    case: str,
    qtbot: QtBot,
    themed_app: QApplication,
    chair_vault: Vault,
    chair_identity: age.HybridIdentity,
    inbox: Path,
    media: dict[str, bytes],
    tmp_path: Path,
) -> None:
    """Opening a bad file shows exactly its error's sentence on the inbox, and
    afterwards the vault, the inbox folder and the temp folder are as before."""
    make, expected = CASES[case]
    path = inbox / "conference-2026-12-03-bad.voice"
    make(path, chair_identity, media)
    home = ChairHome(chair_vault)
    qtbot.addWidget(home)
    home.show()
    home.store.flush()
    before = listing(tmp_path)
    temp_before = set(os.listdir(os.environ.get("TMPDIR", "/tmp")))

    home.open_file(path)
    qtbot.waitUntil(lambda: home.inbox.message.isVisible(), timeout=30_000)
    assert home.inbox.message.text() == user_message(expected())
    assert home.inbox.message.tone == "error"
    assert "\n" not in home.inbox.message.text()
    assert home.pages.currentWidget() is home.inbox
    viewer = home.viewer
    assert viewer.opened is None and viewer.list.count() == 0 and viewer.heading.text() == ""
    assert not viewer.panel.letter.toPlainText()
    home.store.flush()
    assert listing(tmp_path) == before  # no record, no copy, nothing beside the file
    assert ChairStore(chair_vault).entry(path.name) is None
    temp_after = set(os.listdir(os.environ.get("TMPDIR", "/tmp")))
    assert not {n for n in temp_after - temp_before if "voice" in n.lower()}


def test_each_error_sentence_is_distinct(themed_app: QApplication) -> None:
    """The six ways a file can fail each have their own sentence, so the chair knows
    what to ask for (another key, a new copy, an update)."""
    sentences = {user_message(cls()) for _make, cls in CASES.values()}
    assert len(sentences) == len(CASES)


def test_stopping_the_check_leaves_nothing(
    qtbot: QtBot,
    themed_app: QApplication,
    chair_vault: Vault,
    chair_identity: age.HybridIdentity,
    inbox: Path,
    media: dict[str, bytes],
    tmp_path: Path,
) -> None:
    """'Stop' while a large file is being checked closes it: back to the inbox, nothing
    recorded, the file still New."""
    path = inbox / "conference-2026-12-03-big.voice"
    with BundleWriter(path, [chair_identity.recipient()], INFO) as w:
        w.add("video", media["video"] + os.urandom(300 << 20), title="Long", duration_s=3.0)
    home = ChairHome(chair_vault)
    qtbot.addWidget(home)
    home.show()
    home.inbox.set_folder(str(inbox))
    home.store.flush()
    before = listing(tmp_path / "data")
    stopped: list[bool] = []

    def stop_now(_r: object) -> None:
        assert home.viewer.verify_task is not None and home.viewer.verify_task.running
        home.viewer.stop_button.click()
        stopped.append(True)

    home.open_file(path)
    assert home.viewer.open_task is not None
    home.viewer.open_task.succeeded.connect(stop_now)
    qtbot.waitUntil(lambda: bool(stopped), timeout=20_000)
    assert home.pages.currentWidget() is home.inbox
    assert home.viewer.opened is None and home.viewer.list.count() == 0
    qtbot.waitUntil(lambda: home.inbox.status_of(path) == "New", timeout=10_000)
    home.store.flush()
    assert listing(tmp_path / "data") == before
