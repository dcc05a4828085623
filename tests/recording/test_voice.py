"""Voice recording from a real (PulseAudio) capture device: sound, length, pause, limits."""

from __future__ import annotations

import threading
import time

import pytest

from voiceapp.core.errors import MicrophoneUnavailable, NoMicrophone
from voiceapp.core.recording import (
    DEVICE_LOST,
    MAX_LENGTH,
    STOPPED,
    SegmentStore,
    VoiceRecorder,
    default_input,
    input_devices,
)
from voiceapp.core.recording.opus import duration_of
from voiceapp.core.vault import Vault

from .conftest import SINE_HZ, Progress, Pulse, decoded, main_frequency, new_case, record


def test_default_microphone_is_listed_first(pulse: Pulse) -> None:
    """The sound server's default source is offered, preselected, first in the list."""
    devices = input_devices()
    assert devices, "the fake microphone is visible to sounddevice"
    assert devices[0].is_default
    assert sum(d.is_default for d in devices) == 1
    assert default_input() == devices[0]


def least_late(events: list[tuple[float, float]], low: float, high: float) -> tuple[float, float]:
    """The progress report between ``low`` and ``high`` seconds that came soonest."""
    return max((e for e in events if low <= e[1] <= high), key=lambda e: e[1] - e[0])


def test_recording_has_the_sine_and_the_length(pulse: Pulse) -> None:
    """A 4 s recording decodes to the sine's frequency within 2 Hz and to the length the
    wall clock within 2 %; the timer runs with the clock (within 2 %)."""
    progress = Progress()
    levels: list[tuple[float, float]] = []
    recorder = VoiceRecorder(on_progress=progress, on_level=lambda r, p: levels.append((r, p)))
    record(recorder, progress, 4.0)
    stopped_at = time.monotonic()
    rec = recorder.stop()
    assert rec.ended == STOPPED
    assert rec.data.startswith(b"OggS")
    samples = decoded(rec.data)
    assert abs(len(samples) / 48_000 - rec.duration_s) < 0.001
    # Expected: what was recorded at a report after the start-up (when PortAudio may
    # deliver a few blocks at once), plus the time from then to the stop. Reports can
    # come late when the computer is busy, never early: take the least late one.
    ref_time, ref_seconds = least_late(progress.events, 1.0, 2.0)
    expected = ref_seconds + (stopped_at - ref_time)
    print(f"recorded {rec.duration_s:.3f} s, expected {expected:.3f} s")
    assert abs(rec.duration_s - expected) <= 0.02 * expected
    # the timer runs with the clock
    end_time, end_seconds = least_late(progress.events, 3.0, 4.0)
    assert abs((end_seconds - ref_seconds) / (end_time - ref_time) - 1.0) < 0.02
    assert abs(main_frequency(samples[4800:]) - SINE_HZ) < 2.0
    # the level meter saw the sine (about -6 dBFS from the sine source), not silence
    assert max(peak for _, peak in levels) > 0.2
    assert 0.05 < max(rms for rms, _ in levels) <= 1.0
    # about 32 kbit/s, Ogg pages included (about 2.4 MB for the 10-minute limit)
    kbits = len(rec.data) * 8 / rec.duration_s / 1000
    print(f"{kbits:.1f} kbit/s")
    assert 26 < kbits < 38
    assert rec.overflows == 0


def test_pause_is_not_recorded(pulse: Pulse) -> None:
    """Recording 2 s, pausing 1 s, then recording to 4 s: the recording is as long as the
    time spent not paused (within 2 %), and the timer stands still while paused."""
    progress = Progress()
    recorder = VoiceRecorder(on_progress=progress)
    record(recorder, progress, 2.0)
    recorder.pause()
    paused_at = time.monotonic()
    at_pause = recorder.elapsed
    threading.Event().wait(1.0)  # the pause itself: real time must pass
    assert recorder.state == "paused"
    assert recorder.elapsed - at_pause < 0.25  # at most what was already on its way
    recorder.resume()
    resumed_at = time.monotonic()
    progress.wait_for(4.0)
    stopped_at = time.monotonic()
    rec = recorder.stop()
    ref_time, ref_seconds = least_late(progress.events, 1.0, 2.0)
    expected = ref_seconds + (paused_at - ref_time) + (stopped_at - resumed_at)
    print(f"recorded {rec.duration_s:.3f} s, expected {expected:.3f} s")
    assert abs(rec.duration_s - expected) <= 0.02 * expected
    assert abs(main_frequency(decoded(rec.data)[4800:]) - SINE_HZ) < 2.0


def test_limit_warns_then_stops(pulse: Pulse) -> None:
    """With a 2 s limit and a warning 1 s before it, the warning comes once, near 1 s,
    and the recording ends by itself at exactly 2 s."""
    warnings: list[float] = []
    finished = threading.Event()
    recorder = VoiceRecorder(
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


@pytest.mark.own_process  # may leave a stream libpulse never closes
def test_microphone_gone_keeps_what_was_said(pulse: Pulse) -> None:
    """The sound server vanishing mid-recording (the microphone unplugged) ends the
    recording by itself, and what was recorded before is kept and decodes."""
    progress = Progress()
    finished = threading.Event()
    recorder = VoiceRecorder(on_progress=progress, on_finished=lambda rec: finished.set())
    record(recorder, progress, 1.5)
    pulse.kill()
    assert finished.wait(15), "the recorder noticed by itself"
    rec = recorder.stop()
    assert rec.ended == DEVICE_LOST
    assert rec.duration_s >= 1.4
    assert duration_of(rec.data) == rec.duration_s
    assert abs(main_frequency(decoded(rec.data)[4800:]) - SINE_HZ) < 2.0


def test_microphone_giving_no_sound_is_the_microphone_error(pulse: Pulse, vault: Vault) -> None:
    """A microphone that opens but never gives a sound ends the take by itself with the
    microphone's typed error (not a damaged file), and leaves nothing to recover."""
    store = SegmentStore.for_case(vault, new_case(vault))
    pulse.silence()
    errors: list[BaseException] = []
    reported = threading.Event()
    recorder = VoiceRecorder(
        store=store, on_error=lambda error: (errors.append(error), reported.set())
    )
    recorder.start()
    assert reported.wait(20), "the recorder gave up by itself"
    assert len(errors) == 1 and isinstance(errors[0], MicrophoneUnavailable)
    with pytest.raises(MicrophoneUnavailable):
        recorder.stop()
    assert store.recoverable() == []


@pytest.mark.own_process  # PortAudio must read the (empty) list afresh
def test_no_sound_server_is_a_friendly_error(no_sound_server: None) -> None:
    """No sound server at all: no devices, and starting a recording raises the typed
    error with its plain sentence; nothing crashes, and asking again is quick and calm."""
    assert input_devices() == []
    with pytest.raises(NoMicrophone) as caught:
        default_input()
    assert caught.value.message.startswith("No microphone was found.")
    with pytest.raises(NoMicrophone):
        VoiceRecorder().start()
    with pytest.raises((NoMicrophone, MicrophoneUnavailable)):
        VoiceRecorder(device=0).start()
    started = time.monotonic()
    assert input_devices() == []
    assert time.monotonic() - started < 5
