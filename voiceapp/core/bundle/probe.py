"""Checking recordings with FFmpeg (through PyAV): codecs and duration."""

from __future__ import annotations

import av

from ..errors import UnsupportedItem
from .media import OGG_OPUS, WEBM


def recording_duration(path: str, media_type: str) -> float:
    """Open a recording, check it holds the codecs its media type says, return seconds."""
    try:
        with av.open(path) as container:
            codecs = {s.type: s.codec_context.name for s in container.streams}
            duration = container.duration
            fmt = container.format.name
    except (av.FFmpegError, OSError, ValueError):
        raise UnsupportedItem("recording cannot be read") from None
    if media_type == OGG_OPUS:
        ok = fmt == "ogg" and codecs == {"audio": "opus"}
    elif media_type == WEBM:
        ok = (
            "webm" in fmt and codecs.get("video") == "vp9" and codecs.get("audio", "opus") == "opus"
        )
    else:
        ok = False
    if not ok or duration is None:
        raise UnsupportedItem("recording is not Opus audio or WebM video")
    return float(duration) / av.time_base
