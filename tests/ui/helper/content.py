"""Things "made elsewhere" for the helper tests, each carrying something unique
that survives being made ready (re-encoded, remuxed, encrypted), so the
no-plaintext test can look for it byte by byte afterwards."""

from __future__ import annotations

import io
import random
import uuid
import wave
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from tests import media_samples


def slices(data: bytes, count: int = 4, size: int = 24) -> list[bytes]:
    """A few runs of bytes from the middle of ``data`` (away from container headers)."""
    start, end = len(data) // 4, len(data) * 3 // 4 - size
    step = max(1, (end - start) // count)
    return [data[i : i + size] for i in range(start, end, step)][:count]


def noisy_png(seed: int, width: int = 160, height: int = 120) -> bytes:
    """A photo-like PNG of random pixels: its compressed bytes appear nowhere else."""
    rng = random.Random(seed)
    img = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def noisy_wav(seed: int, seconds: float = 2.0) -> bytes:
    """A WAV of random stereo noise (not Opus: it must be converted)."""
    rng = random.Random(seed)
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(44100)
        w.writeframes(rng.randbytes(int(44100 * seconds) * 4))
    return out.getvalue()


@dataclass
class Made:
    """Files written to ``folder`` (the helper's "elsewhere"), and markers to look for."""

    folder: Path
    marker: str = field(default_factory=lambda: uuid.uuid4().hex)
    files: dict[str, Path] = field(default_factory=dict)
    sources: dict[str, bytes] = field(default_factory=dict)

    def write(self, name: str, data: bytes) -> Path:
        path = self.folder / name
        path.write_bytes(data)
        self.files[name] = path
        self.sources[name] = data
        return path

    def letter(self) -> Path:
        text = f"Dear chair,\nI want to stay at my school. {self.marker}\nFrom me ✓\n"
        return self.write("letter.txt", text.encode("utf-8"))

    def picture(self) -> Path:
        return self.write("drawing.png", noisy_png(int(self.marker[:8], 16)))

    def recording(self) -> Path:
        freq = 300.0 + int(self.marker[:4], 16) % 400
        return self.write("voice.ogg", media_samples.ogg_opus(1.5, freq))

    def wav(self) -> Path:
        return self.write("voice.wav", noisy_wav(int(self.marker[8:16], 16)))

    def video(self) -> Path:
        return self.write("video.webm", media_samples.webm(1.0))

    def source_markers(self) -> list[bytes]:
        """What may never be found in plaintext in the data, temp or home folders."""
        found = [self.marker.encode()]
        for name, data in self.sources.items():
            if name.endswith((".png", ".wav", ".ogg", ".webm")):
                found += slices(data)
        return found


def mp4_with_tags(seconds: float = 2.0, size: tuple[int, int] = (320, 240)) -> bytes:
    """An MPEG-4 video with AAC sound, carrying a title and a GPS location tag."""
    from fractions import Fraction

    import av
    import numpy as np

    out = io.BytesIO()
    with av.open(out, "w", format="mp4") as c:
        c.metadata["title"] = "Secret title"
        c.metadata["location"] = "+51.5074-000.1278/"
        v = c.add_stream("mpeg4", rate=25)
        v.width, v.height = size
        v.pix_fmt = "yuv420p"
        a = c.add_stream("aac", rate=44100, layout="stereo")
        for i in range(int(seconds * 25)):
            arr = np.full((size[1], size[0], 3), (i * 7) % 255, dtype=np.uint8)
            frame = av.VideoFrame.from_ndarray(arr, format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, 25)
            for p in v.encode(frame):
                c.mux(p)
        for p in v.encode():
            c.mux(p)
        for i in range(0, int(44100 * seconds), 1024):
            samples = np.zeros((2, 1024), dtype=np.float32)
            frame = av.AudioFrame.from_ndarray(samples, format="fltp", layout="stereo")
            frame.sample_rate, frame.pts, frame.time_base = 44100, i, Fraction(1, 44100)
            for p in a.encode(frame):
                c.mux(p)
        for p in a.encode():
            c.mux(p)
    return out.getvalue()


def ogg_with_tags(seconds: float = 1.0) -> bytes:
    """Opus in Ogg whose tags name a person (they must not reach the vault)."""
    from fractions import Fraction

    import av
    import numpy as np

    out = io.BytesIO()
    with av.open(out, "w", format="ogg") as c:
        c.metadata["title"] = "Secret title"
        s = c.add_stream("libopus", rate=48000, layout="mono")
        s.metadata["artist"] = "Jamie Example"
        for i in range(0, int(48000 * seconds), 960):
            frame = av.AudioFrame.from_ndarray(
                np.zeros((1, 960), dtype=np.float32), format="flt", layout="mono"
            )
            frame.sample_rate, frame.pts, frame.time_base = 48000, i, Fraction(1, 48000)
            for p in s.encode(frame):
                c.mux(p)
        for p in s.encode():
            c.mux(p)
    return out.getvalue()
