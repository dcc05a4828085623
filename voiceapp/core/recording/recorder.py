"""Record the young person's voice: microphone → Opus in Ogg, in memory.

``VoiceRecorder`` opens a ``sounddevice.InputStream`` (48 kHz, mono, 16-bit)
and encodes on a worker thread of its own. Callbacks (all called on that
worker thread; the UI turns them into signals):

- ``on_level(rms, peak)``: 0.0–1.0, for each block (25 a second)
- ``on_progress(seconds)``: recorded length so far (pauses not counted)
- ``on_warning(seconds_left)``: once, ``warn_before`` seconds before the limit
- ``on_finished(recording)``: once, however it ended (stop, limit, lost device)
- ``on_error(exception)``: instead of ``on_finished``, if encoding itself failed

With a ``SegmentStore`` the Ogg pages are also saved, encrypted, twice a
second (see ``segments``), so a crash loses at most the last two seconds.
If the disk refuses a segment (full, removed), recording goes on in memory
and the result says it was not crash-safe.
"""

from __future__ import annotations

import math
import queue
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from . import devices, opus
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

__all__ = ["DEVICE_LOST", "MAX_LENGTH", "STOPPED", "Recording", "VoiceRecorder"]


class VoiceRecorder(Take):
    def __init__(
        self,
        device: int | None = None,
        *,
        store: SegmentStore | None = None,
        max_seconds: float = DEFAULT_MAX_SECONDS,
        warn_before: float = DEFAULT_WARN_BEFORE,
        bitrate: int = opus.DEFAULT_BITRATE,
        on_level: Callable[[float, float], None] | None = None,
        on_progress: Callable[[float], None] | None = None,
        on_warning: Callable[[float], None] | None = None,
        on_finished: Callable[[Recording], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
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
        self._device = device
        self._bitrate = bitrate
        self._blocks: queue.Queue[Any] = queue.Queue()

    def start(self) -> None:
        """Open the microphone and start recording.

        ``NoMicrophone`` when there is none; ``MicrophoneUnavailable`` when it
        will not open.
        """
        self._check_unused()
        stream = self._microphone_stream(self._device)
        encoder = opus.OggOpusEncoder(self._bitrate)
        writer = self._store.begin("audio") if self._store is not None else None
        self._start_microphone(stream, writer)
        self._begin(partial(self._work, encoder, writer), "voice-recorder")

    # -- PortAudio's thread -------------------------------------------------------

    def _callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        if status.input_overflow:
            self._overflows += 1
        self._blocks.put((time.monotonic(), indata[:, 0].copy()))

    # -- the worker thread (what to keep of each block: see Take._keep) ---------------

    def _work(self, encoder: opus.OggOpusEncoder, writer: SegmentWriter | None) -> None:
        ended = STOPPED
        pieces: list[bytes] = []
        pending: list[bytes] = []
        seen = 0  # samples the microphone gave, kept or not
        origin = math.inf  # the monotonic moment of sample 0 (least late estimate)
        last_flush = last_audio = time.monotonic()
        stop_deadline: float | None = None
        try:
            while True:
                try:
                    arrived, block = self._blocks.get(timeout=0.1)
                except queue.Empty:
                    arrived, block = 0.0, None
                now = time.monotonic()
                stop_at = self._stop_at
                if block is None:
                    silence = SILENCE_TIMEOUT if seen else START_TIMEOUT
                    if self._stream_done.is_set() or now - last_audio > silence:
                        ended = STOPPED if stop_at is not None else DEVICE_LOST
                        break
                else:
                    last_audio = now
                    first = seen
                    seen += len(block)
                    origin = min(origin, arrived - seen / SAMPLE_RATE)
                    kept = self._keep(block, first, origin, stop_at)
                    kept = kept[: self._max_samples - encoder.samples]
                    if len(kept):
                        self._level(kept)
                        data = encoder.encode(kept)
                        pieces.append(data)
                        pending.append(data)
                        if self._counted(encoder.samples):
                            ended = MAX_LENGTH
                            break
                    if stop_at is not None and origin + seen / SAMPLE_RATE >= stop_at:
                        break  # all the sound from before the stop is in
                if stop_at is not None:
                    stop_deadline = stop_deadline or now + STOP_GRACE
                    if now >= stop_deadline:
                        break
                if writer is not None and now - last_flush >= SEGMENT_SECONDS:
                    writer = self._save(writer, b"".join(pending))
                    pending.clear()
                    last_flush = now
            self._close_stream()
            if seen == 0:
                raise self._nothing_heard(writer)
            tail = encoder.finish()
            pieces.append(tail)
            pending.append(tail)
            if writer is not None:
                self._save(writer, b"".join(pending), final=True)
            data = b"".join(pieces)
            self._made(data, opus.duration_of(data), ended, writer)
        except BaseException as exc:  # reported by stop(); the segments stay for recovery
            self._error = exc
            self._close_stream()
        finally:
            self._state = FINISHED
            self.finished.set()
        self._report()

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            devices.close_stream(stream, "voice-recorder-close")
