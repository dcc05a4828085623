"""Crash safety: encrypted segments in the vault, recovery after kill -9, no plaintext."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from voiceapp.core import age
from voiceapp.core.recording import SegmentStore, VoiceRecorder
from voiceapp.core.recording.opus import duration_of
from voiceapp.core.vault import Vault

from .conftest import (
    FAST,
    PASSPHRASE,
    SINE_HZ,
    Progress,
    Pulse,
    decoded,
    main_frequency,
    new_case,
    record,
)

RECORDER = textwrap.dedent(
    """
    import sys
    from voiceapp.core.recording import SegmentStore, VoiceRecorder
    from voiceapp.core.vault import Vault
    root, case_id, passphrase, work_factor = sys.argv[1:5]
    vault = Vault(root, work_factor=int(work_factor))
    vault.unlock(passphrase)
    def progress(seconds):
        print(f"{seconds:.3f}", flush=True)
    VoiceRecorder(store=SegmentStore.for_case(vault, case_id), on_progress=progress).start()
    sys.stdin.read()  # until killed
    """
)


def test_kill_minus_nine_loses_at_most_two_seconds(pulse: Pulse, tmp_path: Path) -> None:
    """A recording process killed with SIGKILL after 4 s: at the next start its
    recording is offered, rebuilds into an Ogg Opus file that decodes to the sine,
    and is at most 2 s shorter than what the process had recorded."""
    root = tmp_path / "data"
    with Vault(root, work_factor=FAST) as v:
        v.create("helper", PASSPHRASE)
        case_id = new_case(v)
    proc = subprocess.Popen(
        [sys.executable, "-c", RECORDER, str(root), case_id, PASSPHRASE, str(FAST)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    recorded = 0.0
    try:
        for line in proc.stdout:  # the recorder's own progress reports
            recorded = float(line)
            if recorded >= 4.0:
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        proc.kill()
        proc.wait(10)
    assert recorded >= 4.0, "the recording ran"
    with Vault(root, work_factor=FAST) as v:
        v.unlock(PASSPHRASE)
        store = SegmentStore.for_case(v, case_id)
        [leftover] = store.recoverable()
        assert leftover.kind == "audio" and not leftover.finished
        data, seconds = store.rebuild(leftover.id)
        print(f"recorded {recorded:.2f} s before the kill, recovered {seconds:.2f} s")
        assert recorded - 2.0 <= seconds <= recorded + 0.2
        assert duration_of(data) == seconds
        assert abs(main_frequency(decoded(data)[4800:]) - SINE_HZ) < 2.0
        store.discard(leftover.id)
        assert store.recoverable() == []


def test_finished_recording_is_recoverable_until_kept(pulse: Pulse, vault: Vault) -> None:
    """A recording that ended normally stays in its segments (marked finished) until the
    app keeps it or throws it away; rebuilt, it is the same length as what stop gave."""
    case_id = new_case(vault)
    store = SegmentStore.for_case(vault, case_id)
    progress = Progress()
    recorder = VoiceRecorder(store=store, on_progress=progress)
    record(recorder, progress, 2.0)
    rec = recorder.stop()
    [leftover] = store.recoverable()
    assert leftover.id == rec.recording_id and leftover.finished
    data, seconds = store.rebuild(leftover.id)
    assert abs(seconds - rec.duration_s) < 0.03
    assert duration_of(data) == seconds
    item = vault.new_item(case_id, "audio", "My voice", rec.data, duration_s=rec.duration_s)
    store.discard(leftover.id)
    assert store.recoverable() == []
    assert vault.read_item(case_id, item.id)[1] == rec.data


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_nothing_plaintext_on_disk(pulse: Pulse, vault: Vault, private_tmp: Path) -> None:
    """While recording and after: every file in the data folder is an age file (or the
    lock and the non-personal profile.json), none holds any piece of the recording or
    an Ogg/Opus header, and nothing at all is written to the temp folder."""
    case_id = new_case(vault)
    store = SegmentStore.for_case(vault, case_id)
    progress = Progress()
    recorder = VoiceRecorder(store=store, on_progress=progress)
    record(recorder, progress, 2.5)
    during = {p: p.read_bytes() for p in _files(vault.root)}
    rec = recorder.stop()
    after = {p: p.read_bytes() for p in _files(vault.root)}
    assert any("recordings" in p.parts for p in during), "segments were written while recording"
    # pieces of the recording: 48-byte windows through the Ogg stream (headers and audio)
    pieces = [rec.data[i : i + 48] for i in range(0, len(rec.data) - 48, 997)]
    markers = [b"OggS", b"OpusHead", b"OpusTags"]
    for files in (during, after):
        for path, content in files.items():
            if path.name in ("vault.lock", "profile.json"):
                continue
            assert content.startswith(b"age-encryption.org/v1\n"), path
            for needle in markers + pieces:
                assert needle not in content, path
    assert _files(private_tmp) == []
    # and the segments really are the recording, for whoever holds the case key
    data, _ = store.rebuild(rec.recording_id or "")
    assert abs(duration_of(data) - rec.duration_s) < 0.03


def test_segments_need_the_case_key(pulse: Pulse, vault: Vault) -> None:
    """Segments are encrypted to the case key: another key cannot open them."""
    case_id = new_case(vault)
    store = SegmentStore.for_case(vault, case_id)
    progress = Progress()
    recorder = VoiceRecorder(store=store, on_progress=progress)
    record(recorder, progress, 1.0)
    rec = recorder.stop()
    stranger = SegmentStore(vault.root / "cases" / case_id, age.X25519Identity.generate())
    try:
        stranger.rebuild(rec.recording_id or "")
    except Exception as exc:  # NoMatchingKey
        assert type(exc).__name__ == "NoMatchingKey"
    else:
        raise AssertionError("a stranger's key opened a segment")
