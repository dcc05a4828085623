"""The segment store on its own (no sound device): order, gaps, leftovers, deletion."""

from __future__ import annotations

import numpy as np

from voiceapp.core.recording import SegmentStore
from voiceapp.core.recording.opus import OggOpusEncoder
from voiceapp.core.vault import Vault

from .conftest import SINE_HZ, decoded, main_frequency, new_case


def _write(store: SegmentStore, seconds: float, final: bool) -> str:
    """Encode a sine in 40 ms blocks and save a segment every half second, like a recording."""
    writer = store.begin()
    encoder = OggOpusEncoder()
    t = np.arange(int(seconds * 48_000)) / 48_000
    pcm = (12_000 * np.sin(2 * np.pi * SINE_HZ * t)).astype(np.int16)
    pending = b""
    for i in range(0, len(pcm), 1920):
        pending += encoder.encode(pcm[i : i + 1920])
        if (i // 1920) % 12 == 11:
            writer.append(pending)
            pending = b""
    if final:
        writer.append(pending + encoder.finish(), final=True)
    return writer.id


def test_unfinished_recording_rebuilds_to_what_was_saved(vault: Vault) -> None:
    """Segments of a recording cut short rebuild into a complete file holding the sound
    of every page saved (here within 0.5 s of the 3 s pushed), and are listed as unfinished."""
    store = SegmentStore.for_case(vault, new_case(vault))
    rec_id = _write(store, 3.0, final=False)
    [leftover] = store.recoverable()
    assert leftover.id == rec_id and not leftover.finished and leftover.segments >= 5
    data, seconds = store.rebuild(rec_id)
    assert 2.5 <= seconds <= 3.0
    assert abs(main_frequency(decoded(data)[4800:]) - SINE_HZ) < 2.0


def test_a_missing_segment_ends_the_recovery_there(vault: Vault) -> None:
    """A gap in the numbering (a segment lost) ends the rebuilt recording before the gap,
    never splicing sound from after it."""
    store = SegmentStore.for_case(vault, new_case(vault))
    rec_id = _write(store, 3.0, final=True)
    _, whole = store.rebuild(rec_id)
    folder = vault.root / "cases"
    [third] = list(folder.glob(f"*/recordings/{rec_id}/000003.age"))
    third.unlink()
    _, cut = store.rebuild(rec_id)
    assert abs(whole - 3.0) < 0.01
    assert 0.5 <= cut <= 1.6


def test_a_recording_killed_before_its_first_segment_is_not_offered(vault: Vault) -> None:
    """An empty recording folder (killed at once) is removed quietly, not offered."""
    store = SegmentStore.for_case(vault, new_case(vault))
    writer = store.begin()
    assert store.recoverable() == []
    assert not list(vault.root.glob(f"cases/*/recordings/{writer.id}"))


def test_deleting_the_case_deletes_its_segments(vault: Vault) -> None:
    """Segments live in the case folder, so deleting the case (key first) removes them."""
    case_id = new_case(vault)
    store = SegmentStore.for_case(vault, case_id)
    _write(store, 1.0, final=False)
    assert list(vault.root.glob(f"cases/{case_id}/recordings/*/*.age"))
    vault.delete_case(case_id)
    assert not (vault.root / "cases" / case_id).exists()
