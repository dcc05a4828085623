"""Opus in Ogg, made in memory with PyAV: never a plaintext temporary file.

``OggOpusEncoder`` takes 16-bit mono PCM at 48 kHz and hands back the Ogg
bytes the muxer has produced so far, page by page (a page every half second
or so), so the caller can store them as they come (see ``segments``).
``rebuild`` turns a recording cut short (the pages saved before a crash)
into a complete Ogg Opus file.
"""

from __future__ import annotations

import io
from typing import Any

import av
import numpy as np
import numpy.typing as npt

from ..errors import DamagedFile

SAMPLE_RATE = 48_000
DEFAULT_BITRATE = 32_000
PAGE_SECONDS = 0.25  # an Ogg page (and so new bytes for a segment) at least this often


class _Sink:
    """A write-only file for the muxer: keeps the bytes in memory."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self._chunks.append(chunk)
        return len(chunk)

    def take(self) -> bytes:
        out = b"".join(self._chunks)
        self._chunks.clear()
        return out


class OggOpusEncoder:
    """Push int16 mono blocks with ``encode``; ``finish`` ends the stream.

    Both return the Ogg bytes that became ready since the last call (often
    empty: pages are written every ``PAGE_SECONDS``). Joined, every returned
    piece makes the complete file.
    """

    def __init__(self, bitrate: int = DEFAULT_BITRATE) -> None:
        self._sink = _Sink()
        options = {"page_duration": str(int(PAGE_SECONDS * 1_000_000)), "flush_packets": "1"}
        self._container: Any = av.open(self._sink, "w", format="ogg", options=options)
        stream: Any = self._container.add_stream("libopus", rate=SAMPLE_RATE, layout="mono")
        stream.bit_rate = bitrate
        # constrained VBR: the size stays close to the bitrate whatever the sound
        # (a pure tone comes out at 48 kbit/s otherwise), so lengths predict sizes
        stream.codec_context.options = {"vbr": "constrained"}
        self._stream = stream
        self._samples = 0
        self._closed = False

    @property
    def samples(self) -> int:
        """Samples pushed so far (at 48 kHz)."""
        return self._samples

    def encode(self, pcm: npt.NDArray[np.int16]) -> bytes:
        if self._closed:
            raise RuntimeError("the encoder is finished")
        block = np.ascontiguousarray(pcm, dtype=np.int16).reshape(1, -1)
        if block.shape[1]:
            frame = av.AudioFrame.from_ndarray(block, format="s16", layout="mono")
            frame.sample_rate = SAMPLE_RATE
            frame.pts = self._samples
            self._samples += block.shape[1]
            for packet in self._stream.encode(frame):
                self._container.mux(packet)
        return self._sink.take()

    def finish(self) -> bytes:
        if not self._closed:
            self._closed = True
            for packet in self._stream.encode(None):
                self._container.mux(packet)
            self._container.close()
        return self._sink.take()


def _open(data: bytes) -> Any:
    try:
        return av.open(io.BytesIO(data), "r", format="ogg")
    except (av.FFmpegError, ValueError) as exc:
        raise DamagedFile("not an Ogg Opus recording") from exc


def duration_of(data: bytes) -> float:
    """The length in seconds, by decoding every packet (exact, and checks the data)."""
    container = _open(data)
    try:
        samples = 0
        for frame in container.decode(audio=0):
            samples += frame.samples
        return samples / SAMPLE_RATE
    except av.FFmpegError as exc:
        raise DamagedFile("the recording does not decode") from exc
    finally:
        container.close()


def rebuild(data: bytes) -> tuple[bytes, float]:
    """A complete Ogg Opus file (and its length) from the start of one.

    The pages saved before a crash lack the stream's last page; their packets
    are copied, not re-encoded, into a new, properly ended file.
    """
    source = _open(data)
    sink = _Sink()
    try:
        if not source.streams.audio:
            raise DamagedFile("no audio in the recording")
        template = source.streams.audio[0]
        out: Any = av.open(sink, "w", format="ogg")
        stream = out.add_stream_from_template(template)
        try:
            for packet in source.demux(template):
                if packet.dts is None:  # the flush packet at the end
                    continue
                packet.stream = stream
                out.mux(packet)
        except av.FFmpegError:
            pass  # a torn last page: keep every whole packet before it
        finally:
            out.close()
    finally:
        source.close()
    rebuilt = sink.take()
    return rebuilt, duration_of(rebuilt)
