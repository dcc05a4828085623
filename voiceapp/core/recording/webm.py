"""VP9 video and Opus sound in WebM, made in memory with PyAV: never a plaintext temporary file.

``WebMEncoder`` takes numbered frames (YUV 4:2:0, constant frame rate) and
16-bit mono PCM at 48 kHz and hands back the WebM bytes the muxer has made so
far. The muxer writes for a live stream: the header first, then one cluster
at least every ``CLUSTER_SECONDS``, never going back to patch anything, so
every prefix of the bytes is the start of a playable file (see ``segments``).
``finish`` returns the rest; ``finalize`` then copies the whole into a
seekable WebM (with its duration and an index, so players can seek), and
``rebuild`` does the same for a recording cut short by a crash.
"""

from __future__ import annotations

import io
from fractions import Fraction
from typing import Any

import av
import numpy as np
import numpy.typing as npt

from ..errors import DamagedFile
from .opus import SAMPLE_RATE, _Sink

__all__ = ["EBML_MAGIC", "FPS", "SAMPLE_RATE", "WebMEncoder", "duration_of", "finalize", "rebuild"]

EBML_MAGIC = b"\x1a\x45\xdf\xa3"  # how every WebM (Matroska) file starts
FPS = 25
AUDIO_BITRATE = 32_000
CLUSTER_SECONDS = 0.5  # new bytes for a segment at least this often
KEYFRAME_SECONDS = 2  # a player can start (and seek) at most this far apart
CPU_USED = 8  # libvpx realtime speed (5-9; higher is faster, a little less sharp)
THREADS = 2

# About 5 MB a minute at 640x480 (video + sound + container), twice that at 1280x720.
VIDEO_BITRATES = {(640, 480): 620_000, (1280, 720): 1_300_000}


def default_video_bitrate(width: int, height: int) -> int:
    """The video bitrate for a frame size: scaled by area from 640x480's."""
    known = VIDEO_BITRATES.get((width, height))
    if known is not None:
        return known
    return max(100_000, int(VIDEO_BITRATES[(640, 480)] * width * height / (640 * 480)))


class WebMEncoder:
    """Push frames with ``add_video`` and sound with ``add_audio``; ``finish`` ends both.

    Each returns the WebM bytes that became ready since the last call (often
    empty: a cluster is written every ``CLUSTER_SECONDS``). Joined, every
    returned piece makes the complete (live-style) file. Not thread-safe: one
    thread encodes.
    """

    def __init__(
        self,
        width: int = 640,
        height: int = 480,
        *,
        fps: int = FPS,
        video_bitrate: int | None = None,
        audio_bitrate: int = AUDIO_BITRATE,
        cpu_used: int = CPU_USED,
        threads: int = THREADS,
    ) -> None:
        if width % 2 or height % 2 or width <= 0 or height <= 0:
            raise ValueError("the frame size must be even and positive")
        self.width = width
        self.height = height
        self.fps = fps
        self._sink = _Sink()
        options = {
            "live": "1",
            "cluster_time_limit": str(int(CLUSTER_SECONDS * 1000)),
            "flush_packets": "1",
            # never hold one stream's packets long waiting for the other's
            "max_interleave_delta": str(int(CLUSTER_SECONDS * 1_000_000)),
        }
        self._container: Any = av.open(self._sink, "w", format="webm", options=options)
        video: Any = self._container.add_stream("libvpx-vp9", rate=fps)
        video.width = width
        video.height = height
        video.pix_fmt = "yuv420p"
        video.bit_rate = video_bitrate or default_video_bitrate(width, height)
        video.time_base = Fraction(1, fps)
        video.codec_context.time_base = Fraction(1, fps)
        video.codec_context.gop_size = KEYFRAME_SECONDS * fps
        video.codec_context.thread_count = threads
        rate = str(video.bit_rate)
        video.codec_context.options = {
            # constant bitrate with a one-second buffer, as libvpx advises for live video:
            # sizes follow lengths whatever the picture (a busy one would overshoot)
            "minrate": rate,
            "maxrate": rate,
            "bufsize": rate,
            "max-intra-rate": "300",  # a key frame at most three frames' worth
            "deadline": "realtime",
            "cpu-used": str(cpu_used),
            "row-mt": "1",
            "lag-in-frames": "0",  # each frame's packet at once: nothing held back
            "tile-columns": "1",  # two tiles, so both threads work on every frame
            "static-thresh": "0",
        }
        audio: Any = self._container.add_stream("libopus", rate=SAMPLE_RATE, layout="mono")
        audio.bit_rate = audio_bitrate
        audio.codec_context.options = {"vbr": "constrained"}
        self._video = video
        self._audio = audio
        self._frames = 0
        self._samples = 0
        self._closed = False

    @property
    def frames(self) -> int:
        """Video frames pushed so far."""
        return self._frames

    @property
    def samples(self) -> int:
        """Sound samples pushed so far (at 48 kHz)."""
        return self._samples

    def add_video(self, yuv: npt.NDArray[np.uint8]) -> bytes:
        """The next frame: I420 planes, ``height * 3 // 2`` rows of ``width`` bytes."""
        if self._closed:
            raise RuntimeError("the encoder is finished")
        if yuv.shape != (self.height * 3 // 2, self.width):
            raise ValueError("wrong frame size")
        frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(yuv), format="yuv420p")
        frame.pts = self._frames
        frame.time_base = Fraction(1, self.fps)
        self._frames += 1
        for packet in self._video.encode(frame):
            self._container.mux(packet)
        return self._sink.take()

    def add_audio(self, pcm: npt.NDArray[np.int16]) -> bytes:
        """The next samples (mono, 48 kHz)."""
        if self._closed:
            raise RuntimeError("the encoder is finished")
        block = np.ascontiguousarray(pcm, dtype=np.int16).reshape(1, -1)
        if block.shape[1]:
            frame = av.AudioFrame.from_ndarray(block, format="s16", layout="mono")
            frame.sample_rate = SAMPLE_RATE
            frame.pts = self._samples
            frame.time_base = Fraction(1, SAMPLE_RATE)
            self._samples += block.shape[1]
            for packet in self._audio.encode(frame):
                self._container.mux(packet)
        return self._sink.take()

    def finish(self) -> bytes:
        """Flush both encoders and end the file; the last bytes."""
        if not self._closed:
            self._closed = True
            for stream in (self._video, self._audio):
                for packet in stream.encode(None):
                    self._container.mux(packet)
            self._container.close()
        return self._sink.take()


def _open(data: bytes) -> Any:
    if not data.startswith(EBML_MAGIC):
        raise DamagedFile("not a WebM recording")
    try:
        return av.open(io.BytesIO(data), "r", format="matroska")
    except (av.FFmpegError, ValueError) as exc:
        raise DamagedFile("not a WebM recording") from exc


def _end_of(packet: Any) -> float:
    """The moment (in seconds) a packet's frame ends."""
    if packet.pts is None or packet.time_base is None:
        return 0.0
    return float((packet.pts + (packet.duration or 0)) * packet.time_base)


def rebuild(data: bytes) -> tuple[bytes, float]:
    """A complete, seekable WebM (and its length in seconds) from the start of one.

    The packets are copied, not re-encoded, up to the first damaged or missing
    one (a crash cuts the last cluster short). The length is where the last
    whole video frame or sound packet ends, whichever is later.
    """
    source = _open(data)
    out_file = io.BytesIO()
    end = 0.0
    copied = 0
    try:
        streams = [s for s in source.streams if s.type in ("video", "audio")]
        if not any(s.type == "video" for s in streams):
            raise DamagedFile("no video in the recording")
        out: Any = av.open(out_file, "w", format="webm")
        try:
            mapping = {s.index: out.add_stream_from_template(s) for s in streams}
            try:
                for packet in source.demux(streams):
                    if packet.dts is None or packet.size == 0:  # a flush packet at the end
                        continue
                    end = max(end, _end_of(packet))
                    packet.stream = mapping[packet.stream_index]
                    out.mux(packet)
                    copied += 1
            except (av.FFmpegError, ValueError, KeyError):
                pass  # a torn last cluster: keep every whole packet before it
        finally:
            out.close()
    finally:
        source.close()
    if not copied:
        raise DamagedFile("nothing recorded")
    return out_file.getvalue(), end


def finalize(data: bytes) -> bytes:
    """The live-style file ``WebMEncoder`` made, as a seekable WebM with its duration."""
    return rebuild(data)[0]


def duration_of(data: bytes) -> float:
    """The length in seconds: where the last video frame or sound packet ends."""
    source = _open(data)
    end = 0.0
    try:
        for packet in source.demux():
            if packet.dts is not None and packet.size:
                end = max(end, _end_of(packet))
    except av.FFmpegError as exc:
        raise DamagedFile("the recording does not demux") from exc
    finally:
        source.close()
    return end
