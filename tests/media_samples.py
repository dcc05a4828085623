"""Real media made in memory for tests: PNG and JPEG by Pillow, Opus and
VP9 by FFmpeg through PyAV. Nothing is faked; the encoders are real."""

from __future__ import annotations

import io
import json
from fractions import Fraction

import av
import numpy as np
from PIL import Image


def png(width: int = 64, height: int = 48, text_chunk: bool = False) -> bytes:
    img = Image.new("RGB", (width, height), (250, 200, 40))
    for x in range(width):
        img.putpixel((x, x % height), (20, 40, 200))
    out = io.BytesIO()
    if text_chunk:
        from PIL import PngImagePlugin

        info = PngImagePlugin.PngInfo()
        info.add_text("Author", "Jamie Example, 12 Secret Road")
        img.save(out, "PNG", pnginfo=info)
    else:
        img.save(out, "PNG")
    return out.getvalue()


def jpeg_with_gps(width: int = 80, height: int = 60) -> bytes:
    """A JPEG carrying EXIF with a camera model and GPS position, rotated by orientation."""
    img = Image.new("RGB", (width, height), (30, 160, 90))
    exif = Image.Exif()
    exif[0x0110] = "SecretPhone 12"  # Model
    exif[0x0112] = 6  # Orientation: rotate 90 CW to display
    gps = {1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)}
    exif[0x8825] = gps
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif.tobytes(), quality=90)
    return out.getvalue()


def ogg_opus(seconds: float = 1.0, freq: float = 440.0) -> bytes:
    out = io.BytesIO()
    with av.open(out, "w", format="ogg") as c:
        s = c.add_stream("libopus", rate=48000, layout="mono")
        s.bit_rate = 32000
        _encode_sine(c, s, seconds, freq)
    return out.getvalue()


def webm(seconds: float = 1.0, size: tuple[int, int] = (160, 120), fps: int = 25) -> bytes:
    out = io.BytesIO()
    with av.open(out, "w", format="webm") as c:
        v = c.add_stream("libvpx-vp9", rate=fps)
        v.width, v.height = size
        v.pix_fmt = "yuv420p"
        v.options = {"deadline": "realtime", "cpu-used": "8"}
        a = c.add_stream("libopus", rate=48000, layout="mono")
        for i in range(int(seconds * fps)):
            arr = np.full((size[1], size[0], 3), (i * 9) % 255, dtype=np.uint8)
            frame = av.VideoFrame.from_ndarray(arr, format="rgb24")
            frame.pts = i
            frame.time_base = Fraction(1, fps)
            for p in v.encode(frame):
                c.mux(p)
        for p in v.encode():
            c.mux(p)
        _encode_sine(c, a, seconds, 440.0)
    return out.getvalue()


def _encode_sine(
    c: av.container.OutputContainer, s: av.audio.stream.AudioStream, seconds: float, freq: float
) -> None:
    n = int(48000 * seconds)
    t = np.arange(n) / 48000
    samples = (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    step = 960
    for i in range(0, n, step):
        frame = av.AudioFrame.from_ndarray(samples[None, i : i + step], format="flt", layout="mono")
        frame.sample_rate = 48000
        frame.pts = i
        frame.time_base = Fraction(1, 48000)
        for p in s.encode(frame):
            c.mux(p)
    for p in s.encode():
        c.mux(p)


def feelings_page() -> bytes:
    return json.dumps(
        {
            "page": "feelings",
            "version": 1,
            "feelings": [
                {
                    "feeling": "worried",
                    "amount": "quite-a-lot",
                    "sentence": "About school.",
                    "words": "own",
                },
                {"feeling": "hopeful", "amount": "a-little", "words": "written-by-helper"},
            ],
        }
    ).encode()


def houses_page(drawing_id: str | None = None) -> bytes:
    worries: list[dict[str, str]] = [{"text": "When they shout", "words": "own"}]
    if drawing_id:
        worries.append({"drawing": drawing_id, "words": "own"})
    return json.dumps(
        {
            "page": "houses",
            "version": 1,
            "houses": [
                {
                    "house": "good-things",
                    "name": "My happy house",
                    "entries": [{"text": "My dog", "words": "own"}],
                },
                {"house": "worries", "entries": worries},
                {
                    "house": "hopes-and-dreams",
                    "entries": [{"text": "Stay at my school", "words": "written-by-helper"}],
                },
            ],
        }
    ).encode()
