"""The privacy blur (OpenCV's Haar face cascade on a drawn face): what it softens, what it
keeps, what it does when it finds no face, and that recordings and previews get it."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

from voiceapp.core.recording import BACKGROUND, FACE, VideoFile, VideoRecorder
from voiceapp.core.recording.privacy import HOLD, Blur

from .conftest import Progress, Pulse
from .video_source import CORNER, FACE_BOX, decode_video, laplacian_variance, make_video, pattern

x, y, w, h = FACE_BOX
INSIDE_FACE = (slice(y + 40, y + h - 40), slice(x + 30, x + w - 30))  # eyes, nose, mouth


def _run(blur: Blur, frames: list[np.ndarray], start: float = 0.0) -> list[np.ndarray]:
    """Blur a run of frames as a camera at 25 fps would give them."""
    return [blur.apply(f, start + i / 25) for i, f in enumerate(frames)]


def test_background_blur_softens_all_but_the_person() -> None:
    """With the background blurred, the face is found where it is drawn, the background
    away from it keeps under 2 % of its fine detail (Laplacian variance), and the face
    keeps at least 90 % of its own."""
    frames = [pattern(n) for n in range(10)]
    out = _run(Blur(BACKGROUND), frames)[-1]
    before, after = frames[-1], out
    corner = laplacian_variance(after[CORNER]) / laplacian_variance(before[CORNER])
    face = laplacian_variance(after[INSIDE_FACE]) / laplacian_variance(before[INSIDE_FACE])
    print(f"background keeps {corner:.4f} of its detail, the face {face:.3f}")
    assert corner < 0.02
    assert face > 0.9
    assert np.abs(after[CORNER].astype(int) - before[CORNER]).mean() > 20, "it changed"


def test_face_blur_softens_the_face_only() -> None:
    """With the face blurred, the face keeps under 5 % of its fine detail, and the
    background away from it is untouched."""
    frames = [pattern(n) for n in range(10)]
    blur = Blur(FACE)
    out = _run(blur, frames)[-1]
    assert blur.face is not None
    fx, fy, fw, _ = blur.face
    assert abs(fx - x) < 25 and abs(fy - y) < 30 and abs(fw - w) < 40
    face = laplacian_variance(out[INSIDE_FACE]) / laplacian_variance(frames[-1][INSIDE_FACE])
    print(f"the face keeps {face:.4f} of its detail")
    assert face < 0.05
    assert np.array_equal(out[CORNER], frames[-1][CORNER])


def test_without_a_face_everything_is_blurred() -> None:
    """A blur chosen must not fall away when the face is not found: with no face in the
    picture (from the start, or for longer than a moment after it was seen), both modes
    blur the whole frame."""
    face_frames = [pattern(n) for n in range(5)]
    no_face = [f.copy() for f in face_frames]
    for f in no_face:
        f[100:350, 200:440] = pattern(0)[0:250, 200:440][::-1]  # the face hidden by the checker
    for mode in (BACKGROUND, FACE):
        blur = Blur(mode)
        first = _run(blur, no_face)[-1]
        assert blur.face is None
        assert laplacian_variance(first) < 0.02 * laplacian_variance(no_face[-1])
        _run(blur, face_frames, start=1.0)
        assert blur.face is not None
        # the face goes: for a moment its place is kept, then the whole frame is blurred
        later = _run(blur, no_face * 10, start=1.2)
        assert blur.face is None
        assert len(later) / 25 > HOLD
        assert laplacian_variance(later[-1]) < 0.02 * laplacian_variance(no_face[-1])


def test_unknown_blur_is_refused() -> None:
    """Only the two blurs (or none) can be chosen."""
    with pytest.raises(ValueError):
        Blur("everything")
    with pytest.raises(ValueError):
        VideoRecorder(0, blur="everything")


@pytest.fixture(scope="module")
def video_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 6 s test video (a face on a sharp, scrolling checkerboard) as the camera."""
    return make_video(tmp_path_factory.mktemp("camera") / "camera.avi", 6.0)


def test_recording_and_preview_have_the_blur(pulse: Pulse, video_file: Path) -> None:
    """Recording with the background blurred: in the recorded video (after VP9) and in the
    mirrored preview the background keeps under 10 % of the camera's fine detail and the
    face over 30 %, and the recorded frames differ from the camera's there."""
    if shutil.which("pulseaudio") is None:
        pytest.fail("pulseaudio is not installed (bash scripts/setup.sh test)")
    progress = Progress()
    lock = threading.Lock()
    previews: list[np.ndarray] = []

    def keep(rgb: np.ndarray) -> None:
        with lock:
            previews.append(rgb)

    recorder = VideoRecorder(
        VideoFile(video_file), blur=BACKGROUND, on_progress=progress, on_frame=keep
    )
    recorder.start()
    progress.wait_for(1.5)
    rec = recorder.stop()
    frames, _ = decode_video(rec.data)
    camera = pattern(0)
    sharp_corner = laplacian_variance(camera[CORNER])
    sharp_face = laplacian_variance(camera[INSIDE_FACE])
    for frame in frames[5::10]:
        corner = laplacian_variance(frame[CORNER]) / sharp_corner
        face = laplacian_variance(frame[INSIDE_FACE]) / sharp_face
        print(f"recorded: background {corner:.4f}, face {face:.3f}")
        assert corner < 0.1 and face > 0.3
        assert np.abs(frame[CORNER].astype(int) - camera[CORNER]).mean() > 20
    with lock:
        preview = previews[-1][:, ::-1, ::-1]  # back to the camera's way round, as BGR
    assert laplacian_variance(preview[CORNER]) / sharp_corner < 0.1
    assert laplacian_variance(preview[INSIDE_FACE]) / sharp_face > 0.3
