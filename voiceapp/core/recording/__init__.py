"""Microphone (and, later, camera) capture and encoding; never imports Qt.

- ``devices``: the microphones there are, the default one first
- ``VoiceRecorder``: microphone → Opus in Ogg in memory, with level, timer,
  pause/resume, a length limit, and encrypted segments for crash safety
- ``SegmentStore``: those segments in the vault; what a crash left behind,
  rebuilt into a complete recording
"""

from .devices import InputDevice, default_input, input_devices
from .recorder import (
    DEVICE_LOST,
    MAX_LENGTH,
    STOPPED,
    Recording,
    VoiceRecorder,
)
from .segments import Leftover, SegmentStore, SegmentWriter

__all__ = [
    "DEVICE_LOST",
    "MAX_LENGTH",
    "STOPPED",
    "InputDevice",
    "Leftover",
    "Recording",
    "SegmentStore",
    "SegmentWriter",
    "VoiceRecorder",
    "default_input",
    "input_devices",
]
