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
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import MicrophoneUnavailable, NoMicrophone
from . import devices, opus
from .segments import SegmentStore, SegmentWriter

SAMPLE_RATE = opus.SAMPLE_RATE
BLOCK = SAMPLE_RATE // 25  # 40 ms per callback (two Opus frames)
DEFAULT_MAX_SECONDS = 600.0
DEFAULT_WARN_BEFORE = 30.0
SEGMENT_SECONDS = 0.5  # with pages every 0.25 s: about 0.8 s lost in a crash (1.5 s if busy)
SILENCE_TIMEOUT = 2.0  # no sound at all this long: the microphone has gone
STOP_GRACE = 1.0  # at most this long after stop() for the sound from before it

IDLE, RECORDING, PAUSED, FINISHED = "idle", "recording", "paused", "finished"

# Why a recording ended.
STOPPED, MAX_LENGTH, DEVICE_LOST = "stopped", "max-length", "device-lost"


@dataclass(frozen=True)
class Recording:
    data: bytes  # Ogg Opus (WebM for a video)
    duration_s: float
    ended: str  # STOPPED, MAX_LENGTH or DEVICE_LOST
    recording_id: str | None  # its segments in the store; discard them once kept
    overflows: int  # input blocks the computer was too busy to take (should be 0)
    crash_safe: bool  # every segment was saved (False without a store, or on a disk error)


class VoiceRecorder:
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
        if max_seconds <= 0:
            raise ValueError("max_seconds must be positive")
        self._device = device
        self._store = store
        self._max_samples = int(max_seconds * SAMPLE_RATE)
        self._warn_samples = max(0, int((max_seconds - warn_before) * SAMPLE_RATE))
        self._bitrate = bitrate
        self.on_level = on_level
        self.on_progress = on_progress
        self.on_warning = on_warning
        self.on_finished = on_finished
        self.on_error = on_error
        self._segments_ok = store is not None
        self._state = IDLE
        self._clock_lock = threading.Lock()
        self._pauses: list[tuple[float, float]] = []  # (paused, resumed) moments
        self._stop_at: float | None = None
        self._stream_done = threading.Event()
        self.finished = threading.Event()  # set once ``result`` is ready
        self._blocks: queue.Queue[Any] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._stream: Any = None
        self._overflows = 0
        self._samples = 0
        self._result: Recording | None = None
        self._error: BaseException | None = None

    # -- state ------------------------------------------------------------------

    @property
    def state(self) -> str:
        return self._state

    @property
    def elapsed(self) -> float:
        """Seconds recorded so far (pauses not counted)."""
        return self._samples / SAMPLE_RATE

    @property
    def result(self) -> Recording | None:
        return self._result

    # -- control ----------------------------------------------------------------

    def start(self) -> None:
        """Open the microphone and start recording.

        ``NoMicrophone`` when there is none; ``MicrophoneUnavailable`` when it
        will not open.
        """
        if self._state != IDLE:
            raise RuntimeError("a recorder records once; make a new one to record again")
        sd = devices.sounddevice()
        device = self._device
        if device is None:
            device = devices.default_input().index
        try:
            sd.check_input_settings(
                device=device, channels=1, dtype="int16", samplerate=SAMPLE_RATE
            )
            stream = sd.InputStream(
                samplerate=SAMPLE_RATE,
                blocksize=BLOCK,
                device=device,
                channels=1,
                dtype="int16",
                callback=self._callback,
                finished_callback=self._stream_done.set,
            )
        except ValueError as exc:  # no such device, or no input channels
            raise NoMicrophone(str(exc)) from exc
        except sd.PortAudioError as exc:
            raise MicrophoneUnavailable(str(exc)) from exc
        encoder = opus.OggOpusEncoder(self._bitrate)
        writer = self._store.begin("audio") if self._store is not None else None
        devices.stream_opened()
        try:
            stream.start()
        except sd.PortAudioError as exc:
            devices.stream_closed()
            stream.close()
            if writer is not None:
                self._store.discard(writer.id)  # type: ignore[union-attr]
            raise MicrophoneUnavailable(str(exc)) from exc
        self._stream = stream
        self._state = RECORDING
        self._thread = threading.Thread(
            target=self._work, args=(encoder, writer), name="voice-recorder", daemon=True
        )
        self._thread.start()

    def pause(self) -> None:
        """Stop keeping sound from this moment on (the microphone stays open)."""
        with self._clock_lock:
            if self._state == RECORDING:
                self._pauses.append((time.monotonic(), math.inf))
                self._state = PAUSED

    def resume(self) -> None:
        """Keep sound again from this moment on."""
        with self._clock_lock:
            if self._state == PAUSED:
                self._pauses[-1] = (self._pauses[-1][0], time.monotonic())
                self._state = RECORDING

    def stop(self, timeout: float | None = 10.0) -> Recording:
        """Finish and return the recording (at once, if it already ended by itself).

        Everything said up to this moment is kept: the microphone stays open until
        its sound from before the stop has arrived (a fraction of a second).
        """
        if self._state == IDLE:
            raise RuntimeError("not started")
        with self._clock_lock:
            if self._stop_at is None:
                self._stop_at = time.monotonic()
        if not self.finished.wait(timeout):
            raise TimeoutError("the recorder did not finish")
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result

    # -- PortAudio's thread -------------------------------------------------------

    def _callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        if status.input_overflow:
            self._overflows += 1
        self._blocks.put((time.monotonic(), indata[:, 0].copy()))

    # -- the worker thread ----------------------------------------------------------
    #
    # Pause, resume and stop are moments on the monotonic clock; each sample's moment
    # comes from its position in the stream (the microphone's own clock) and the least
    # late block seen so far. So a busy computer, which hands over blocks late or in
    # bunches, still keeps exactly the sound made while recording, not while paused.

    def _keep(self, block: Any, first: int, origin: float, stop_at: float | None) -> Any:
        """The samples of ``block`` (starting at stream sample ``first``) to keep."""
        start = origin + first / SAMPLE_RATE
        end = start + len(block) / SAMPLE_RATE
        with self._clock_lock:
            cuts = [(a, b) for a, b in self._pauses if a < end and b > start]
        if stop_at is not None and stop_at < end:
            cuts.append((stop_at, math.inf))
        if not cuts:
            return block
        moments = start + np.arange(len(block)) / SAMPLE_RATE
        keep = np.ones(len(block), dtype=bool)
        for a, b in cuts:
            keep &= (moments < a) | (moments >= b)
        return block[keep]

    def _work(self, encoder: opus.OggOpusEncoder, writer: SegmentWriter | None) -> None:
        ended = STOPPED
        pieces: list[bytes] = []
        pending: list[bytes] = []
        seen = 0  # samples the microphone gave, kept or not
        origin = math.inf  # the monotonic moment of sample 0 (least late estimate)
        last_flush = last_audio = time.monotonic()
        stop_deadline: float | None = None
        warned = False
        try:
            while True:
                try:
                    arrived, block = self._blocks.get(timeout=0.1)
                except queue.Empty:
                    arrived, block = 0.0, None
                now = time.monotonic()
                stop_at = self._stop_at
                if block is None:
                    if self._stream_done.is_set() or now - last_audio > SILENCE_TIMEOUT:
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
                        self._samples = encoder.samples
                        if self.on_progress is not None:
                            self.on_progress(self.elapsed)
                        if not warned and self._samples >= self._warn_samples:
                            warned = True
                            left = (self._max_samples - self._samples) / SAMPLE_RATE
                            if self.on_warning is not None and left > 0:
                                self.on_warning(left)
                        if self._samples >= self._max_samples:
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
            tail = encoder.finish()
            pieces.append(tail)
            pending.append(tail)
            if writer is not None:
                self._save(writer, b"".join(pending), final=True)
            data = b"".join(pieces)
            self._result = Recording(
                data=data,
                duration_s=opus.duration_of(data),
                ended=ended,
                recording_id=writer.id if writer is not None else None,
                overflows=self._overflows,
                crash_safe=self._segments_ok,
            )
        except BaseException as exc:  # reported by stop(); the segments stay for recovery
            self._error = exc
            self._close_stream()
        finally:
            self._state = FINISHED
            self.finished.set()
        if self._result is not None and self.on_finished is not None:
            self.on_finished(self._result)
        elif self._error is not None and self.on_error is not None:
            self.on_error(self._error)

    def _save(
        self, writer: SegmentWriter, data: bytes, final: bool = False
    ) -> SegmentWriter | None:
        """One more segment; on a disk error, stop saving segments but keep recording."""
        try:
            writer.append(data, final=final)
        except OSError:
            self._segments_ok = False
            return None
        return writer

    def _level(self, block: Any) -> None:
        if self.on_level is None or not len(block):
            return
        samples = block.astype(np.float32) / 32768.0
        rms = float(np.sqrt(np.mean(samples * samples)))
        peak = float(np.max(np.abs(samples)))
        self.on_level(min(rms, 1.0), min(peak, 1.0))

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            devices.close_stream(stream, "voice-recorder-close")
