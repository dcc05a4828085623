"""Video recording from a test video (as the camera) and a real (PulseAudio) microphone:
picture, sound, timing, pause, limits, lost devices, and the friendly errors."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from voiceapp.core.errors import MicrophoneUnavailable, NoCamera, NoMicrophone
from voiceapp.core.recording import (
    DEVICE_LOST,
    HD,
    MAX_LENGTH,
    STOPPED,
    SegmentStore,
    VideoFile,
    VideoRecorder,
    open_camera,
)
from voiceapp.core.recording import devices as mic_devices
from voiceapp.core.recording.webm import EBML_MAGIC, duration_of
from voiceapp.core.vault import Vault

from .conftest import SINE_HZ, Progress, Pulse, decoded, main_frequency, new_case
from .video_source import (
    MARKER,
    decode_video,
    frame_number,
    make_video,
    seekable_duration,
    stream_starts,
)


@pytest.fixture(autouse=True)
def _sound_server_installed() -> None:
    """These tests need the PulseAudio daemon: without it they fail, never skip."""
    for tool in ("pulseaudio", "pactl"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is not installed (bash scripts/setup.sh test)")


@pytest.fixture(scope="module")
def video_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An 8 s test video (scrolling checkerboard, a face, a red corner, frame numbers)."""
    return make_video(tmp_path_factory.mktemp("camera") / "camera.avi", 8.0)


@pytest.fixture(scope="module")
def short_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 4 s test video: a camera that goes away after four seconds."""
    return make_video(tmp_path_factory.mktemp("camera") / "short.avi", 4.0)


class Frames:
    """Collects the preview frames (on the camera's thread) with their arrival moments."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.moments: list[float] = []
        self.last: np.ndarray | None = None
        self.shapes: set[tuple[int, ...]] = set()

    def __call__(self, rgb: np.ndarray) -> None:
        with self.lock:
            self.moments.append(time.monotonic())
            self.last = rgb
            self.shapes.add(rgb.shape)


def least_late(events: list[tuple[float, float]], low: float, high: float) -> tuple[float, float]:
    """The progress report between ``low`` and ``high`` seconds that came soonest."""
    return max((e for e in events if low <= e[1] <= high), key=lambda e: e[1] - e[0])


@pytest.fixture
def no_streams_left() -> Iterator[None]:
    """After the test, no microphone stream is left open by the recorder."""
    yield
    assert mic_devices._open_streams == 0


def test_video_has_picture_and_sound_in_step(
    pulse: Pulse, video_file: Path, no_streams_left: None
) -> None:
    """A 3 s recording is a seekable WebM of 640x480 VP9 at 25 fps and Opus: its frame
    count is within 2 % of its length x 25; its length is the wall clock's within 2 %; sound and
    picture start within 40 ms of each other; the sound is the microphone's sine (within
    2 Hz); the picture is the camera's, in real time (its frame numbers advance one per
    frame) and not mirrored; about 5 MB a minute; the preview came mirrored at >= 20 fps."""
    progress = Progress()
    preview = Frames()
    levels: list[float] = []
    recorder = VideoRecorder(
        VideoFile(video_file),
        on_progress=progress,
        on_frame=preview,
        on_level=lambda rms, peak: levels.append(peak),
    )
    recorder.start()
    progress.wait_for(3.0)
    stopped_at = time.monotonic()
    rec = recorder.stop()
    assert rec.ended == STOPPED and rec.overflows == 0
    assert rec.data.startswith(EBML_MAGIC)
    ref_time, ref_seconds = least_late(progress.events, 0.5, 1.5)
    expected = ref_seconds + (stopped_at - ref_time)
    print(f"recorded {rec.duration_s:.3f} s, expected {expected:.3f} s")
    assert abs(rec.duration_s - expected) <= 0.02 * expected
    assert abs(duration_of(rec.data) - rec.duration_s) < 0.05
    # a finished file, not a live stream: players read its length and can seek in it
    header_duration, landed = seekable_duration(rec.data, 2.2)
    assert abs(header_duration - rec.duration_s) < 0.05
    assert 0.0 < landed <= 2.2

    frames, times = decode_video(rec.data)
    assert frames[0].shape == (480, 640, 3)
    assert abs(len(frames) - rec.duration_s * 25) <= 0.02 * rec.duration_s * 25
    assert np.allclose(np.diff(times), 0.04, atol=0.0015), "constant 25 fps"
    starts = stream_starts(rec.data)
    print(f"stream starts {starts}")
    assert abs(starts["video"] - starts["audio"]) <= 0.040
    samples = decoded(rec.data)
    assert abs(len(samples) / 48_000 - rec.duration_s) < 0.03
    assert abs(main_frequency(samples[4800:]) - SINE_HZ) < 2.0
    assert max(levels) > 0.2

    # the picture is the camera's, as it came: frame numbers advance with the clock
    numbers = [frame_number(f) for f in frames]
    steps = np.diff(numbers)
    print(f"frame numbers {numbers[:5]}...{numbers[-5:]}")
    assert (steps >= 0).all(), "frames come in order"
    assert abs((numbers[-1] - numbers[0]) - (len(frames) - 1)) <= 3
    # not mirrored: the red block is in the top left of the recording
    red = frames[len(frames) // 2][MARKER]
    assert red[..., 2].mean() > 200 and red[..., 1].mean() < 60

    # the preview: RGB, mirrored (the red block top right), at least 20 a second
    assert preview.shapes == {(480, 640, 3)}
    assert preview.last is not None
    mirrored_red = preview.last[10:70, 640 - 90 : 640 - 10]
    assert mirrored_red[..., 0].mean() > 200 and mirrored_red[..., 1].mean() < 60
    first, last = preview.moments[0], preview.moments[-1]
    assert (len(preview.moments) - 1) / (last - first) >= 20

    mb_per_minute = len(rec.data) / rec.duration_s * 60 / 1e6
    print(f"{mb_per_minute:.2f} MB a minute")
    assert 2.0 < mb_per_minute < 7.5


def test_pause_is_not_recorded(pulse: Pulse, video_file: Path) -> None:
    """Recording 1.5 s, pausing 1 s, then recording to 3 s: the video is as long as the
    time not paused (within 2 %), picture and sound alike, and the timer stood still."""
    progress = Progress()
    recorder = VideoRecorder(VideoFile(video_file), on_progress=progress)
    recorder.start()
    progress.wait_for(1.5)
    recorder.pause()
    paused_at = time.monotonic()
    at_pause = recorder.elapsed
    threading.Event().wait(1.0)  # the pause itself: real time must pass
    assert recorder.state == "paused"
    assert recorder.elapsed - at_pause < 0.25
    recorder.resume()
    resumed_at = time.monotonic()
    progress.wait_for(3.0)
    stopped_at = time.monotonic()
    rec = recorder.stop()
    ref_time, ref_seconds = least_late(progress.events, 0.5, 1.5)
    expected = ref_seconds + (paused_at - ref_time) + (stopped_at - resumed_at)
    print(f"recorded {rec.duration_s:.3f} s, expected {expected:.3f} s")
    assert abs(rec.duration_s - expected) <= 0.02 * expected
    frames, _ = decode_video(rec.data)
    assert abs(len(frames) - rec.duration_s * 25) <= 0.02 * rec.duration_s * 25
    # the paused second of the camera is not in the picture: the frame numbers jump there
    numbers = [frame_number(f) for f in frames]
    jump = max(np.diff(numbers))
    print(f"largest jump in frame numbers {jump}")
    assert 20 <= jump <= 32


def test_limit_warns_then_stops(pulse: Pulse, video_file: Path) -> None:
    """With a 2 s limit and a warning 1 s before it, the warning comes once, near 1 s,
    and the video ends by itself at 2 s, picture and sound alike."""
    warnings: list[float] = []
    finished = threading.Event()
    recorder = VideoRecorder(
        VideoFile(video_file),
        max_seconds=2.0,
        warn_before=1.0,
        on_warning=warnings.append,
        on_finished=lambda rec: finished.set(),
    )
    recorder.start()
    assert finished.wait(15)
    rec = recorder.stop()
    assert rec.ended == MAX_LENGTH
    assert len(warnings) == 1 and 0.85 <= warnings[0] <= 1.0
    assert abs(rec.duration_s - 2.0) < 0.01
    frames, _ = decode_video(rec.data)
    assert len(frames) == 50


def test_hd_when_asked(pulse: Pulse, video_file: Path) -> None:
    """Asked for 1280x720, the video is 1280x720 (a smaller camera picture is cropped to
    the shape and scaled up), and the preview is the same size."""
    progress = Progress()
    preview = Frames()
    recorder = VideoRecorder(VideoFile(video_file), size=HD, on_progress=progress, on_frame=preview)
    recorder.start()
    progress.wait_for(1.0)
    rec = recorder.stop()
    frames, _ = decode_video(rec.data)
    assert frames[0].shape == (720, 1280, 3)
    assert preview.shapes == {(720, 1280, 3)}
    assert abs(len(frames) - rec.duration_s * 25) <= 2


def test_camera_gone_keeps_what_was_recorded(pulse: Pulse, short_video: Path) -> None:
    """The camera going away mid-recording (here: its 4 s video ends) ends the recording
    by itself, as a lost device, and keeps what was recorded up to the camera's last frame:
    it decodes, picture and sound. (The test sound server can take up to 2 s to give its
    first sound, and the recording starts only then.)"""
    finished = threading.Event()
    recorder = VideoRecorder(VideoFile(short_video), on_finished=lambda rec: finished.set())
    recorder.start()
    assert finished.wait(15), "the recorder noticed by itself"
    rec = recorder.stop()
    assert rec.ended == DEVICE_LOST
    frames, _ = decode_video(rec.data)
    numbers = [frame_number(f) for f in frames]
    print(f"{rec.duration_s:.2f} s, frames {numbers[0]} to {numbers[-1]}")
    assert rec.duration_s >= 1.5
    assert abs(len(frames) - rec.duration_s * 25) <= 2
    assert numbers[-1] >= 97, "the camera's last frames are in"
    assert abs((numbers[-1] - numbers[0] + 1) - len(frames)) <= 3
    assert abs(main_frequency(decoded(rec.data)[4800:]) - SINE_HZ) < 2.0


@pytest.mark.own_process  # may leave a stream libpulse never closes
def test_microphone_gone_keeps_what_was_recorded(pulse: Pulse, video_file: Path) -> None:
    """The sound server vanishing mid-recording ends the video by itself, as a lost device,
    and what was recorded before is kept and decodes."""
    progress = Progress()
    finished = threading.Event()
    recorder = VideoRecorder(
        VideoFile(video_file), on_progress=progress, on_finished=lambda rec: finished.set()
    )
    recorder.start()
    progress.wait_for(1.5)
    pulse.kill()
    assert finished.wait(15), "the recorder noticed by itself"
    rec = recorder.stop()
    assert rec.ended == DEVICE_LOST
    assert rec.duration_s >= 1.4
    frames, _ = decode_video(rec.data)
    assert abs(len(frames) - rec.duration_s * 25) <= 2


def test_microphone_giving_no_sound_is_the_microphone_error(
    pulse: Pulse, video_file: Path, vault: Vault
) -> None:
    """A camera, and a microphone that opens but never gives a sound: the video ends by
    itself with the microphone's typed error, and leaves nothing to recover."""
    store = SegmentStore.for_case(vault, new_case(vault))
    pulse.silence()
    reported = threading.Event()
    recorder = VideoRecorder(VideoFile(video_file), store=store, on_error=lambda e: reported.set())
    recorder.start()
    assert reported.wait(30), "the recorder gave up by itself"
    with pytest.raises(MicrophoneUnavailable):
        recorder.stop()
    assert store.recoverable() == []


def test_no_camera_is_a_friendly_error(pulse: Pulse, tmp_path: Path, no_streams_left: None) -> None:
    """No such camera (an index with no device, a missing video file, a file that is not a
    video): ``NoCamera`` with its plain sentence, from opening and from starting a
    recording, and the UI shows that same sentence; the microphone is not left open."""
    from voiceapp.ui.error_text import user_message

    not_a_video = tmp_path / "notes.avi"
    not_a_video.write_bytes(b"this is not a video" * 100)
    for source in (42, tmp_path / "missing.avi", VideoFile(not_a_video)):
        with pytest.raises(NoCamera) as caught:
            open_camera(source)
        assert caught.value.message.startswith("No camera could be started.")
        recorder = VideoRecorder(source)
        with pytest.raises(NoCamera):
            recorder.start()
        assert recorder.state == "idle"
    assert user_message(NoCamera()) == NoCamera.message


@pytest.mark.own_process  # PortAudio must read the (empty) list afresh
def test_no_sound_server_is_the_microphone_error(
    no_sound_server: None, video_file: Path, no_streams_left: None
) -> None:
    """A camera but no sound server: starting a video gives the microphone's own typed
    errors (as for voice), and the camera is closed again."""
    with pytest.raises(NoMicrophone) as caught:
        VideoRecorder(VideoFile(video_file)).start()
    assert caught.value.message.startswith("No microphone was found.")
    with pytest.raises((NoMicrophone, MicrophoneUnavailable)):
        VideoRecorder(VideoFile(video_file), microphone=0).start()


def test_preview_on_its_own(short_video: Path) -> None:
    """A camera feed without recording (the preview before one): frames come mirrored at
    25 a second, in real time; a blur chosen meanwhile applies from then on; at the end of
    the camera's video the feed reports the camera gone, once, and closes it."""
    from voiceapp.core.recording import BACKGROUND, CameraDevice, CameraFeed, cameras

    from .video_source import CORNER, laplacian_variance

    assert all(isinstance(c, CameraDevice) for c in cameras())
    preview = Frames()
    lost = threading.Event()
    feed = CameraFeed(open_camera(VideoFile(short_video)), on_frame=preview, on_lost=lost.set)
    feed.start()
    assert lost.wait(15)
    assert feed.frames == 100
    duration = preview.moments[-1] - preview.moments[0]
    assert abs(duration - 99 / 25) < 0.2, "played in real time"
    assert preview.last is not None
    camera_way = preview.last[:, ::-1, ::-1]  # unmirrored, BGR
    assert frame_number(camera_way) == 99
    sharp = laplacian_variance(camera_way[CORNER])

    preview = Frames()
    lost.clear()
    feed = CameraFeed(open_camera(VideoFile(short_video)), on_frame=preview, on_lost=lost.set)
    feed.start()
    feed.set_blur(BACKGROUND)
    assert lost.wait(15)
    assert preview.last is not None
    assert laplacian_variance(preview.last[:, ::-1, ::-1][CORNER]) < 0.05 * sharp
    feed.stop()


def test_stopped_preview_releases_the_camera(video_file: Path) -> None:
    """Stopping a preview ends its thread and closes the camera, without reporting it lost."""
    from voiceapp.core.recording import CameraFeed

    preview = Frames()
    lost = threading.Event()
    feed = CameraFeed(open_camera(VideoFile(video_file)), on_frame=preview, on_lost=lost.set)
    feed.start()
    deadline = time.monotonic() + 10
    while len(preview.moments) < 5 and time.monotonic() < deadline:
        threading.Event().wait(0.02)  # waiting for another thread's frames
    feed.stop()
    count = feed.frames
    assert count >= 5 and not lost.is_set()
    assert feed._camera.read() is None, "the camera is closed"
    assert feed.frames == count
