"""Cameras, through OpenCV's ``cv2.VideoCapture``; never imports Qt.

A camera is chosen by its index (0 is the first one), or a video file stands
in for it (that is how the tests, and the benchmark, feed one: no camera can
be faked on a machine without one). A file plays at its own frame rate, in
real time, like a camera; at its end the "camera" is gone, unless it loops.

- ``open_camera``: a ``Camera``, giving frames of the size asked for (cropped
  to its shape and scaled), each with the moment it was captured, or
  ``NoCamera`` when there is none or it will not open
- ``cameras``: the cameras there are, as far as the system says without
  opening them
- ``CameraFeed``: a thread that reads a camera, applies the privacy blur and
  hands each frame on: to the recorder, and, mirrored, to the preview
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from ..errors import NoCamera
from .privacy import Blur

Frame = npt.NDArray[np.uint8]  # height x width x 3

FAILED_READS = 10  # a camera that fails this many reads in a row has gone
OPEN_TRIES = 3  # a camera can take a moment to start giving frames


@dataclass(frozen=True)
class VideoFile:
    """A video file standing in for a camera (tests, benchmarks)."""

    path: Path
    loop: bool = False  # play again from the start at the end, instead of "the camera went"


CameraSource = int | str | os.PathLike[str] | VideoFile


@dataclass(frozen=True)
class CameraDevice:
    index: int
    name: str


def cameras() -> list[CameraDevice]:
    """The cameras the system lists (on Linux, without opening them; elsewhere, the
    first one if it opens). An empty list means there is none to choose."""
    if sys.platform.startswith("linux"):
        found = []
        for folder in sorted(Path("/sys/class/video4linux").glob("video*")):
            try:
                index = int(folder.name.removeprefix("video"))
                name = (folder / "name").read_text().strip()
                caps = (folder / "index").read_text().strip()
            except (OSError, ValueError):
                continue
            if caps == "0":  # a device's second node is for metadata, not pictures
                found.append(CameraDevice(index, name or f"Camera {index + 1}"))
        return found
    try:
        open_camera(0).close()
    except NoCamera:
        return []
    return [CameraDevice(0, "Camera 1")]


def _bgr(frame: Any) -> Frame:
    """Three-channel BGR, whatever the camera gave (grey, or with alpha)."""
    if frame.ndim == 2:
        frame = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    elif frame.shape[2] == 4:
        frame = cv2.cvtColor(frame, cv2.COLOR_BGRA2BGR)
    return np.asarray(frame, dtype=np.uint8)


def _fit(frame: Frame, width: int, height: int) -> Frame:
    """Crop to the shape asked for (from the middle), then scale to the size."""
    h, w = frame.shape[:2]
    if (w, h) == (width, height):
        return frame
    if w * height > h * width:  # too wide: crop the sides
        keep = h * width // height
        frame = frame[:, (w - keep) // 2 : (w - keep) // 2 + keep]
    elif w * height < h * width:  # too tall: crop top and bottom
        keep = w * height // width
        frame = frame[(h - keep) // 2 : (h - keep) // 2 + keep]
    shrinking = frame.shape[1] > width
    interpolation = cv2.INTER_AREA if shrinking else cv2.INTER_LINEAR
    return np.asarray(cv2.resize(frame, (width, height), interpolation=interpolation))


class Camera:
    """An open camera (or video file). ``read`` blocks until the next frame.

    Not thread-safe: one thread reads, and the same thread should close.
    """

    def __init__(self, capture: Any, width: int, height: int, paced: bool, loop: bool) -> None:
        self._capture = capture
        self.width = width
        self.height = height
        fps = float(capture.get(cv2.CAP_PROP_FPS) or 0.0)
        self.fps = fps if 1.0 <= fps <= 120.0 else 25.0
        self._paced = paced
        self._loop = loop
        self._shown = 0  # frames of a file handed out since ``_clock``
        self._clock: float | None = None

    def read(self) -> tuple[Frame, float] | None:
        """The next frame (BGR, the size asked for) and its capture moment (monotonic
        seconds), or None when the camera has gone (unplugged; a file's end)."""
        if self._capture is None:
            return None
        failures = 0
        rewound = False
        while True:
            ok, frame = self._capture.read()
            if ok and frame is not None and frame.size:
                frame = _bgr(frame)
                break
            if self._paced and self._loop and self._shown and not rewound:
                self._capture.set(cv2.CAP_PROP_POS_FRAMES, 0)  # play it again
                rewound = True
                continue
            failures += 1
            if self._paced or failures >= FAILED_READS:
                return None
        if self._paced:
            # a file gives its frames as fast as it can decode: hold each until its moment
            now = time.monotonic()
            if self._clock is None or now - (self._clock + self._shown / self.fps) > 0.5:
                self._clock, self._shown = now, 0  # the first frame, or far behind
            due = self._clock + self._shown / self.fps
            if due > now:
                time.sleep(due - now)
            self._shown += 1
        captured = time.monotonic()
        return _fit(frame, self.width, self.height), captured

    def close(self) -> None:
        capture, self._capture = self._capture, None
        if capture is not None:
            capture.release()

    def __enter__(self) -> Camera:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_camera(source: CameraSource = 0, width: int = 640, height: int = 480) -> Camera:
    """Open a camera by index, or a video file standing in for one.

    ``NoCamera`` when there is no such camera or file, it will not open, or it
    gives no picture.
    """
    if isinstance(source, bool) or not isinstance(source, int | str | os.PathLike | VideoFile):
        raise TypeError("a camera is an index or a video file")
    if isinstance(source, int):
        if source < 0:
            raise NoCamera(f"no camera {source}")
        capture = cv2.VideoCapture(source)
        if capture.isOpened():
            # ask for the size wanted (and MJPG, which most webcams need for 25 fps at it)
            capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
            capture.set(cv2.CAP_PROP_FPS, 25)
        camera = Camera(capture, width, height, paced=False, loop=False)
        what = f"camera {source}"
    else:
        video = source if isinstance(source, VideoFile) else VideoFile(Path(source))
        if not Path(video.path).is_file():
            raise NoCamera("no such video file")
        capture = cv2.VideoCapture(str(video.path))
        camera = Camera(capture, width, height, paced=True, loop=video.loop)
        what = "the video file"
    if not capture.isOpened():
        capture.release()
        raise NoCamera(f"{what} does not open")
    # A camera that opens but gives no picture (in use elsewhere, or not a camera at all)
    # is as good as none. Try its first frame; the recording will start with the next.
    for _ in range(OPEN_TRIES):
        ok, _frame = capture.read()
        if ok:
            if camera._paced:
                capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
            return camera
    capture.release()
    raise NoCamera(f"{what} gives no picture")


def mirrored_rgb(frame: Frame) -> Frame:
    """A BGR frame as the preview shows it: RGB, flipped left to right (like a mirror)."""
    return np.ascontiguousarray(cv2.cvtColor(frame[:, ::-1], cv2.COLOR_BGR2RGB))


class CameraFeed:
    """Reads a camera on a thread of its own, until ``stop`` or the camera goes.

        For each frame (blurred first, if a blur was chosen: ``"background"``,
    ``"face"``, or a ``privacy.Blur``; ``set_blur`` changes it while it runs):

        - ``on_capture(frame, moment)``: the BGR frame as recorded (not mirrored)
        - ``on_frame(rgb)``: a copy for the preview, RGB and mirrored
        - ``on_lost()``: once, if the camera went (not after ``stop``)

        All are called on the feed's thread. Used by ``VideoRecorder``; on its own,
        it is a preview (say, before recording starts).
    """

    def __init__(
        self,
        camera: Camera,
        *,
        blur: str | Blur | None = None,
        on_capture: Callable[[Frame, float], None] | None = None,
        on_frame: Callable[[Frame], None] | None = None,
        on_lost: Callable[[], None] | None = None,
    ) -> None:
        self._camera = camera
        self._blur = Blur(blur) if isinstance(blur, str) else blur
        self.on_capture = on_capture
        self.on_frame = on_frame
        self.on_lost = on_lost
        self._stop = threading.Event()
        self.lost = threading.Event()
        self.frames = 0
        self._thread = threading.Thread(target=self._run, name="camera-feed", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def set_blur(self, blur: str | Blur | None) -> None:
        """Change the blur from the next frame on (any thread)."""
        self._blur = Blur(blur) if isinstance(blur, str) else blur

    def stop(self, timeout: float = 5.0) -> None:
        """Stop reading and close the camera (waits for the feed's thread)."""
        self._stop.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                got = self._camera.read()
                if got is None:
                    if not self._stop.is_set():
                        self.lost.set()
                        if self.on_lost is not None:
                            self.on_lost()
                    break
                frame, moment = got
                blur = self._blur
                if blur is not None:
                    frame = blur.apply(frame, moment)
                self.frames += 1
                if self.on_capture is not None:
                    self.on_capture(frame, moment)
                if self.on_frame is not None:
                    self.on_frame(mirrored_rgb(frame))
        finally:
            self._camera.close()
