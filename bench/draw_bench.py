"""Speed and memory of the drawing canvas (issue 5, "Draw").

Not a test: it prints figures for the targets

- drawing one stroke segment on a 1920 x 1080 canvas: under 8 ms
  (the segment painted into the picture, and the same plus the repaint of the
  canvas on screen, in a 1280 x 800 drawing panel);
- 200 undo steps within 300 MB RSS (the whole process: Python, Qt, the canvas,
  and the undo store), measured after 200 long strokes, after undoing them all,
  and at its peak.

Also: the end of a stroke (storing its undo tiles), a fill, a stamp, one undo,
and making the autosave PNG (on a worker thread in the app).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/draw_bench.py [--segments 2000] [--steps 200]
"""

from __future__ import annotations

import argparse
import math
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from voiceapp.ui.app import application
from voiceapp.ui.draw import DrawPanel, DrawSounds, Tool
from voiceapp.ui.draw.canvas import encode_png
from voiceapp.ui.draw.panel import PALETTE
from voiceapp.ui.theme import apply_theme

MiB = 1 << 20


def status_mib(field: str) -> float:
    """VmRSS or VmHWM (peak) of this process, in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def figures(name: str, times_s: list[float], target_ms: float | None = None) -> None:
    ms = sorted(t * 1000 for t in times_s)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    line = (
        f"{name:<46} median {statistics.median(ms):7.3f} ms   p95 {p95:7.3f} ms   "
        f"max {ms[-1]:7.3f} ms   (n={len(ms)})"
    )
    if target_ms is not None:
        line += f"   target < {target_ms:g} ms: {'ok' if p95 < target_ms else 'MISSED'}"
    print(line)


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=2000)
    parser.add_argument("--steps", type=int, default=200)
    args = parser.parse_args()

    app = application([sys.argv[0]])
    apply_theme(app)
    print(f"Qt platform: {QApplication.platformName()}; python {sys.version.split()[0]}")
    rss_start = status_mib("VmRSS")
    panel = DrawPanel(sounds=DrawSounds(speaker=False), autosave_ms=60_000)
    panel.resize(1280, 800)
    panel.show()
    app.processEvents()
    canvas = panel.canvas
    image = canvas.image()
    print(
        f"canvas {image.width()} x {image.height()} shown {canvas.width()} x {canvas.height()}; "
        f"RSS with the panel open: {status_mib('VmRSS'):.0f} MiB (before: {rss_start:.0f} MiB)"
    )
    rng = random.Random(1)

    # ---- one stroke segment ----
    for level, size in enumerate(("small", "medium", "big")):
        canvas.set_size_level(level)
        canvas.set_colour(QColor(PALETTE[4 + level][0]))
        only: list[float] = []
        shown: list[float] = []
        x, y = 200.0, 540.0
        canvas.begin_stroke(QPointF(x, y))
        for i in range(args.segments):
            angle = i / 25
            nx, ny = 960 + 700 * math.cos(angle), 540 + 400 * math.sin(angle * 1.3)
            if i % 2:
                only.append(timed(lambda x=nx, y=ny: canvas.extend_stroke(QPointF(x, y))))
            else:

                def segment(x: float = nx, y: float = ny) -> None:
                    canvas.extend_stroke(QPointF(x, y))
                    canvas.repaint()  # paints the updated part of the canvas now

                shown.append(timed(segment))
        commit = timed(canvas.end_stroke)
        figures(f"segment ({size} brush), picture only", only)
        figures(f"segment ({size} brush) + repaint on screen", shown, 8.0)
        print(
            f"  end of that stroke ({args.segments} segments), undo tiles stored: "
            f"{commit * 1000:.1f} ms"
        )

    canvas.set_tool(Tool.FILL)
    fills = [
        timed(lambda: canvas.fill_at(QPointF(rng.randrange(1920), rng.randrange(1080))))
        for _ in range(10)
    ]
    figures("fill (incl. undo tiles)", fills)
    canvas.set_tool(Tool.STAMP)
    stamps = [
        timed(lambda: canvas.stamp_at(QPointF(rng.randrange(1920), rng.randrange(1080))))
        for _ in range(20)
    ]
    figures("stamp, medium (incl. undo tiles)", stamps)
    pngs = [timed(lambda: encode_png(canvas.image())) for _ in range(5)]
    figures("autosave PNG of the picture (worker thread)", pngs)
    canvas.start_again()
    canvas.history.clear()

    # ---- 200 undo steps ----
    canvas.set_tool(Tool.BRUSH)
    rss_before = status_mib("VmRSS")
    step_times = []
    for step in range(args.steps):
        canvas.set_size_level(step % 3)
        canvas.set_colour(QColor(PALETTE[step % len(PALETTE)][0]))
        x, y = rng.randrange(1920), rng.randrange(1080)
        canvas.begin_stroke(QPointF(x, y), rng.random())
        for _ in range(40):  # long scribbles across much of the page
            x = min(1919, max(0, x + rng.randrange(-200, 201)))
            y = min(1079, max(0, y + rng.randrange(-200, 201)))
            canvas.extend_stroke(QPointF(x, y), rng.random())
        step_times.append(timed(canvas.end_stroke))
    app.processEvents()
    rss_drawn = status_mib("VmRSS")
    kept = canvas.history.undo_count()
    store = canvas.history.nbytes / MiB
    undo_times = []
    while canvas.can_undo():
        undo_times.append(timed(canvas.undo))
    app.processEvents()
    rss_undone = status_mib("VmRSS")
    figures("end of a 40-segment stroke (undo tiles stored)", step_times)
    figures("one undo", undo_times)
    peak = status_mib("VmHWM")
    print(
        f"{args.steps} strokes: {kept} undo steps kept (dropped {canvas.history.dropped}), "
        f"undo store {store:.1f} MiB (budget {canvas.history.budget / MiB:.0f} MiB)"
    )
    print(
        f"RSS: before the strokes {rss_before:.0f} MiB, after {args.steps} strokes "
        f"{rss_drawn:.0f} MiB, after undoing all {rss_undone:.0f} MiB, peak {peak:.0f} MiB"
        f"   target < 300 MiB: {'ok' if peak < 300 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
