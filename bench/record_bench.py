"""Recording on this computer: video encoding speed, CPU use, size, and a long voice take.

Not a test: it prints figures for issue 6's targets.

- VP9 + Opus encoding speed (the recorder's own ``WebMEncoder`` and frame
  conversion, fed as fast as it will go) at 640x480 and 1280x720, as a multiple
  of real time: the bar is at least 2x at 640x480 on 2 cores; also 640x480
  with the background blur (face finding + blur + encoding)
- CPU use while recording (process CPU time / wall time, all threads; 2 cores
  = 200 %): a video recording (a test video as the camera, looping; a private
  PulseAudio daemon with a sine as the microphone, as the tests use) and a
  voice recording
- MB per minute of both
- ``--long-voice``: a 10-minute voice recording (the app's limit) counting
  input overflows (blocks the computer was too busy to take: must be 0)

The test video (a scrolling checkerboard with a drawn face: a hard picture to
encode) is made in a temporary folder. Needs the Debian packages
``pulseaudio``, ``libportaudio2`` and ``libasound2-plugins``.

    .venv/bin/python bench/record_bench.py [--quick] [--seconds 30] [--long-voice]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.recording import sound_server
from tests.recording.video_source import make_video, pattern
from voiceapp.core.recording import (
    BACKGROUND,
    HD,
    VGA,
    Recording,
    VideoFile,
    VideoRecorder,
    VoiceRecorder,
    webm,
)
from voiceapp.core.recording.privacy import Blur

FPS = 25
RATE = 48_000
SINE_HZ = sound_server.SINE_HZ


@contextlib.contextmanager
def pulse_daemon() -> Iterator[None]:
    """A private PulseAudio daemon with a sine as the default microphone (as in the
    tests), for this process only."""
    try:
        server = sound_server.start("bench-pulse-")
    except sound_server.NoSoundServer as exc:
        sys.exit(str(exc))
    os.environ.update(server.environment())
    try:
        yield
    finally:
        server.close()


def encoding_speed(size: tuple[int, int], seconds: float, blur: str | None = None) -> float:
    """Seconds of video (picture and sound) encoded per second of wall time."""
    width, height = size
    count = round(seconds * FPS)
    # a 2 s loop of camera frames, made (and scaled to the size) before the clock starts,
    # with some noise, as a camera's sensor gives (harder to encode than clean frames)
    rng = np.random.default_rng(6)
    frames = []
    for n in range(min(count, 2 * FPS)):
        frame = cv2.resize(pattern(n), (width, height)).astype(np.int16)
        frame += rng.normal(0, 3, frame.shape).astype(np.int16)
        frames.append(np.clip(frame, 0, 255).astype(np.uint8))
    sound = (8000 * np.sin(2 * np.pi * SINE_HZ * np.arange(RATE // FPS) / RATE)).astype(np.int16)
    blurrer = Blur(blur) if blur else None
    encoder = webm.WebMEncoder(width, height)
    size_out = 0
    started = time.perf_counter()
    for n in range(count):
        frame = frames[n % len(frames)]
        if blurrer is not None:
            frame = blurrer.apply(frame, n / FPS)
        size_out += len(encoder.add_video(cv2.cvtColor(frame, cv2.COLOR_BGR2YUV_I420)))
        size_out += len(encoder.add_audio(sound))
    size_out += len(encoder.finish())
    return seconds / (time.perf_counter() - started)


class Progress:
    def __init__(self) -> None:
        self.seconds = 0.0
        self.reached = threading.Event()
        self.target = 0.0

    def __call__(self, seconds: float) -> None:
        self.seconds = seconds
        if seconds >= self.target:
            self.reached.set()


def timed_recording(
    recorder: VideoRecorder | VoiceRecorder, progress: Progress, seconds: float
) -> tuple[Recording, float, float]:
    """Record ``seconds``; the recording, wall seconds and CPU seconds (this process)."""
    progress.target = seconds
    wall, cpu = time.monotonic(), time.process_time()
    recorder.start()
    if not progress.reached.wait(seconds + 30):
        sys.exit(f"the recording stalled at {progress.seconds:.1f} s")
    rec = recorder.stop()
    return rec, time.monotonic() - wall, time.process_time() - cpu


def mb_per_minute(rec: Recording) -> float:
    return len(rec.data) / rec.duration_s * 60 / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="short runs (about half a minute)")
    ap.add_argument("--seconds", type=float, default=30.0, help="length of each recording")
    ap.add_argument("--long-voice", action="store_true", help="also a 10-minute voice take")
    args = ap.parse_args()
    seconds = 6.0 if args.quick else args.seconds
    encode_seconds = 4.0 if args.quick else 20.0
    print(
        f"{os.cpu_count()} cores; libvpx-vp9 realtime, cpu-used {webm.CPU_USED}, "
        f"{webm.THREADS} threads, row-mt; Opus {webm.AUDIO_BITRATE // 1000} kbit/s"
    )

    print(f"\nencoding speed ({encode_seconds:.0f} s of video, as fast as it goes)")
    for label, size, blur in (
        ("640x480", VGA, None),
        ("640x480 + background blur", VGA, BACKGROUND),
        ("1280x720", HD, None),
    ):
        speed = encoding_speed(size, encode_seconds, blur)
        bar = "  (bar: >= 2x)" if size == VGA and blur is None else ""
        print(f"  {label:28} {speed:5.2f}x real time{bar}")

    with tempfile.TemporaryDirectory(prefix="record-bench-") as folder, pulse_daemon():
        camera = VideoFile(make_video(Path(folder) / "camera.avi", 10.0), loop=True)
        print(f"\nrecording {seconds:.0f} s each (CPU: process time / wall time; 200 % = 2 cores)")
        rows = [
            ("video 640x480", {"size": VGA}),
            ("video 640x480, background blur", {"size": VGA, "blur": BACKGROUND}),
            ("video 1280x720", {"size": HD}),
        ]
        for label, options in rows:
            progress = Progress()
            recorder = VideoRecorder(camera, on_progress=progress, **options)  # type: ignore[arg-type]
            rec, wall, cpu = timed_recording(recorder, progress, seconds)
            print(
                f"  {label:32} CPU {100 * cpu / wall:5.1f} %   {mb_per_minute(rec):5.2f} MB/min"
                f"   overflows {rec.overflows}   frames dropped {recorder.dropped_frames}"
            )
        progress = Progress()
        voice = VoiceRecorder(on_progress=progress)
        rec, wall, cpu = timed_recording(voice, progress, seconds)
        print(
            f"  {'voice':32} CPU {100 * cpu / wall:5.1f} %   {mb_per_minute(rec):5.2f} MB/min"
            f"   overflows {rec.overflows}"
        )
        if args.long_voice:
            print("\n10-minute voice recording (the limit) ...", flush=True)
            progress = Progress()
            voice = VoiceRecorder(on_progress=progress)
            rec, wall, cpu = timed_recording(voice, progress, 600.0)
            verdict = "OK" if rec.overflows == 0 else "FAIL"
            print(
                f"  {rec.duration_s:.1f} s recorded ({rec.ended}), {len(rec.data) / 1e6:.2f} MB, "
                f"CPU {100 * cpu / wall:.1f} %, input overflows {rec.overflows} ({verdict})"
            )


if __name__ == "__main__":
    main()
