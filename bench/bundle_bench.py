"""Speed and memory of bundles: a 1 GiB bundle against ``zip -0 | age``.

Not a test: it prints figures against the bars of the bundle issue.

The bundle holds three videos of 340 MiB (1 GiB in all) and one of every
small kind. Encoding 1 GiB of real VP9 would take far too long, so each "video" is a real small
WebM (VP9 + Opus, ``tests.media_samples.webm``) followed by random bytes up to
the size: it passes the reader's byte-level media check, and random bytes
are what compressed video looks like to the ZIP and age layers, which is all
that is measured here. An X25519 key is used throughout, because the Debian
``age`` tool has no post-quantum keys (a hybrid key changes only the header).

Printed:

(a) pack: ``BundleWriter`` (in a fresh Python process; the time inside it and
    the wall time with interpreter start) against ``zip -0 -j - FILES | age
    -r R > OUT`` on the same item files, alternating, medians; ratio (bar:
    at most 1.0). ``BundleWriter`` fsyncs before renaming, so the pipeline
    gets ``sync OUT`` too ("durable"); the plain pipeline is printed as well.
(b) ``Bundle.open`` + listing the items: chunks decrypted (bar: at most 3)
    and milliseconds, cold (first open in a fresh process) and warm.
(c) after ``verify``, ``open_item`` on a video, seek to its middle and read
    1 MiB: chunks decrypted for that read and milliseconds. 1 MiB spans 16
    or 17 chunks of 64 KiB, so the overhead beyond the chunks the bytes lie
    in is printed too (bar: at most 3 chunks of overhead, under 20 ms);
    also a 4 KiB read (time to first frame).
(d) full verification (``Bundle.open`` + ``verify``, fresh process) against
    ``age -d -i KEY FILE > /dev/null``, alternating, medians; throughput and
    ratio (bar: at most 1.2).
(e) peak RSS of the pack and of the verification processes, from GNU
    ``/usr/bin/time -f %M`` (bar: under 100 MB).

Scratch files live in a temporary folder that is deleted at the end.

    .venv/bin/python bench/bundle_bench.py [--video-mib 340] [--rounds 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GNU_TIME = "/usr/bin/time"
MB = 1_000_000
MiB = 1 << 20
CHUNK = 64 * 1024

# item file name -> (kind, title, fixed id); the houses page shows the drawing
ITEMS = {
    "video1.webm": ("video", "Me at the park", "videoaaaaaaa"),
    "video2.webm": ("video", "My room", "videobbbbbbb"),
    "video3.webm": ("video", "What I want", "videoccccccc"),
    "drawing.png": ("drawing", "My family", "drawingaaaaa"),
    "letter.txt": ("letter", "Dear chair", "letteraaaaaa"),
    "audio.ogg": ("audio", "My voice", "audioaaaaaaa"),
    "picture.jpg": ("picture", "My dog", "pictureaaaaa"),
    "feelings.json": ("feelings", "How I feel", "feelingsaaaa"),
    "houses.json": ("houses", "Three houses", "housesaaaaaa"),
}


# -- children: run in a fresh interpreter so that RSS and start-up are honest -------------


def child_pack(items: Path, key_file: Path, out: Path) -> None:
    from voiceapp.core import age
    from voiceapp.core.bundle import BundleInfo, BundleWriter

    start = time.perf_counter()
    identity = age.parse_identity_file(key_file.read_text())[0]
    info = BundleInfo(age_band="13-17", conference_date=dt.date(2026, 12, 3), made_with="advocate")
    with BundleWriter(out, [identity.recipient()], info, overwrite=True) as w:
        for name, (kind, title, item_id) in ITEMS.items():
            duration = 1.0 if kind in ("video", "audio") else None
            with open(items / name, "rb") as f:
                w.add(kind, f, title=title, duration_s=duration, item_id=item_id)
    print(json.dumps({"seconds": time.perf_counter() - start}))


def child_verify(bundle: Path, key_file: Path) -> None:
    from voiceapp.core import age
    from voiceapp.core.bundle import Bundle

    start = time.perf_counter()
    identity = age.parse_identity_file(key_file.read_text())[0]
    with Bundle.open(bundle, [identity]) as b:
        b.verify()
    print(json.dumps({"seconds": time.perf_counter() - start}))


def child_open(bundle: Path, key_file: Path) -> None:
    from voiceapp.core import age
    from voiceapp.core.bundle import Bundle

    identity = age.parse_identity_file(key_file.read_text())[0]
    start = time.perf_counter()
    with Bundle.open(bundle, [identity]) as b:
        titles = [(it.kind, it.display_title, it.size) for it in b.manifest.items]
        elapsed = time.perf_counter() - start
        print(json.dumps({"seconds": elapsed, "chunks": b.chunks_decrypted, "n": len(titles)}))


# -- the parent -------------------------------------------------------------------------------


def timed(cmd: list[str], *, stdout_to_null: bool = False) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (KiB, from GNU time) and stdout of one child."""
    start = time.perf_counter()
    proc = subprocess.run(
        [GNU_TIME, "-f", "%M", *cmd],
        stdout=subprocess.DEVNULL if stdout_to_null else subprocess.PIPE,
        stderr=subprocess.PIPE,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr.decode()}")
    rss = int(proc.stderr.decode().split()[-1])
    return elapsed, rss, (proc.stdout or b"").decode()


def make_items(folder: Path, video_bytes: int) -> None:
    from tests import media_samples as ms

    real = ms.webm(1.0)
    for name, (kind, _, _) in ITEMS.items():
        path = folder / name
        if kind == "video":
            with open(path, "wb") as f:
                f.write(real)
                left = video_bytes - len(real)
                while left > 0:
                    block = os.urandom(min(8 * MiB, left))
                    f.write(block)
                    left -= len(block)
        elif kind == "drawing":
            path.write_bytes(ms.png(800, 600))
        elif kind == "letter":
            path.write_bytes(b"Dear chair,\nI want to stay at my school.\n" * 50)
        elif kind == "audio":
            path.write_bytes(ms.ogg_opus(5.0))
        elif kind == "picture":
            path.write_bytes(ms.jpeg_with_gps(1600, 1200))
        elif kind == "feelings":
            path.write_bytes(ms.feelings_page())
        else:
            path.write_bytes(ms.houses_page(ITEMS["drawing.png"][2]))


def warm(*paths: Path) -> None:
    for p in paths:
        with open(p, "rb") as f:
            while f.read(16 * MiB):
                pass


def ratio_line(label: str, ours: list[float], theirs: list[float], bar: float | None) -> str:
    """Medians and their ratio; ``bar=None`` for figures given for information."""
    mo, mt = statistics.median(ours), statistics.median(theirs)
    if bar is None:
        return f"{label:34} {mo:7.3f} s vs {mt:7.3f} s  ratio {mo / mt:5.2f} (for information)"
    verdict = "meets" if mo / mt <= bar else "MISSES"
    return f"{label:34} {mo:7.3f} s vs {mt:7.3f} s  ratio {mo / mt:5.2f} (bar <= {bar}: {verdict})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--video-mib", type=int, default=340, help="size of each video, in MiB")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        what, *paths = args.child
        {"pack": child_pack, "verify": child_verify, "open": child_open}[what](*map(Path, paths))
        return

    age_tool, zip_tool = shutil.which("age"), shutil.which("zip")
    if not (age_tool and zip_tool and Path(GNU_TIME).exists()):
        sys.exit("needs the age tool, zip and GNU time: apt-get install age zip time")
    from voiceapp.core import age
    from voiceapp.core.bundle import Bundle

    me = [sys.executable, str(Path(__file__).resolve()), "--child"]
    with tempfile.TemporaryDirectory(prefix="bundle-bench-") as d:  # random bytes only
        work = Path(d)
        items = work / "items"
        items.mkdir()
        identity = age.X25519Identity.generate()
        key_file = work / "key.txt"
        key_file.write_text(age.format_identity_file(identity))
        recipient = identity.recipient().to_string()
        t = time.perf_counter()
        make_items(items, args.video_mib * MiB)
        files = [str(items / n) for n in ITEMS]
        total = sum(os.path.getsize(f) for f in files)
        print(
            f"items: 3 videos of {args.video_mib} MiB (a real WebM + random bytes) and 6 small "
            f"items, {total / MiB:.0f} MiB in all (made in {time.perf_counter() - t:.0f} s); "
            f"{args.rounds} rounds, alternating; {os.cpu_count()} CPUs"
        )
        ours_out, theirs_out = work / "ours.voice", work / "theirs.age"
        pipeline = f"{zip_tool} -0 -q -j - {' '.join(files)} | {age_tool} -r {recipient} > "
        warm(*map(Path, files))

        # (a) pack
        t_in, t_wall, t_zip, t_zip_sync, rss_pack = [], [], [], [], 0
        for _ in range(args.rounds):
            for out in (ours_out, theirs_out):
                out.unlink(missing_ok=True)
            s, rss, text = timed([*me, "pack", str(items), str(key_file), str(ours_out)])
            t_wall.append(s)
            t_in.append(json.loads(text)["seconds"])
            rss_pack = max(rss_pack, rss)
            s, _, _ = timed(["sh", "-c", pipeline + str(theirs_out)])
            t_zip.append(s)
            theirs_out.unlink()
            s, _, _ = timed(["sh", "-c", f"{pipeline}{theirs_out} && sync {theirs_out}"])
            t_zip_sync.append(s)
        size = ours_out.stat().st_size
        print(f"\n(a) pack, {size / MiB:.0f} MiB bundle")
        print(ratio_line("BundleWriter vs zip|age (durable)", t_in, t_zip_sync, 1.0))
        print(ratio_line("  same, with interpreter start", t_wall, t_zip_sync, None))
        print(ratio_line("BundleWriter vs zip|age (no sync)", t_in, t_zip, 1.0))
        subprocess.run(
            [age_tool, "-d", "-i", str(key_file), "-o", str(work / "check.zip"), str(ours_out)],
            check=True,
        )
        unzip = subprocess.run(["unzip", "-tq", str(work / "check.zip")], capture_output=True)
        print(f"    age -d + unzip -t of our bundle: {unzip.stdout.decode().strip()}")
        (work / "check.zip").unlink()

        # (b) open and list
        warm(ours_out)
        cold = [json.loads(timed([*me, "open", str(ours_out), str(key_file)])[2])]
        warm_ms, chunks = [], 0
        for _ in range(5):
            start = time.perf_counter()
            with Bundle.open(ours_out, [identity]) as b:
                listing = [(it.kind, it.display_title, it.size) for it in b.manifest.items]
                warm_ms.append((time.perf_counter() - start) * 1000)
                chunks = max(chunks, b.chunks_decrypted)
        verdict = "meets" if max(chunks, cold[0]["chunks"]) <= 3 else "MISSES"
        print(f"\n(b) open + list {len(listing)} items of a {size / MiB:.0f} MiB bundle")
        print(
            f"    chunks decrypted: {chunks} (bar <= 3: {verdict}); "
            f"{cold[0]['seconds'] * 1000:.1f} ms cold (fresh process, after imports), "
            f"{statistics.median(warm_ms):.1f} ms warm (median of 5)"
        )

        # (c) seek to the middle of a video and read
        with Bundle.open(ours_out, [identity]) as b:
            t = time.perf_counter()
            b.verify()
            verify_in_process = time.perf_counter() - t
            video = next(it for it in b.manifest.items if it.kind == "video")
            print(
                f"\n(c) seek into a {video.size / MiB:.0f} MiB video after verify "
                f"({verify_in_process:.2f} s in process) and read"
            )
            # far apart, so no read finds another's chunks in the cache
            data_offset = b._members[video.file].data_offset  # private: bench only
            aligned = (data_offset + video.size // 4) // CHUNK * CHUNK - data_offset
            for label, n, where in (
                ("1 MiB from the middle", MiB, video.size // 2),
                ("1 MiB, chunk-aligned", MiB, aligned),
                ("4 KiB at three quarters", 4096, video.size * 3 // 4),
            ):
                f = b.open_item(video.id)
                before = b.chunks_decrypted
                start = time.perf_counter()
                f.seek(where)
                got = f.read(n)
                ms_ = (time.perf_counter() - start) * 1000
                used = b.chunks_decrypted - before
                assert len(got) == n
                # chunks the bytes themselves lie in, in payload offsets
                data_start = data_offset + where
                spanned = (data_start + n - 1) // CHUNK - data_start // CHUNK + 1
                verdict = "meets" if used - spanned <= 3 and ms_ < 20 else "MISSES"
                print(
                    f"    {label:24} {used:3d} chunks decrypted ({spanned} hold the bytes, "
                    f"overhead {used - spanned}), {ms_:6.2f} ms "
                    f"(bar overhead <= 3 and < 20 ms: {verdict})"
                )

        # (d) full verification against age -d, and (e) RSS
        warm(ours_out, theirs_out)
        v_in, v_wall, v_age, rss_verify, rss_age = [], [], [], 0, 0
        for _ in range(args.rounds):
            s, rss, text = timed([*me, "verify", str(ours_out), str(key_file)])
            v_wall.append(s)
            v_in.append(json.loads(text)["seconds"])
            rss_verify = max(rss_verify, rss)
            s, rss, _ = timed(
                [age_tool, "-d", "-i", str(key_file), str(ours_out)], stdout_to_null=True
            )
            v_age.append(s)
            rss_age = max(rss_age, rss)
        print(f"\n(d) full verification of {size / MiB:.0f} MiB")
        print(ratio_line("open + verify vs age -d >/dev/null", v_in, v_age, 1.2))
        print(ratio_line("  same, with interpreter start", v_wall, v_age, None))
        print(
            f"    throughput: {size / MiB / statistics.median(v_in):.0f} MiB/s, "
            f"age -d {size / MiB / statistics.median(v_age):.0f} MiB/s"
        )
        print("\n(e) peak RSS (GNU time, fresh processes; bar < 100 MB)")
        for label, kib in (("pack", rss_pack), ("verify", rss_verify), ("age -d", rss_age)):
            verdict = (
                "" if label == "age -d" else (" meets" if kib * 1024 < 100 * MB else " MISSES")
            )
            print(f"    {label:8} {kib * 1024 / MB:6.1f} MB{verdict}")


if __name__ == "__main__":
    main()
