"""Test videos that stand in for a camera, and ways to read back what was recorded.

No camera can be faked on these machines, so the video recorder also takes a
video file as its camera (played in real time). The files made here are
test patterns, never anyone's recording:

- a sharp checkerboard scrolling sideways (the background: lots of detail,
  so a blur is easy to measure)
- a drawn face in the middle, which OpenCV's Haar face cascade finds
- a red block in the top left corner (so mirroring shows)
- the frame's number as 10 black or white cells along the bottom
"""

from __future__ import annotations

import io
from pathlib import Path

import av
import cv2
import numpy as np

FPS = 25
CELL = 32  # one bit of the frame number: a CELL x CELL square
BITS = 10
CODE_X, CODE_Y = 16, 440
MARKER = (slice(10, 70), slice(10, 90))  # rows, columns of the red block (640x480)
FACE_BOX = (216, 120, 208, 210)  # x, y, w, h: where the drawn face is
CORNER = (slice(0, 110), slice(520, 640))  # top right: background only


def draw_face(img: np.ndarray, cx: int = 320, cy: int = 220) -> None:
    """A cartoon face the frontal-face Haar cascade detects (skin, hair, eyes, mouth)."""
    cv2.ellipse(img, (cx, cy), (80, 105), 0, 0, 360, (140, 170, 215), -1)
    cv2.ellipse(img, (cx, cy - 60), (85, 55), 0, 180, 360, (30, 30, 40), -1)
    for dx in (-1, 1):
        ex, ey = cx + dx * 32, cy - 15
        cv2.ellipse(img, (ex, ey - 18), (20, 5), 0, 0, 360, (40, 40, 50), -1)
        cv2.ellipse(img, (ex, ey), (16, 8), 0, 0, 360, (60, 60, 70), -1)
        cv2.circle(img, (ex, ey), 5, (10, 10, 10), -1)
    cv2.line(img, (cx - 8, cy + 25), (cx + 8, cy + 25), (90, 110, 150), 4)
    cv2.ellipse(img, (cx, cy + 55), (28, 9), 0, 0, 360, (60, 60, 140), -1)


def pattern(n: int, width: int = 640, height: int = 480) -> np.ndarray:
    """Frame ``n`` of the test video (BGR)."""
    yy, xx = np.mgrid[0:height, 0:width]
    checker = (((xx + 3 * n) // 12 + yy // 12) % 2).astype(np.uint8)
    img = np.empty((height, width, 3), np.uint8)
    img[..., 0] = 60 + 150 * checker
    img[..., 1] = 90 + 110 * checker
    img[..., 2] = 200 - 120 * checker
    draw_face(img)
    img[MARKER] = (0, 0, 255)
    cv2.rectangle(
        img, (CODE_X - 4, CODE_Y - 4), (CODE_X + BITS * CELL + 3, CODE_Y + CELL + 3), (128,) * 3, -1
    )
    for bit in range(BITS):
        on = (n >> bit) & 1
        x = CODE_X + bit * CELL
        img[CODE_Y : CODE_Y + CELL, x : x + CELL] = 255 if on else 0
    return img


def frame_number(bgr_or_rgb: np.ndarray) -> int:
    """The number drawn on a (recorded, not mirrored) frame."""
    grey = bgr_or_rgb.mean(axis=2)
    n = 0
    for bit in range(BITS):
        x = CODE_X + bit * CELL
        cell = grey[CODE_Y + 6 : CODE_Y + CELL - 6, x + 6 : x + CELL - 6]
        if cell.mean() > 128:
            n |= 1 << bit
    return n


def make_video(path: Path, seconds: float, width: int = 640, height: int = 480) -> Path:
    """Write the test pattern as a Motion-JPEG AVI (quick to write and to read)."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), FPS, (width, height))
    if not writer.isOpened():
        raise RuntimeError("OpenCV cannot write MJPG AVI files here")
    try:
        for n in range(round(seconds * FPS)):
            writer.write(pattern(n, width, height))
    finally:
        writer.release()
    return path


def laplacian_variance(bgr: np.ndarray) -> float:
    """How much fine detail there is (high: sharp; low: blurred)."""
    grey = cv2.cvtColor(np.ascontiguousarray(bgr), cv2.COLOR_BGR2GRAY)
    return float(cv2.Laplacian(grey, cv2.CV_64F).var())


def decode_video(data: bytes) -> tuple[list[np.ndarray], list[float]]:
    """Every frame of a WebM (BGR) and its time in seconds."""
    frames, times = [], []
    with av.open(io.BytesIO(data)) as container:
        for frame in container.decode(video=0):
            frames.append(frame.to_ndarray(format="bgr24"))
            times.append(float(frame.time or 0.0))
    return frames, times


def stream_starts(data: bytes) -> dict[str, float]:
    """The time of the first decoded frame of each stream."""
    starts: dict[str, float] = {}
    with av.open(io.BytesIO(data)) as container:
        for frame in container.decode(video=0, audio=0):
            kind = "video" if isinstance(frame, av.VideoFrame) else "audio"
            if kind not in starts:
                starts[kind] = float(frame.time or 0.0)
            if len(starts) == 2:
                break
    return starts


def seekable_duration(data: bytes, seek_to: float) -> tuple[float, float]:
    """The duration a player reads from the file's header, and the time of the first
    video frame after seeking to ``seek_to`` seconds (as a player's slider does)."""
    with av.open(io.BytesIO(data)) as container:
        duration = (container.duration or 0) / av.time_base
        stream = container.streams.video[0]
        container.seek(round(seek_to / stream.time_base), stream=stream)
        frame = next(container.decode(stream))
        return duration, float(frame.time or 0.0)
