"""Record a video: camera + microphone → VP9 and Opus in WebM, in memory.

``VideoRecorder`` works like ``VoiceRecorder`` and gives the same ``Recording``
(its ``data`` is a WebM file). It reads the camera on a thread of its own
(see ``camera.CameraFeed``), the microphone through a ``sounddevice``
``InputStream`` (48 kHz, mono, 16-bit, the same device choice as voice), and
encodes both on a worker thread. Callbacks (called on those worker threads;
the UI turns them into signals):

- ``on_frame(rgb)``: each camera frame for the preview (25 a second), a
  height x width x 3 ``uint8`` RGB array, mirrored like a mirror and blurred
  like the recording (the recording itself is not mirrored); on the camera's
  thread, also while paused
- ``on_level(rms, peak)``: 0.0–1.0, for each block of sound (25 a second)
- ``on_progress(seconds)``: recorded length so far (pauses not counted)
- ``on_warning(seconds_left)``: once, ``warn_before`` seconds before the limit
- ``on_finished(recording)``: once, however it ended (stop, limit, lost camera
  or microphone)
- ``on_error(exception)``: instead of ``on_finished``, if recording itself failed

The recording starts when both the camera and the microphone are giving
their first frames. Its timeline is the microphone's: sound is timed by its
sample count, anchored to the moment of its first block; each video frame by
the moment it was captured, on the same clock. Frames are repeated or dropped
to keep exactly 25 a second, so sound and picture stay together.

With a ``SegmentStore`` the WebM made so far is also saved, encrypted, twice a
second (as for voice), so a crash loses at most the last two seconds;
``SegmentStore.rebuild`` makes a playable video of what was saved.
"""

from __future__ import annotations

import math
import queue
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from ..errors import MicrophoneUnavailable, NoCamera
from . import devices, webm
from .camera import CameraFeed, CameraSource, Frame, open_camera
from .privacy import Blur
from .segments import SegmentStore, SegmentWriter
from .take import (
    DEFAULT_MAX_SECONDS,
    DEFAULT_WARN_BEFORE,
    DEVICE_LOST,
    FINISHED,
    MAX_LENGTH,
    SAMPLE_RATE,
    SEGMENT_SECONDS,
    SILENCE_TIMEOUT,
    START_TIMEOUT,
    STOP_GRACE,
    STOPPED,
    Recording,
    Take,
)

FPS = webm.FPS
VGA = (640, 480)
HD = (1280, 720)
CAMERA_TIMEOUT = 2.0  # no picture this long: the camera has gone
MAX_QUEUED_FRAMES = 2 * FPS  # frames waiting for the encoder beyond this are dropped


class VideoRecorder(Take):
    def __init__(
        self,
        camera: CameraSource = 0,
        microphone: int | None = None,
        *,
        size: tuple[int, int] = VGA,
        blur: str | None = None,
        store: SegmentStore | None = None,
        max_seconds: float = DEFAULT_MAX_SECONDS,
        warn_before: float = DEFAULT_WARN_BEFORE,
        video_bitrate: int | None = None,
        audio_bitrate: int = webm.AUDIO_BITRATE,
        on_frame: Callable[[Frame], None] | None = None,
        on_level: Callable[[float, float], None] | None = None,
        on_progress: Callable[[float], None] | None = None,
        on_warning: Callable[[float], None] | None = None,
        on_finished: Callable[[Recording], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        width, height = size
        if width <= 0 or height <= 0 or width % 2 or height % 2:
            raise ValueError("the size must be even and positive")
        if blur is not None:
            Blur(blur)  # checks the mode (and that the face detector is there) now
        super().__init__(
            store=store,
            max_seconds=max_seconds,
            warn_before=warn_before,
            on_level=on_level,
            on_progress=on_progress,
            on_warning=on_warning,
            on_finished=on_finished,
            on_error=on_error,
        )
        self._camera_source = camera
        self._microphone = microphone
        self._size = (width, height)
        self._blur = blur
        self._video_bitrate = video_bitrate
        self._audio_bitrate = audio_bitrate
        self.on_frame = on_frame
        self._items: queue.Queue[tuple[str, float, Any]] = queue.Queue()
        self._queued_frames = 0  # frames the camera's thread queued, less those taken
        self._queue_lock = threading.Lock()
        self._dropped = 0
        self._feed: CameraFeed | None = None
        self._frames = 0

    # -- state ------------------------------------------------------------------

    @property
    def size(self) -> tuple[int, int]:
        return self._size

    @property
    def dropped_frames(self) -> int:
        """Camera frames the encoder could not keep up with (repeated frames stand in)."""
        return self._dropped

    # -- control ----------------------------------------------------------------

    def start(self) -> None:
        """Open the camera and the microphone and start recording.

        ``NoCamera`` when there is no camera (or it will not open);
        ``NoMicrophone`` when there is no microphone; ``MicrophoneUnavailable``
        when it will not open. Nothing stays open after any of them.
        """
        self._check_unused()
        width, height = self._size
        camera = open_camera(self._camera_source, width, height)
        try:
            stream = self._microphone_stream(self._microphone)
        except BaseException:
            camera.close()
            raise
        encoder = webm.WebMEncoder(
            width,
            height,
            fps=FPS,
            video_bitrate=self._video_bitrate,
            audio_bitrate=self._audio_bitrate,
        )
        writer = self._store.begin("video") if self._store is not None else None
        feed = CameraFeed(
            camera,
            blur=self._blur,
            on_capture=self._captured,
            on_frame=self._preview,
            on_lost=lambda: self._items.put(("lost", time.monotonic(), None)),
        )
        try:
            self._start_microphone(stream, writer)
        except MicrophoneUnavailable:
            camera.close()
            raise
        self._feed = feed
        feed.start()
        self._begin(partial(self._work, encoder, writer), "video-recorder")

    def stop(self, timeout: float | None = 15.0) -> Recording:
        """Finish and return the recording; the picture from before the stop is kept
        too (a video takes a little longer to finish than a voice)."""
        return super().stop(timeout)

    # -- PortAudio's thread and the camera's -------------------------------------

    def _callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        if status.input_overflow:
            self._overflows += 1
        self._items.put(("audio", time.monotonic(), indata[:, 0].copy()))

    def _captured(self, frame: Frame, moment: float) -> None:
        if self._state == FINISHED:
            return
        with self._queue_lock:
            if self._queued_frames >= MAX_QUEUED_FRAMES:  # the encoder is behind: skip one
                self._dropped += 1
                return
            self._queued_frames += 1
        yuv = np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGR2YUV_I420), dtype=np.uint8)
        self._items.put(("video", moment, yuv))

    def _preview(self, rgb: Frame) -> None:
        if self.on_frame is not None:
            self.on_frame(rgb)

    # -- the worker thread ----------------------------------------------------------
    #
    # Pause, resume and stop are moments on the monotonic clock. Each sound sample's
    # moment comes from its position in the stream and the least late block seen so far
    # (as for voice); each frame's from when the camera gave it. The recording starts at
    # ``begin``, the first moment both devices were giving frames; a moment's place in
    # the recording is its distance from ``begin`` less the pauses before it.

    def _paused_before(self, begin: float, moment: float) -> float | None:
        """Seconds paused between ``begin`` and ``moment``; None if paused at ``moment``."""
        total = 0.0
        with self._clock_lock:
            pauses = list(self._pauses)
        for a, b in pauses:
            if a <= moment < b:
                return None
            if b <= moment:
                total += max(0.0, b - max(a, begin))
        return total

    def _work(self, encoder: webm.WebMEncoder, writer: SegmentWriter | None) -> None:
        ended = STOPPED
        pieces: list[bytes] = []
        pending: list[bytes] = []
        seen = 0  # samples the microphone gave, kept or not
        origin = math.inf  # the monotonic moment of sample 0 (least late estimate)
        sound_blocks: list[tuple[int, Any]] = []  # before ``begin`` is known
        first_frame_at: float | None = None
        begin: float | None = None
        frame: npt.NDArray[np.uint8] | None = None  # the latest frame, for repeats
        started = last_flush = last_audio = last_video = time.monotonic()
        camera_lost = False
        video_done = False  # a frame from after the stop has come
        stop_deadline: float | None = None
        max_frames = round(self._max_samples / SAMPLE_RATE * FPS)

        def put(data: bytes) -> None:
            if data:
                pieces.append(data)
                pending.append(data)

        def fill_to(slot: int, image: npt.NDArray[np.uint8]) -> None:
            """Frames up to and including ``slot`` of the recording: repeat ``image``."""
            while encoder.frames <= min(slot, max_frames - 1):
                put(encoder.add_video(image))
            self._frames = encoder.frames

        def add_sound(first: int, block: Any, stop_at: float | None) -> bool:
            """Encode what to keep of a block; True when the limit is reached."""
            assert begin is not None
            kept = self._keep(block, first, origin, stop_at, begin)
            kept = kept[: self._max_samples - encoder.samples]
            if not len(kept):
                return False
            self._level(kept)
            put(encoder.add_audio(kept))
            return self._counted(encoder.samples)

        try:
            while True:
                try:
                    kind, arrived, item = self._items.get(timeout=0.1)
                except queue.Empty:
                    kind, arrived, item = "", 0.0, None
                now = time.monotonic()
                stop_at = self._stop_at
                limit = False
                if kind == "audio":
                    last_audio = now
                    first = seen
                    seen += len(item)
                    origin = min(origin, arrived - seen / SAMPLE_RATE)
                    if begin is None:
                        sound_blocks.append((first, item))
                    else:
                        limit = add_sound(first, item, stop_at)
                elif kind == "video":
                    with self._queue_lock:
                        self._queued_frames -= 1
                    last_video = now
                    if first_frame_at is None:
                        first_frame_at = arrived
                    if stop_at is not None and arrived >= stop_at:
                        video_done = True
                    elif begin is None or arrived < begin:
                        frame = item  # the picture at the start, until the next one
                    else:
                        paused = self._paused_before(begin, arrived)
                        if paused is not None:
                            if frame is None:
                                frame = item
                            slot = round((arrived - begin - paused) * FPS)
                            if slot >= encoder.frames:
                                fill_to(slot - 1, frame)
                                fill_to(slot, item)
                            frame = item
                elif kind == "lost":
                    camera_lost = True
                if begin is None and sound_blocks and first_frame_at is not None:
                    # both devices are giving frames: the recording starts now
                    begin = max(origin + sound_blocks[0][0] / SAMPLE_RATE, first_frame_at)
                    for first, block in sound_blocks:
                        limit = add_sound(first, block, stop_at) or limit
                    sound_blocks.clear()
                if limit:
                    ended = MAX_LENGTH
                    break
                if camera_lost:
                    ended = STOPPED if stop_at is not None else DEVICE_LOST
                    break
                if begin is None:
                    if now - started > START_TIMEOUT:
                        if first_frame_at is None:
                            raise NoCamera("the camera gave no picture")
                        raise self._nothing_heard(writer)
                else:
                    if now - last_video > CAMERA_TIMEOUT:
                        ended = STOPPED if stop_at is not None else DEVICE_LOST
                        break
                    if self._stream_done.is_set() or now - last_audio > SILENCE_TIMEOUT:
                        ended = STOPPED if stop_at is not None else DEVICE_LOST
                        break
                if stop_at is not None:
                    sound_done = origin + seen / SAMPLE_RATE >= stop_at
                    if begin is not None and sound_done and (video_done or camera_lost):
                        break  # all the sound and picture from before the stop are in
                    stop_deadline = stop_deadline or now + STOP_GRACE
                    if now >= stop_deadline:
                        break
                if writer is not None and now - last_flush >= SEGMENT_SECONDS:
                    writer = self._save(writer, b"".join(pending))
                    pending.clear()
                    last_flush = now
            self._close_devices()
            if frame is None:
                raise NoCamera("the camera gave no picture")
            if begin is None:
                raise self._nothing_heard(writer)
            # the picture lasts as long as the sound: repeat the last frame to the end
            fill_to(round(encoder.samples / SAMPLE_RATE * FPS) - 1, frame)
            put(encoder.finish())
            if writer is not None:
                self._save(writer, b"".join(pending), final=True)
            data = webm.finalize(b"".join(pieces))
            self._made(data, encoder.samples / SAMPLE_RATE, ended, writer)
        except BaseException as exc:  # reported by stop(); the segments stay for recovery
            self._error = exc
            self._close_devices()
        finally:
            self._state = FINISHED
            self.finished.set()
        self._report()

    def _close_devices(self) -> None:
        feed, self._feed = self._feed, None
        if feed is not None:
            feed.stop()
        stream, self._stream = self._stream, None
        if stream is not None:
            devices.close_stream(stream, "video-recorder-close")
