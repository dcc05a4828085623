"""The chair's core (no Qt): keys and backups, the inbox, the chair's records,
an opened bundle read from many threads, and what each summary holds."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from tests.chair.conftest import PASSPHRASE
from voiceapp.core import age, errors
from voiceapp.core.chair import (
    ChairStore,
    OpenedBundle,
    backup_bytes,
    file_key,
    import_identity,
    make_identity,
    plan,
    restore_backup,
    scan,
)
from voiceapp.core.chair.keys import needs_passphrase
from voiceapp.core.vault import Vault

RECOVERY = "green bicycle under the stairs"


# -- keys ---------------------------------------------------------------------


def test_new_keys_are_hybrid_unless_compatibility_is_asked() -> None:
    """A chair key is post-quantum by default; X25519 only when asked for."""
    assert isinstance(make_identity(), age.HybridIdentity)
    assert isinstance(make_identity(compatible=True), age.X25519Identity)


def test_backup_round_trip_and_wrong_passphrase() -> None:
    """A backup is an armored age passphrase file holding the key; only the recovery
    passphrase opens it; a weak recovery passphrase is refused."""
    key = make_identity()
    data = backup_bytes(key, RECOVERY, work_factor=10)
    assert data.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----") and needs_passphrase(data)
    assert key.to_string().encode() not in data
    assert restore_backup(data, RECOVERY).to_string() == key.to_string()
    with pytest.raises(errors.WrongPassphrase):
        restore_backup(data, "not the recovery phrase")
    with pytest.raises(errors.WeakPassphrase):
        backup_bytes(key, "short")
    with pytest.raises(errors.InvalidKey):
        restore_backup(age.format_identity_file(key).encode(), RECOVERY)


def test_age_tool_key_imports_and_opens_bundles(tmp_path: Path) -> None:
    """A key made by age-keygen (X25519) is imported as it is."""
    keygen = shutil.which("age-keygen")
    if keygen is None:
        pytest.fail("age-keygen is needed: bash scripts/setup.sh test")
    out = tmp_path / "key.txt"
    subprocess.run([keygen, "-o", str(out)], check=True, capture_output=True)
    identity = import_identity(out.read_bytes())
    public = subprocess.run(
        [keygen, "-y", str(out)], check=True, capture_output=True, text=True
    ).stdout.strip()
    assert identity.recipient().to_string() == public


# -- inbox --------------------------------------------------------------------


def test_inbox_lists_voice_files_and_knows_them_by_content(bundle: Path, tmp_path: Path) -> None:
    """Only .voice files (not hidden, not folders) are listed; a renamed file keeps its
    key; a cut-short copy gets another one."""
    folder = bundle.parent
    (folder / "notes.txt").write_text("x")
    (folder / ".hidden.voice").write_bytes(b"x")
    (folder / "dir.voice").mkdir()
    found = scan(folder)
    assert [f.path for f in found] == [bundle]
    key = found[0].key
    moved = folder / "other-name.voice"
    bundle.rename(moved)
    assert file_key(moved) == key
    short = folder / "short.voice"
    short.write_bytes(moved.read_bytes()[:-10])
    assert file_key(short) != key


# -- records ------------------------------------------------------------------


def test_store_keeps_state_encrypted_and_survives_reopening(
    vault: Vault, bundle: Path, chair: age.HybridIdentity
) -> None:
    """Inbox folder, opened files, marks and notes are written encrypted to the chair and
    read back after a lock and unlock; nothing readable is on disk."""
    store = ChairStore(vault)
    store.set_folder("/inbox/folder")
    with OpenedBundle.open(bundle, [chair]) as opened:
        key = file_key(bundle)
        store.record_opened(key, opened.manifest, bundle.name)
    marks = store.marks(key)
    marks.set("abcdefghijkl", read=True, note="PRIVATE-NOTE-77")
    marks.set("abcdefghijkl", shared=True)
    with pytest.raises(TypeError):
        marks.set("abcdefghijkl", colour="red")
    assert store.flush()
    vault.lock()
    vault.unlock(PASSPHRASE)
    again = ChairStore(vault)
    assert again.folder == "/inbox/folder"
    assert again.entry(key)["name"] == "Alex"  # type: ignore[index]
    got = again.marks(key).get("abcdefghijkl")
    assert (got.read, got.shared, got.played, got.note) == (True, True, False, "PRIVATE-NOTE-77")
    blob = b"".join(p.read_bytes() for p in vault.root.rglob("*") if p.is_file())
    assert b"PRIVATE-NOTE-77" not in blob and b"Alex" not in blob and b"/inbox" not in blob


def test_store_write_errors_are_reported(vault: Vault) -> None:
    """A record that cannot be written is reported through on_error, not lost silently."""
    seen: list[BaseException] = []
    store = ChairStore(vault, on_error=seen.append)
    vault.lock()
    store.set_folder("/somewhere")
    store.flush()
    assert seen and isinstance(seen[0], PermissionError)


# -- an opened bundle -----------------------------------------------------------


def test_items_wait_for_verification_then_read_safely_from_many_threads(
    bundle: Path, chair: age.HybridIdentity
) -> None:
    """Nothing can be read before the full check; afterwards eight threads reading
    random ranges of the same item at once all get exactly the right bytes."""
    opened = OpenedBundle.open(bundle, [chair])
    video = next(it for it in opened.manifest.items if it.kind == "video")
    with pytest.raises(RuntimeError):
        opened.read(video.id)
    opened.verify()
    whole = opened.read(video.id)
    assert len(whole) == video.size
    problems: list[str] = []

    def reader(seed: int) -> None:
        stream = opened.stream(video.id)
        rnd = __import__("random").Random(seed)
        for _ in range(60):
            start = rnd.randrange(0, video.size)
            n = rnd.randrange(1, 200_000)
            if stream.read_at(start, n) != whole[start : start + n]:
                problems.append(f"{seed}@{start}")

    threads = [threading.Thread(target=reader, args=(s,)) for s in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert problems == []
    opened.close()
    assert opened.stream  # closed: reads give nothing, never an old buffer
    with pytest.raises(errors.Cancelled):
        opened.read(video.id)


def test_closing_stops_a_verification_in_progress(bundle: Path, chair: age.HybridIdentity) -> None:
    """Closing while the check runs stops it at its next step (Cancelled)."""
    opened = OpenedBundle.open(bundle, [chair])
    started = threading.Event()
    result: list[BaseException | None] = []

    def progress(_n: int) -> None:
        started.set()

    def work() -> None:
        try:
            opened.verify(progress, lambda: False)
            result.append(None)
        except BaseException as e:
            result.append(e)

    slow = threading.Thread(target=work)
    slow.start()
    started.wait(10)
    opened.close()
    slow.join(10)
    assert result and (result[0] is None or isinstance(result[0], errors.Cancelled))


def test_a_file_cut_short_is_told_apart_from_a_changed_one(
    bundle: Path, chair: age.HybridIdentity
) -> None:
    """A file whose end is missing says 'cut short'; one changed in the middle
    passes the quick look and fails the full check as 'damaged or changed'."""
    data = bundle.read_bytes()
    for cut in (len(data) // 2, len(data) - 1, len(data) - 65536 - 16):
        bundle.write_bytes(data[:cut])
        with pytest.raises(errors.TruncatedFile):
            OpenedBundle.open(bundle, [chair])
    changed = bytearray(data)
    changed[len(data) // 2] ^= 0x40
    bundle.write_bytes(bytes(changed))
    with OpenedBundle.open(bundle, [chair]) as opened, pytest.raises(errors.DamagedFile) as e:
        opened.verify()
    assert type(e.value) is errors.DamagedFile


def test_the_summary_for_everyone_leaves_out_chair_only(
    bundle: Path, chair: age.HybridIdentity
) -> None:
    """The complete summary lists everything; the one for everyone leaves out every
    chair-only item, and any chair-only drawing a houses page shows."""
    with OpenedBundle.open(bundle, [chair]) as opened:
        full = plan(opened.manifest, "complete")
        public = plan(opened.manifest, "everyone")
        assert len(full.items) == 5
        assert [it.title for it in public.items] == ["Letter", "Houses", "Video"]
        secret = next(it.id for it in opened.manifest.items if it.title == "Secret drawing")
        assert public.hidden_drawings == {secret} and full.hidden_drawings == set()
        with pytest.raises(ValueError):
            plan(opened.manifest, "draft")


def test_nothing_is_written_while_a_bundle_is_read(
    bundle: Path, chair: age.HybridIdentity, tmp_path: Path
) -> None:
    """Opening, checking and reading every item writes no file anywhere under the
    test's folder or the temp folder."""
    tmp = Path(os.environ.get("TMPDIR", "/tmp"))
    before_tmp = set(tmp.iterdir())
    before = {p for p in tmp_path.rglob("*")}
    with OpenedBundle.open(bundle, [chair]) as opened:
        opened.verify()
        for it in opened.manifest.items:
            opened.read(it.id)
    assert {p for p in tmp_path.rglob("*")} == before
    assert {p for p in set(tmp.iterdir()) - before_tmp if "voice" in p.name.lower()} == set()
