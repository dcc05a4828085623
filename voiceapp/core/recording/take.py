"""What every recorder shares: one take, from opening the microphone to the result.

``VoiceRecorder`` and ``VideoRecorder`` differ in what they encode; they share
the rest, kept here once:

- the clock: ``pause``, ``resume`` and ``stop`` are moments on the monotonic
  clock, so a busy computer that hands over blocks late still keeps exactly
  what was recorded while recording;
- opening the microphone (48 kHz mono 16-bit), with the errors a young person
  is told about (``NoMicrophone``, ``MicrophoneUnavailable``);
- the length so far, the one gentle warning before the limit, and the limit;
- the sound level of what is kept;
- crash-safe segments: on a disk error, recording goes on in memory and the
  result says it was not crash-safe;
- how it ends: ``on_finished`` once, or ``on_error`` instead, after
  ``finished`` is set.
"""

from __future__ import annotations

import math
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
BLOCK = SAMPLE_RATE // 25  # 40 ms of sound per callback (two Opus frames)
DEFAULT_MAX_SECONDS = 600.0
DEFAULT_WARN_BEFORE = 30.0
SEGMENT_SECONDS = 0.5  # with pages every 0.25 s: about 0.8 s lost in a crash (1.5 s if busy)
SILENCE_TIMEOUT = 2.0  # no sound at all this long: the microphone has gone
START_TIMEOUT = 6.0  # a camera or microphone may take this long to give its first frame
STOP_GRACE = 1.0  # at most this long after stop() for what was recorded before it

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


class Take:
    """The shared part of a recorder; a recorder records once."""

    def __init__(
        self,
        *,
        store: SegmentStore | None,
        max_seconds: float,
        warn_before: float,
        on_level: Callable[[float, float], None] | None,
        on_progress: Callable[[float], None] | None,
        on_warning: Callable[[float], None] | None,
        on_finished: Callable[[Recording], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        if max_seconds <= 0:
            raise ValueError("max_seconds must be positive")
        self._store = store
        self._max_samples = int(max_seconds * SAMPLE_RATE)
        self._warn_samples = max(0, int((max_seconds - warn_before) * SAMPLE_RATE))
        self._warned = False
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
        self.finished = threading.Event()  # set once ``result`` (or the error) is ready
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

    def pause(self) -> None:
        """Stop keeping what is recorded from this moment on (the devices stay open)."""
        with self._clock_lock:
            if self._state == RECORDING:
                self._pauses.append((time.monotonic(), math.inf))
                self._state = PAUSED

    def resume(self) -> None:
        """Keep what is recorded again from this moment on."""
        with self._clock_lock:
            if self._state == PAUSED:
                self._pauses[-1] = (self._pauses[-1][0], time.monotonic())
                self._state = RECORDING

    def stop(self, timeout: float | None = 10.0) -> Recording:
        """Finish and return the recording (at once, if it already ended by itself).

        Everything up to this moment is kept: the devices stay open until what they
        recorded before the stop has arrived (a fraction of a second).
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

    # -- for the recorders ---------------------------------------------------------

    def _check_unused(self) -> None:
        if self._state != IDLE:
            raise RuntimeError("a recorder records once; make a new one to record again")

    def _microphone_stream(self, device: int | None) -> Any:
        """An unstarted input stream on ``device`` (None: the usual one) that calls
        ``self._callback``; ``NoMicrophone`` or ``MicrophoneUnavailable`` if not."""
        sd = devices.sounddevice()
        if device is None:
            device = devices.default_input().index
        try:
            sd.check_input_settings(
                device=device, channels=1, dtype="int16", samplerate=SAMPLE_RATE
            )
            return sd.InputStream(
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

    def _start_microphone(self, stream: Any, writer: SegmentWriter | None) -> None:
        """Start ``stream``; if it will not, close it, drop ``writer``'s segments and
        raise ``MicrophoneUnavailable``."""
        sd = devices.sounddevice()
        devices.stream_opened()
        try:
            stream.start()
        except sd.PortAudioError as exc:
            devices.stream_closed()
            stream.close()
            if writer is not None and self._store is not None:
                self._store.discard(writer.id)
            raise MicrophoneUnavailable(str(exc)) from exc
        self._stream = stream

    def _begin(self, work: Callable[[], None], name: str) -> None:
        """Recording from now on: ``work`` (the encoding loop) runs on a thread of its own."""
        self._state = RECORDING
        self._thread = threading.Thread(target=work, name=name, daemon=True)
        self._thread.start()

    def _callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        raise NotImplementedError

    # Each sample's moment comes from its position in the stream (the microphone's own
    # clock) and the least late block seen so far, so a busy computer, which hands
    # over blocks late or in bunches, still keeps exactly the sound made while
    # recording, not while paused.

    def _keep(
        self,
        block: Any,
        first: int,
        origin: float,
        stop_at: float | None,
        begin: float = -math.inf,
    ) -> Any:
        """The samples of ``block`` (starting at stream sample ``first``; sample 0 at
        the moment ``origin``) to keep: none from before ``begin``, while paused, or
        from ``stop_at`` on."""
        start = origin + first / SAMPLE_RATE
        end = start + len(block) / SAMPLE_RATE
        with self._clock_lock:
            cuts = [(a, b) for a, b in self._pauses if a < end and b > start]
        if begin > start:
            cuts.append((-math.inf, begin))
        if stop_at is not None and stop_at < end:
            cuts.append((stop_at, math.inf))
        if not cuts:
            return block
        moments = start + np.arange(len(block)) / SAMPLE_RATE
        keep = np.ones(len(block), dtype=bool)
        for a, b in cuts:
            keep &= (moments < a) | (moments >= b)
        return block[keep]

    def _counted(self, samples: int) -> bool:
        """``samples`` of sound are now recorded: say so (and warn once, before the
        limit); True once the limit is reached."""
        self._samples = samples
        if self.on_progress is not None:
            self.on_progress(self.elapsed)
        if not self._warned and samples >= self._warn_samples:
            self._warned = True
            left = (self._max_samples - samples) / SAMPLE_RATE
            if self.on_warning is not None and left > 0:
                self.on_warning(left)
        return samples >= self._max_samples

    def _level(self, block: Any) -> None:
        if self.on_level is None or not len(block):
            return
        samples = block.astype(np.float32) / 32768.0
        rms = float(np.sqrt(np.mean(samples * samples)))
        peak = float(np.max(np.abs(samples)))
        self.on_level(min(rms, 1.0), min(peak, 1.0))

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

    def _nothing_heard(self, writer: SegmentWriter | None) -> MicrophoneUnavailable:
        """The microphone gave no sound at all (a muted or suspended source, or one
        that went before its first block): the error to report, with the take's
        segments, which hold nothing to recover, removed."""
        if writer is not None and self._store is not None:
            self._store.discard(writer.id)
        return MicrophoneUnavailable("the microphone gave no sound")

    def _made(
        self, data: bytes, duration_s: float, ended: str, writer: SegmentWriter | None
    ) -> None:
        self._result = Recording(
            data=data,
            duration_s=duration_s,
            ended=ended,
            recording_id=writer.id if writer is not None else None,
            overflows=self._overflows,
            crash_safe=self._segments_ok,
        )

    def _report(self) -> None:
        """After ``finished``: ``on_finished`` with the result, or ``on_error``."""
        if self._result is not None and self.on_finished is not None:
            self.on_finished(self._result)
        elif self._error is not None and self.on_error is not None:
            self.on_error(self._error)
