"""Microphone and camera capture and encoding; never imports Qt.

- ``devices``: the microphones there are, the default one first
- ``VoiceRecorder``: microphone → Opus in Ogg in memory, with level, timer,
  pause/resume, a length limit, and encrypted segments for crash safety
- ``VideoRecorder``: camera + microphone → VP9 and Opus in WebM in memory,
  with a mirrored preview, an optional privacy blur, and the same controls,
  callbacks and crash safety
- ``camera``: the cameras there are; a video file can stand in for one
- ``SegmentStore``: those segments in the vault; what a crash left behind,
  rebuilt into a complete recording
"""

from .camera import CameraDevice, CameraFeed, VideoFile, cameras, open_camera
from .devices import InputDevice, default_input, input_devices
from .privacy import BACKGROUND, FACE
from .recorder import (
    DEVICE_LOST,
    MAX_LENGTH,
    STOPPED,
    Recording,
    VoiceRecorder,
)
from .segments import Leftover, SegmentStore, SegmentWriter
from .video import HD, VGA, VideoRecorder

__all__ = [
    "BACKGROUND",
    "DEVICE_LOST",
    "FACE",
    "HD",
    "MAX_LENGTH",
    "STOPPED",
    "VGA",
    "CameraDevice",
    "CameraFeed",
    "InputDevice",
    "Leftover",
    "Recording",
    "SegmentStore",
    "SegmentWriter",
    "VideoFile",
    "VideoRecorder",
    "VoiceRecorder",
    "cameras",
    "default_input",
    "input_devices",
    "open_camera",
]
