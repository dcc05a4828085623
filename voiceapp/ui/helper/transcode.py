"""Recordings and videos from elsewhere, made ready for a bundle, in memory only.

FFmpeg (through PyAV) reads the untrusted bytes from memory and writes the
result to memory: nothing of the recording ever touches the disk here.

- Already Opus in Ogg, or VP9 + Opus in WebM: the packets are copied into a
  fresh container (a remux), which leaves behind every tag and title the
  original carried.
- Anything else FFmpeg can read: decoded and encoded again as Opus (audio) or
  VP9 + Opus (video, at most 1280 x 720), with progress and a way to stop.

No Qt in here: this runs on a worker thread.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import av

from voiceapp.core.errors import Cancelled, UnsupportedItem

Progress = Callable[[int], None]  # permille of the recording done
CancelCheck = Callable[[], bool]

OPUS_RATE = 48000
OPUS_FRAME = 960  # 20 ms
MAX_WIDTH, MAX_HEIGHT = 1280, 720
VIDEO_BIT_RATE = 1_500_000
AUDIO_BIT_RATE = 64_000


@dataclass(frozen=True)
class Probe:
    """What a recording holds, as far as FFmpeg can tell."""

    format: str
    audio: str | None  # codec name
    video: str | None
    duration_s: float

    @property
    def is_ogg_opus(self) -> bool:
        return self.format == "ogg" and self.audio == "opus" and self.video is None

    @property
    def is_webm(self) -> bool:
        return "webm" in self.format and self.video == "vp9" and self.audio in (None, "opus")


def _is_picture_stream(stream: Any) -> bool:
    """Cover art in a music file shows up as a one-frame video stream."""
    disposition = getattr(stream, "disposition", 0)
    flag = getattr(getattr(av.stream, "Disposition", None), "attached_pic", 0)
    return bool(flag and disposition & flag)


def _open(data: bytes) -> Any:
    try:
        return av.open(io.BytesIO(data), "r")
    except (av.FFmpegError, OSError, ValueError, UnicodeDecodeError):
        raise UnsupportedItem("not a recording FFmpeg can read") from None


def _streams(container: Any) -> tuple[Any, Any]:
    audio = next(iter(container.streams.audio), None)
    video = next((s for s in container.streams.video if not _is_picture_stream(s)), None)
    return audio, video


def probe(data: bytes) -> Probe:
    """Codecs and length; ``UnsupportedItem`` if it is not a recording at all."""
    with _open(data) as container:
        audio, video = _streams(container)
        if audio is None and video is None:
            raise UnsupportedItem("no sound or pictures in this file")
        duration = container.duration
        if duration is None:
            stream = video or audio
            if stream.duration is not None and stream.time_base is not None:
                duration = float(stream.duration * stream.time_base) * av.time_base
        return Probe(
            format=container.format.name,
            audio=audio.codec_context.name if audio is not None else None,
            video=video.codec_context.name if video is not None else None,
            duration_s=float(duration or 0) / av.time_base,
        )


# -- copying packets (remux) ------------------------------------------------------


def remux(data: bytes, fmt: str) -> bytes:
    """The same sound and pictures in a fresh container, without any tags."""
    out_buf = io.BytesIO()
    with _open(data) as inp:
        audio, video = _streams(inp)
        with av.open(out_buf, "w", format=fmt) as out:
            mapping = {}
            for stream in (video, audio):
                if stream is not None:
                    mapping[stream.index] = out.add_stream_from_template(stream)
                    mapping[stream.index].metadata.clear()
            out.metadata.clear()
            for packet in inp.demux(*[s for s in (video, audio) if s is not None]):
                if packet.dts is None:
                    continue
                packet.stream = mapping[packet.stream.index]
                out.mux(packet)
    return out_buf.getvalue()


# -- encoding again ---------------------------------------------------------------


class _OpusEncoder:
    """Resamples any audio to 48 kHz and feeds Opus 20 ms at a time."""

    def __init__(self, out: Any, channels: int) -> None:
        layout = "stereo" if channels >= 2 else "mono"
        self.stream = out.add_stream("libopus", rate=OPUS_RATE, layout=layout)
        self.stream.bit_rate = AUDIO_BIT_RATE
        self._out = out
        self._resampler = av.AudioResampler(format="s16", layout=layout, rate=OPUS_RATE)
        self._fifo = av.AudioFifo()
        self._samples = 0

    def add(self, frame: Any) -> None:
        frame.pts = None
        for resampled in self._resampler.resample(frame):
            resampled.pts = None
            self._fifo.write(resampled)
        self._drain(final=False)

    def _drain(self, final: bool) -> None:
        while self._fifo.samples >= OPUS_FRAME or (final and self._fifo.samples):
            chunk = self._fifo.read(min(OPUS_FRAME, self._fifo.samples))
            if chunk is None:
                break
            chunk.pts = self._samples
            chunk.time_base = Fraction(1, OPUS_RATE)
            self._samples += chunk.samples
            for packet in self.stream.encode(chunk):
                self._out.mux(packet)

    def finish(self) -> None:
        for resampled in self._resampler.resample(None):
            resampled.pts = None
            self._fifo.write(resampled)
        self._drain(final=True)
        for packet in self.stream.encode(None):
            self._out.mux(packet)


class _Vp9Encoder:
    """Scales to fit 1280 x 720 and encodes VP9 quickly (realtime settings)."""

    def __init__(self, out: Any, source: Any) -> None:
        rate = source.average_rate or source.guessed_rate or Fraction(25)
        rate = min(Fraction(rate).limit_denominator(1001), Fraction(60))
        width, height = source.codec_context.width, source.codec_context.height
        scale = min(1.0, MAX_WIDTH / max(width, 1), MAX_HEIGHT / max(height, 1))
        self.width = max(2, int(width * scale) // 2 * 2)
        self.height = max(2, int(height * scale) // 2 * 2)
        self.stream = out.add_stream("libvpx-vp9", rate=rate)
        self.stream.width, self.stream.height = self.width, self.height
        self.stream.pix_fmt = "yuv420p"
        self.stream.bit_rate = VIDEO_BIT_RATE
        self.stream.options = {"deadline": "realtime", "cpu-used": "8", "row-mt": "1"}
        self._rate = rate
        self._out = out
        self._last_pts = -1

    def add(self, frame: Any) -> None:
        seconds = frame.time if frame.time is not None else 0.0
        pts = round(seconds * self._rate)
        if pts <= self._last_pts:
            pts = self._last_pts + 1
        self._last_pts = pts
        picture = frame.reformat(width=self.width, height=self.height, format="yuv420p")
        picture.pts = pts
        picture.time_base = 1 / self._rate
        for packet in self.stream.encode(picture):
            self._out.mux(packet)

    def finish(self) -> None:
        for packet in self.stream.encode(None):
            self._out.mux(packet)


def transcode(
    data: bytes, fmt: str, duration_s: float, progress: Progress, cancelled: CancelCheck
) -> bytes:
    """Encode again as Opus in Ogg (``fmt="ogg"``) or VP9 + Opus in WebM (``"webm"``)."""
    out_buf = io.BytesIO()
    with _open(data) as inp:
        audio, video = _streams(inp)
        if fmt == "webm" and video is None:
            raise UnsupportedItem("no pictures in this video")
        if audio is None and fmt == "ogg":
            raise UnsupportedItem("no sound in this recording")
        wanted = [s for s in (video if fmt == "webm" else None, audio) if s is not None]
        try:
            with av.open(out_buf, "w", format=fmt) as out:
                vp9 = _Vp9Encoder(out, video) if fmt == "webm" else None
                opus = _OpusEncoder(out, audio.codec_context.channels) if audio else None
                for packet in inp.demux(*wanted):
                    if cancelled():
                        raise Cancelled()
                    for frame in packet.decode():
                        if packet.stream is audio and opus is not None:
                            opus.add(frame)
                        elif vp9 is not None:
                            vp9.add(frame)
                        if frame.time is not None and duration_s > 0:
                            progress(min(999, int(1000 * frame.time / duration_s)))
                if vp9 is not None:
                    vp9.finish()
                if opus is not None:
                    opus.finish()
        except av.FFmpegError:
            raise UnsupportedItem("this recording could not be read to the end") from None
    progress(1000)
    return out_buf.getvalue()
