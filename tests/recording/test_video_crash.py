"""Crash safety of video: encrypted WebM segments in the vault, recovery after kill -9."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from voiceapp.core.recording import SegmentStore, VideoFile, VideoRecorder
from voiceapp.core.recording.webm import EBML_MAGIC, duration_of
from voiceapp.core.vault import Vault

from .conftest import FAST, PASSPHRASE, SINE_HZ, Progress, Pulse, decoded, main_frequency, new_case
from .video_source import decode_video, frame_number, make_video

RECORDER = textwrap.dedent(
    """
    import sys
    from voiceapp.core.recording import SegmentStore, VideoFile, VideoRecorder
    from voiceapp.core.vault import Vault
    root, case_id, passphrase, work_factor, camera = sys.argv[1:6]
    vault = Vault(root, work_factor=int(work_factor))
    vault.unlock(passphrase)
    def progress(seconds):
        print(f"{seconds:.3f}", flush=True)
    store = SegmentStore.for_case(vault, case_id)
    VideoRecorder(VideoFile(camera), store=store, on_progress=progress).start()
    sys.stdin.read()  # until killed
    """
)


@pytest.fixture(autouse=True)
def _sound_server_installed() -> None:
    """These tests need the PulseAudio daemon: without it they fail, never skip."""
    for tool in ("pulseaudio", "pactl"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is not installed (bash scripts/setup.sh test)")


@pytest.fixture(scope="module")
def video_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An 8 s test video as the camera."""
    return make_video(tmp_path_factory.mktemp("camera") / "camera.avi", 8.0)


def _files(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _all_encrypted(files: dict[Path, bytes]) -> None:
    """Every file is an age file (or the lock and the non-personal profile.json), and
    none holds the EBML header every WebM starts with, or the WebM doctype."""
    for path, content in files.items():
        if path.name in ("vault.lock", "profile.json"):
            continue
        assert content.startswith(b"age-encryption.org/v1\n"), path
        assert EBML_MAGIC not in content, path
        assert b"webm" not in content, path


def test_kill_minus_nine_loses_at_most_two_seconds(
    pulse: Pulse, tmp_path: Path, video_file: Path, private_tmp: Path
) -> None:
    """A process recording video killed with SIGKILL after 3 s: at the next start its
    recording is offered (as a video), rebuilds into a complete WebM that decodes (the
    camera's frames in order, the microphone's sine) and is at most 2 s shorter than what
    the process had recorded. On disk, during and after, only encrypted segments; nothing
    in the temp folder."""
    root = tmp_path / "data"
    with Vault(root, work_factor=FAST) as v:
        v.create("helper", PASSPHRASE)
        case_id = new_case(v)
    proc = subprocess.Popen(
        [sys.executable, "-c", RECORDER, str(root), case_id, PASSPHRASE, str(FAST), video_file],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    recorded = 0.0
    during: dict[Path, bytes] = {}
    try:
        for line in proc.stdout:  # the recorder's own progress reports
            recorded = float(line)
            if recorded >= 2.0 and not during:
                during = _files(root)
            if recorded >= 3.0:
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        proc.kill()
        proc.wait(10)
    assert recorded >= 3.0, "the recording ran"
    assert any("recordings" in p.parts for p in during), "segments were written while recording"
    _all_encrypted(during)
    _all_encrypted(_files(root))
    assert list(private_tmp.rglob("*")) == []
    with Vault(root, work_factor=FAST) as v:
        v.unlock(PASSPHRASE)
        store = SegmentStore.for_case(v, case_id)
        [leftover] = store.recoverable()
        assert leftover.kind == "video" and not leftover.finished
        data, seconds = store.rebuild(leftover.id)
        print(f"recorded {recorded:.2f} s before the kill, recovered {seconds:.2f} s")
        assert data.startswith(EBML_MAGIC)
        assert recorded - 2.0 <= seconds <= recorded + 0.2
        assert abs(duration_of(data) - seconds) < 0.05
        frames, _ = decode_video(data)
        assert abs(len(frames) - seconds * 25) <= 2
        numbers = [frame_number(f) for f in frames]
        assert numbers == sorted(numbers)
        assert abs(main_frequency(decoded(data)[4800:]) - SINE_HZ) < 2.0
        store.discard(leftover.id)
        assert store.recoverable() == []


def test_finished_video_is_recoverable_until_kept(
    pulse: Pulse, vault: Vault, video_file: Path
) -> None:
    """A video that ended normally stays in its segments (marked finished) until the app
    keeps it or throws it away; rebuilt, it is as long as what stop gave, and the video
    kept as an item reads back the same."""
    case_id = new_case(vault)
    store = SegmentStore.for_case(vault, case_id)
    progress = Progress()
    recorder = VideoRecorder(VideoFile(video_file), store=store, on_progress=progress)
    recorder.start()
    progress.wait_for(1.5)
    rec = recorder.stop()
    assert rec.crash_safe
    [leftover] = store.recoverable()
    assert leftover.id == rec.recording_id and leftover.finished and leftover.kind == "video"
    data, seconds = store.rebuild(leftover.id)
    assert abs(seconds - rec.duration_s) < 0.05
    assert len(decode_video(data)[0]) == len(decode_video(rec.data)[0])
    item = vault.new_item(case_id, "video", "My video", rec.data, duration_s=rec.duration_s)
    store.discard(leftover.id)
    assert store.recoverable() == []
    assert vault.read_item(case_id, item.id)[1] == rec.data


def _video_segments(store: SegmentStore, seconds: float, final: bool) -> tuple[str, bytes]:
    """Encode the test pattern and a sine, saving a segment every half second like a
    recording; the recording's id and the whole live-style stream."""
    import cv2
    import numpy as np

    from voiceapp.core.recording.webm import WebMEncoder

    from .video_source import pattern

    writer = store.begin("video")
    encoder = WebMEncoder()
    t = np.arange(1920) / 48_000
    pieces: list[bytes] = []
    pending = b""
    for n in range(round(seconds * 25)):
        pcm = (12_000 * np.sin(2 * np.pi * SINE_HZ * (t + n * 0.04))).astype(np.int16)
        data = encoder.add_video(cv2.cvtColor(pattern(n), cv2.COLOR_BGR2YUV_I420))
        data += encoder.add_audio(pcm)
        pieces.append(data)
        pending += data
        if n % 12 == 11:
            writer.append(pending)
            pending = b""
    if final:
        tail = encoder.finish()
        pieces.append(tail)
        writer.append(pending + tail, final=True)
    return writer.id, b"".join(pieces)


def test_video_segments_rebuild_up_to_a_gap_or_a_tear(vault: Vault) -> None:
    """Without any device: video segments rebuild into a complete WebM of what was saved;
    a missing segment ends the recovery before it (nothing spliced from after the gap),
    and a stream torn mid-cluster keeps every whole frame before the tear."""
    from voiceapp.core.recording import webm

    store = SegmentStore.for_case(vault, new_case(vault))
    rec_id, stream = _video_segments(store, 3.0, final=True)
    data, whole = store.rebuild(rec_id)
    assert abs(whole - 3.0) < 0.05
    assert len(decode_video(data)[0]) == 75
    [third] = list(vault.root.glob(f"cases/*/recordings/{rec_id}/000003.age"))
    third.unlink()
    data, cut = store.rebuild(rec_id)
    numbers = [frame_number(f) for f in decode_video(data)[0]]
    print(f"whole {whole:.2f} s, up to the gap {cut:.2f} s")
    assert 0.5 <= cut <= 1.8
    assert numbers == list(range(len(numbers)))
    torn, seconds = webm.rebuild(stream[: len(stream) * 2 // 3 + 77])
    numbers = [frame_number(f) for f in decode_video(torn)[0]]
    assert numbers == list(range(len(numbers))) and len(numbers) >= 40
    assert abs(seconds - len(numbers) / 25) < 0.1
