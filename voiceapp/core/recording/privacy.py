"""A privacy blur for video, chosen before recording: the background, or the face.

The face is found with the Haar cascade that ships with OpenCV
(``haarcascade_frontalface_default.xml``), a few times a second on a small
grey copy of the frame. The person is taken to be that face and the
upper body below it (wider than the face, down to the bottom of the picture).

- ``"background"``: everything outside the person is blurred
- ``"face"``: the face (with a margin) is blurred

When no face has been found for a moment (looking away, bad light), the
whole picture is blurred, in both modes: a blur the young person chose must
never silently fall away. The preview shows exactly what is recorded, so
they see it happen.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

BACKGROUND = "background"
FACE = "face"
MODES = (BACKGROUND, FACE)

DETECT_EVERY = 0.2  # seconds between looks for the face
HOLD = 1.0  # a face not seen for this long is taken to have gone
DETECT_WIDTH = 320  # the face is looked for in a copy this wide
SOFTEN = 16  # the blur: scaled down this many times, then up again

Frame = npt.NDArray[np.uint8]
Box = tuple[int, int, int, int]  # x, y, width, height


def _cascade() -> cv2.CascadeClassifier:
    folder: str = cv2.data.haarcascades  # type: ignore[attr-defined]
    path = Path(folder) / "haarcascade_frontalface_default.xml"
    cascade = cv2.CascadeClassifier(str(path))
    if cascade.empty():
        raise RuntimeError(f"OpenCV's face cascade is missing: {path}")
    return cascade


def soften(frame: Frame) -> Frame:
    """The whole frame, blurred beyond recognition (scaled down, smoothed, scaled up)."""
    h, w = frame.shape[:2]
    small = cv2.resize(
        frame, (max(1, w // SOFTEN), max(1, h // SOFTEN)), interpolation=cv2.INTER_AREA
    )
    small = cv2.GaussianBlur(small, (3, 3), 0)
    return np.asarray(cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR))


class Blur:
    """Applies one blur mode to a stream of frames (one thread: the camera's)."""

    def __init__(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"blur is one of {MODES} (or None)")
        self.mode = mode
        self._cascade = _cascade()
        self._box: Box | None = None  # the face, in frame pixels
        self._seen = -float("inf")  # when the face was last found
        self._looked = -float("inf")  # when it was last looked for
        self._weights: tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]] | None = None
        self._mask_key: tuple[Box, int, int] | None = None

    @property
    def face(self) -> Box | None:
        """Where the face is now (x, y, width, height), or None when it is not known."""
        return self._box

    def _detect(self, frame: Frame) -> Box | None:
        h, w = frame.shape[:2]
        scale = DETECT_WIDTH / w if w > DETECT_WIDTH else 1.0
        small = cv2.resize(
            frame, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA
        )
        grey = cv2.equalizeHist(cv2.cvtColor(small, cv2.COLOR_BGR2GRAY))
        side = max(24, grey.shape[0] // 10)
        found = self._cascade.detectMultiScale(
            grey, scaleFactor=1.15, minNeighbors=4, minSize=(side, side)
        )
        if len(found) == 0:
            return None
        x, y, bw, bh = max((tuple(int(v) for v in f) for f in found), key=lambda f: f[2] * f[3])
        return (round(x / scale), round(y / scale), round(bw / scale), round(bh / scale))

    def _track(self, frame: Frame, moment: float) -> None:
        if moment - self._looked >= DETECT_EVERY:
            self._looked = moment
            box = self._detect(frame)
            if box is not None:
                old = self._box
                if old is not None and moment - self._seen < HOLD:
                    # smooth small movements so the edge of the blur does not jitter
                    box = (
                        (old[0] + box[0]) // 2,
                        (old[1] + box[1]) // 2,
                        (old[2] + box[2]) // 2,
                        (old[3] + box[3]) // 2,
                    )
                self._box = box
                self._seen = moment
        if self._box is not None and moment - self._seen > HOLD:
            self._box = None

    def _weights_for(
        self, box: Box, w: int, h: int
    ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """Per pixel, how much of the sharp frame and of the blurred one to show."""
        if self._weights is not None and self._mask_key == (box, w, h):
            return self._weights
        x, y, bw, bh = box
        step = 8  # drawn small and scaled up: cheap, and the scaling feathers it
        mask: npt.NDArray[np.float32] = np.zeros((h // step + 1, w // step + 1), np.float32)
        if self.mode == BACKGROUND:
            # the person: the face and the upper body below it, down to the bottom
            left, right = x - 0.9 * bw, x + bw + 0.9 * bw
            top = y - 0.45 * bh
            cv2.ellipse(
                mask,
                (round((x + bw / 2) / step), round((y + bh / 2) / step)),
                (round(0.7 * bw / step), round(0.75 * bh / step)),
                0,
                0,
                360,
                1.0,
                -1,
            )
            cv2.rectangle(
                mask,
                (round(left / step), round((y + 0.8 * bh) / step)),
                (round(right / step), h // step + 1),
                1.0,
                -1,
            )
            cv2.rectangle(
                mask,
                (round((x - 0.1 * bw) / step), round(top / step)),
                (round((x + 1.1 * bw) / step), round((y + bh) / step)),
                1.0,
                -1,
            )
            mask = np.asarray(cv2.GaussianBlur(mask, (0, 0), 1.5), dtype=np.float32)
        else:
            mask[:] = 1.0
            cv2.ellipse(
                mask,
                (round((x + bw / 2) / step), round((y + bh / 2) / step)),
                (round(0.75 * bw / step), round(0.9 * bh / step)),
                0,
                0,
                360,
                0.0,
                -1,
            )
            # feather outwards only: the face itself stays fully blurred
            feathered = cv2.erode(cv2.GaussianBlur(mask, (0, 0), 1.0), np.ones((3, 3), np.uint8))
            mask = np.asarray(feathered, dtype=np.float32)
        weight = np.ascontiguousarray(
            cv2.resize(mask, (w, h), interpolation=cv2.INTER_LINEAR), dtype=np.float32
        )
        self._weights = (weight, np.ascontiguousarray(1.0 - weight, dtype=np.float32))
        self._mask_key = (box, w, h)
        return self._weights

    def apply(self, frame: Frame, moment: float) -> Frame:
        """The frame with the blur applied (a new array); ``moment`` in seconds, increasing."""
        self._track(frame, moment)
        soft = soften(frame)
        if self._box is None:
            return soft
        h, w = frame.shape[:2]
        sharp, blurred = self._weights_for(self._box, w, h)
        return np.asarray(cv2.blendLinear(frame, soft, sharp, blurred), dtype=np.uint8)
