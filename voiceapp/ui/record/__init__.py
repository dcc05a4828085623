"""The young person's voice recording screen, playing from memory, and recovery.

- ``VoicePage``: record (microphone, level, time, pause), listen back, keep
- ``VideoPage``: record a video (mirrored preview, privacy blur, countdown), watch, keep
- ``MemoryPlayer``: plays Ogg Opus (or WebM) bytes from memory, never a file
- ``RecoveryOffer``: a recording that did not finish, offered back
"""

from voiceapp.ui.record.page import VoicePage
from voiceapp.ui.record.playback import MemoryPlayer
from voiceapp.ui.record.recovery import RecoveredRecording, RecoveryOffer
from voiceapp.ui.record.video_page import VideoPage

__all__ = ["MemoryPlayer", "RecoveredRecording", "RecoveryOffer", "VideoPage", "VoicePage"]
