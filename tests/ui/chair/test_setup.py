"""The chair's first run: a new key (standard or compatible), an imported age
identity file, or a restored backup; every failure is one sentence and leaves
no profile behind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.chair.conftest import FAST, PASSPHRASE, DialogAnswers
from voiceapp.core import age, errors
from voiceapp.core.chair import backup_bytes
from voiceapp.core.vault import Vault
from voiceapp.ui.chair.setup import ChairSetup
from voiceapp.ui.error_text import user_message

RECOVERY = "green bicycle under the stairs"


def make_setup(qtbot: QtBot, tmp_path: Path) -> tuple[Vault, ChairSetup]:
    vault = Vault(tmp_path / "data", work_factor=FAST)
    setup = ChairSetup(vault)
    qtbot.addWidget(setup)
    setup.show()
    return vault, setup


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file() and p.name != "vault.lock")


def test_compatibility_key_is_x25519_and_backup_can_be_skipped(
    qtbot: QtBot, themed_app: QApplication, tmp_path: Path
) -> None:
    """Choosing the compatibility key makes an X25519 key (for older age tools);
    'Not now' skips the backup and finishes."""
    vault, setup = make_setup(qtbot, tmp_path)
    qtbot.mouseClick(setup.make_choice, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(setup.compatible_key, Qt.MouseButton.LeftButton)
    assert setup.compatible_key.isChecked()
    setup.make_pair.first.setText(PASSPHRASE)
    setup.make_pair.second.setText(PASSPHRASE)
    qtbot.mouseClick(setup.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: setup.pages.currentWidget() is setup.backup_page, timeout=20_000)
    assert isinstance(vault.identity, age.X25519Identity)
    with qtbot.waitSignal(setup.done):
        qtbot.mouseClick(setup.skip_button, Qt.MouseButton.LeftButton)
    vault.close()


def test_weak_or_mismatched_passphrase_is_explained_and_nothing_is_made(
    qtbot: QtBot, themed_app: QApplication, tmp_path: Path
) -> None:
    """A short passphrase gets the passphrase rule; two different ones are pointed out;
    in both cases no profile is written."""
    vault, setup = make_setup(qtbot, tmp_path)
    qtbot.mouseClick(setup.make_choice, Qt.MouseButton.LeftButton)
    setup.make_pair.first.setText("short")
    setup.make_pair.second.setText("short")
    qtbot.mouseClick(setup.make_button, Qt.MouseButton.LeftButton)
    assert setup.message.text() == user_message(errors.WeakPassphrase())
    setup.make_pair.first.setText(PASSPHRASE)
    setup.make_pair.second.setText(PASSPHRASE + "!")
    qtbot.mouseClick(setup.make_button, Qt.MouseButton.LeftButton)
    assert "not the same" in setup.message.text()
    assert not vault.exists and files_in(tmp_path / "data") == []
    vault.close()


def test_import_a_plain_age_keygen_file(
    qtbot: QtBot, themed_app: QApplication, tmp_path: Path, answers: DialogAnswers
) -> None:
    """An unprotected identity file from age-keygen is brought in as it is."""
    identity = age.X25519Identity.generate()
    key_file = tmp_path / "key.txt"
    key_file.write_text(age.format_identity_file(identity))
    vault, setup = make_setup(qtbot, tmp_path)
    qtbot.mouseClick(setup.import_choice, Qt.MouseButton.LeftButton)
    answers.give(str(key_file))
    qtbot.mouseClick(setup.import_file_button, Qt.MouseButton.LeftButton)
    assert setup.import_secret.isHidden()  # not protected: no passphrase asked
    setup.import_pair.first.setText(PASSPHRASE)
    setup.import_pair.second.setText(PASSPHRASE)
    qtbot.mouseClick(setup.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: setup.pages.currentWidget() is setup.backup_page, timeout=20_000)
    assert vault.identity.to_string() == identity.to_string()
    vault.close()


def test_import_a_protected_identity_file_with_its_passphrase(
    qtbot: QtBot, themed_app: QApplication, tmp_path: Path, answers: DialogAnswers
) -> None:
    """A passphrase-protected identity file asks for its own passphrase; a wrong one
    says so in one sentence and makes nothing; the right one brings the key in."""
    identity = age.HybridIdentity.generate()
    key_file = tmp_path / "key.age"
    key_file.write_bytes(age.identity_file_bytes(identity, b"the old key passphrase", FAST))
    vault, setup = make_setup(qtbot, tmp_path)
    qtbot.mouseClick(setup.import_choice, Qt.MouseButton.LeftButton)
    answers.give(str(key_file))
    qtbot.mouseClick(setup.import_file_button, Qt.MouseButton.LeftButton)
    assert not setup.import_secret.isHidden()
    setup.import_secret.setText("not the passphrase")
    setup.import_pair.first.setText(PASSPHRASE)
    setup.import_pair.second.setText(PASSPHRASE)
    qtbot.mouseClick(setup.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: setup.message.tone == "error", timeout=20_000)
    assert setup.message.text() == user_message(errors.WrongPassphrase())
    assert not vault.exists and files_in(tmp_path / "data") == []
    setup.import_secret.setText("the old key passphrase")
    qtbot.mouseClick(setup.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: setup.pages.currentWidget() is setup.backup_page, timeout=20_000)
    assert vault.identity.to_string() == identity.to_string()
    vault.close()


def test_restore_from_backup_wrong_then_right_recovery_passphrase(
    qtbot: QtBot, themed_app: QApplication, tmp_path: Path, answers: DialogAnswers
) -> None:
    """Restoring with the wrong recovery passphrase shows its sentence and leaves
    nothing; with the right one the same key comes back and setup is done."""
    identity = age.HybridIdentity.generate()
    backup = tmp_path / "backup.age"
    backup.write_bytes(backup_bytes(identity, RECOVERY, work_factor=FAST))
    assert backup.read_bytes().startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    vault, setup = make_setup(qtbot, tmp_path)
    qtbot.mouseClick(setup.restore_choice, Qt.MouseButton.LeftButton)
    answers.give(str(backup))
    qtbot.mouseClick(setup.restore_file_button, Qt.MouseButton.LeftButton)
    setup.recovery.setText("a wrong recovery phrase")
    setup.restore_pair.first.setText(PASSPHRASE)
    setup.restore_pair.second.setText(PASSPHRASE)
    qtbot.mouseClick(setup.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: setup.message.tone == "error", timeout=20_000)
    assert setup.message.text() == user_message(errors.WrongPassphrase())
    assert not vault.exists and files_in(tmp_path / "data") == []
    setup.recovery.setText(RECOVERY)
    with qtbot.waitSignal(setup.done, timeout=20_000):
        qtbot.mouseClick(setup.restore_button, Qt.MouseButton.LeftButton)
    assert vault.identity.to_string() == identity.to_string()
    vault.close()


def test_restore_rejects_a_file_that_is_not_a_backup(
    qtbot: QtBot, themed_app: QApplication, tmp_path: Path, answers: DialogAnswers
) -> None:
    """A file that is not a key backup gives one sentence, and no profile."""
    junk = tmp_path / "notes.txt"
    junk.write_text("shopping list")
    vault, setup = make_setup(qtbot, tmp_path)
    qtbot.mouseClick(setup.restore_choice, Qt.MouseButton.LeftButton)
    answers.give(str(junk))
    qtbot.mouseClick(setup.restore_file_button, Qt.MouseButton.LeftButton)
    setup.recovery.setText(RECOVERY)
    setup.restore_pair.first.setText(PASSPHRASE)
    setup.restore_pair.second.setText(PASSPHRASE)
    qtbot.mouseClick(setup.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: setup.message.tone == "error", timeout=20_000)
    assert setup.message.text() == user_message(errors.InvalidKey())
    assert not vault.exists
    vault.close()


def test_recovery_passphrase_must_differ_from_everyday(
    qtbot: QtBot, themed_app: QApplication, tmp_path: Path, answers: DialogAnswers
) -> None:
    """The backup's recovery passphrase may not be the everyday passphrase."""
    vault, setup = make_setup(qtbot, tmp_path)
    qtbot.mouseClick(setup.make_choice, Qt.MouseButton.LeftButton)
    setup.make_pair.first.setText(PASSPHRASE)
    setup.make_pair.second.setText(PASSPHRASE)
    qtbot.mouseClick(setup.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: setup.pages.currentWidget() is setup.backup_page, timeout=20_000)
    setup.backup_pair.first.setText(PASSPHRASE)
    setup.backup_pair.second.setText(PASSPHRASE)
    qtbot.mouseClick(setup.backup_button, Qt.MouseButton.LeftButton)
    assert "different" in setup.message.text()
    assert answers.asked == []
    vault.close()
