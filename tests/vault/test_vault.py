"""The vault: profiles, cases, items, retention, locking and crypto-shredding."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from voiceapp.core import age
from voiceapp.core.errors import NoMatchingKey, VaultInUse, WeakPassphrase, WrongPassphrase
from voiceapp.core.vault import Vault

from .conftest import FAST, PASSPHRASE, details


def test_profile_unlocks_only_with_its_passphrase(vault: Vault) -> None:
    """Locking forgets the keys; the right passphrase brings them back, a wrong one does not."""
    recipient = vault.identity.recipient().to_string()
    vault.lock()
    assert not vault.unlocked
    with pytest.raises(PermissionError):
        vault.list_cases()
    with pytest.raises(WrongPassphrase):
        vault.unlock("not the passphrase")
    vault.unlock(PASSPHRASE)
    assert vault.identity.recipient().to_string() == recipient
    assert vault.kind == "helper"


def test_identity_file_is_age_p_format_at_work_factor_18(tmp_path: Path) -> None:
    """By default the profile key is an age scrypt file at work factor 18 holding a hybrid key."""
    with Vault(tmp_path) as v:
        v.create("chair", PASSPHRASE)
        data = (tmp_path / "identity.age").read_bytes()
        assert data.startswith(b"age-encryption.org/v1\n-> scrypt ")
        assert data.split(b"\n")[1].endswith(b" 18")
        assert isinstance(v.identity, age.HybridIdentity)
        assert b"AGE-SECRET-KEY" not in data


def test_weak_passphrases_are_refused(tmp_path: Path) -> None:
    """Short or one-letter passphrases get the friendly explanation, and nothing is created."""
    with Vault(tmp_path / "d", work_factor=FAST) as v:
        for weak in ["", "short", "aaaaaaaaaaaaaaaa", "         x"]:
            with pytest.raises(WeakPassphrase) as e:
                v.create("helper", weak)
            assert "10 characters" in e.value.message
        assert not v.exists


def test_owner_only_permissions(vault: Vault) -> None:
    """The data folder and every file in it are readable by their owner only."""
    case = vault.add_case(details())
    vault.new_item(case.id, "letter", "Hello", b"words")
    for path in [vault.root, *vault.root.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, path


def test_second_copy_is_refused(vault: Vault) -> None:
    """A second copy of the app on the same vault is told so, and cannot write."""
    with pytest.raises(VaultInUse) as e:
        Vault(vault.root)
    assert "already open" in e.value.message
    vault.close()
    Vault(vault.root).close()  # free again once the first copy closed


def test_cases_and_items_round_trip(vault: Vault) -> None:
    """Cases and items come back exactly, after locking and unlocking too."""
    case = vault.add_case(details("Ayesha"))
    item = vault.new_item(case.id, "drawing", "My house", b"\x89PNG...", audience="chair-only")
    changed = vault.update_item_info(case.id, item.with_changes(title="Our house"))
    vault.update_case(type(case)(case.id, case.details.with_changes(status="sent")))
    vault.lock()
    vault.unlock(PASSPHRASE)
    [again] = vault.list_cases()
    assert again.details.chosen_name == "Ayesha" and again.details.status == "sent"
    [info] = vault.items(case.id)
    assert info.title == "Our house" and info.audience == "chair-only" and info.size == 7
    assert vault.read_item(case.id, item.id)[1] == b"\x89PNG..."
    assert changed.created == item.created


def test_nothing_personal_in_plaintext(vault: Vault) -> None:
    """Names, titles and content never appear in any file of the vault."""
    case = vault.add_case(details("Zephyrine"))
    vault.new_item(case.id, "letter", "Secret title", b"MARKER-CONTENT-42")
    for path in vault.root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for marker in (b"Zephyrine", b"Secret title", b"MARKER-CONTENT-42", b"CP-1"):
                assert marker not in data, path


def test_retention_deletes_when_due_and_warns_before(vault: Vault) -> None:
    """Cases are deleted on their delete-after date, and listed as due a few days before."""
    today = dt.date.today()
    soon = vault.add_case(details("Soon", days=-28))  # deleted in 2 days
    due = vault.add_case(details("Due", days=-30))
    later = vault.add_case(details("Later", days=5))
    custom = vault.add_case(details("Custom").with_changes(delete_after=today))
    assert [c.id for c in vault.due_soon(today)] == [soon.id]
    assert sorted(vault.apply_retention(today)) == sorted([due.id, custom.id])
    assert sorted(vault.case_ids()) == sorted([soon.id, later.id])
    assert not (vault.root / "cases" / due.id).exists()


def test_deleting_a_case_shreds_it(vault: Vault, tmp_path: Path) -> None:
    """After deletion, copies of the case's files cannot be opened with anything the vault holds."""
    case = vault.add_case(details())
    other = vault.add_case(details("Other"))
    item = vault.new_item(case.id, "letter", "t", b"private words")
    copies = tmp_path / "copies"
    copies.mkdir()
    for path in (vault.root / "cases" / case.id).rglob("*.age"):
        (copies / path.name).write_bytes(path.read_bytes())
    vault.delete_case(case.id)
    assert vault.case_ids() == [other.id]
    vault.lock()
    vault.unlock(PASSPHRASE)
    keys = [vault.identity, *(vault._case_key(c) for c in vault.case_ids())]
    for copy in copies.iterdir():
        with pytest.raises(NoMatchingKey):
            age.decrypt_bytes(copy.read_bytes(), keys)
    assert not list((vault.root / "cases").glob(f"{case.id}*"))
    assert item.id not in os.listdir(copies.parent)


def test_profile_records(vault: Vault) -> None:
    """Profile-level records (a chair's inbox state, notes) are kept encrypted and come back."""
    assert vault.load_record("inbox", {}) == {}
    vault.save_record("inbox", {"conference-2026-12-03-abcd.voice": {"opened": True}})
    vault.save_record("notes", {"item": "Read out at 10:05 — MARKER-NOTE"})
    vault.lock()
    with pytest.raises(PermissionError):
        vault.load_record("inbox")
    vault.unlock(PASSPHRASE)
    assert vault.load_record("inbox") == {"conference-2026-12-03-abcd.voice": {"opened": True}}
    for path in vault.root.rglob("*"):
        if path.is_file():
            assert b"MARKER-NOTE" not in path.read_bytes()
    with pytest.raises(ValueError):
        vault.save_record("../escape", {})


def test_open_item_streams_without_reading_everything(vault: Vault) -> None:
    """A large item can be read a piece at a time, decrypting only what is asked for."""
    case = vault.add_case(details())
    content = os.urandom(3 << 20)
    item = vault.new_item(case.id, "video", "long", content, duration_s=9.0)
    with vault.open_item(case.id, item.id) as (info, stream):
        assert info.title == "long" and info.duration_s == 9.0
        before = stream.chunks_decrypted  # type: ignore[attr-defined]
        assert stream.read(10) == content[:10]
        assert stream.chunks_decrypted - before <= 1  # type: ignore[attr-defined]
        assert stream.read() == content[10:]


def test_starting_again_deletes_everything(vault: Vault, tmp_path: Path) -> None:
    """Starting again (a forgotten passphrase) leaves an empty vault and nothing readable."""
    case = vault.add_case(details())
    vault.new_item(case.id, "letter", "t", b"MARKER-START-AGAIN")
    copy = tmp_path / "copy.age"
    copy.write_bytes(next(vault.iter_item_files()).read_bytes())
    old_identity = vault.identity
    vault.destroy()
    assert not vault.exists and not vault.unlocked
    assert sorted(p.name for p in vault.root.iterdir()) == ["vault.lock"]
    vault.create("helper", PASSPHRASE)  # the same lock, a fresh start
    with pytest.raises(NoMatchingKey):
        age.decrypt_bytes(copy.read_bytes(), [vault.identity, old_identity])
