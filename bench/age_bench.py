"""Speed and memory of ``voiceapp encrypt/decrypt`` against the ``age`` tool.

Not a test: it prints figures. Both commands run side by side in one script,
alternating, on the same file in the page cache, writing to /dev/null, with
an X25519 key (the Debian age tool has no hybrid keys). For each direction it
prints the median wall time, the ratio to age (below 1.0 means faster than
age) and each tool's peak resident memory, measured per child by wait4.

    .venv/bin/python bench/age_bench.py [--size-mib 1024] [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GNU_TIME = "/usr/bin/time"  # Debian package "time"


def run(cmd: list[str], stdin_path: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one child process.

    Peak RSS comes from GNU time, not from our own wait4: on Linux a child
    forked from this (larger) Python process inherits its high-water mark.
    """
    with open(stdin_path, "rb") as src, open(os.devnull, "wb") as dst:
        t = time.perf_counter()
        proc = subprocess.run(
            [GNU_TIME, "-f", "%M", *cmd], stdin=src, stdout=dst, stderr=subprocess.PIPE, check=False
        )
        elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}: {proc.stderr.decode()}")
    return elapsed, int(proc.stderr.decode().split()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mib", type=int, default=1024)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    age_tool = shutil.which("age")
    if age_tool is None or not Path(GNU_TIME).exists():
        sys.exit("the age tool and GNU time are needed: apt-get install age time")
    voiceapp = [sys.executable, "-m", "voiceapp"]
    with tempfile.TemporaryDirectory(prefix="age-bench-") as d:  # random bytes only
        work = Path(d)
        key = work / "key.txt"
        subprocess.run(
            [*voiceapp, "keygen", "--classic", "-o", str(key)], check=True, capture_output=True
        )
        recipient = subprocess.run(
            [*voiceapp, "keygen", "-y", str(key)], check=True, capture_output=True, text=True
        ).stdout.strip()
        plain = work / "plain.bin"
        with open(plain, "wb") as f:
            block = os.urandom(1 << 20)
            for _ in range(args.size_mib):
                f.write(block)
        enc_ours, enc_age = work / "ours.age", work / "theirs.age"
        for cmd, out in (
            ([*voiceapp, "encrypt", "-r", recipient, "-o", str(enc_ours), str(plain)], enc_ours),
            ([age_tool, "-r", recipient, "-o", str(enc_age), str(plain)], enc_age),
        ):
            subprocess.run(cmd, check=True)
            assert out.exists()
        for p in (plain, enc_ours, enc_age):  # warm the page cache
            with open(p, "rb") as f:
                while f.read(1 << 24):
                    pass
        tasks = {
            "encrypt": (
                ([*voiceapp, "encrypt", "-r", recipient], plain),
                ([age_tool, "-r", recipient], plain),
            ),
            "decrypt": (
                ([*voiceapp, "decrypt", "-i", str(key)], enc_age),
                ([age_tool, "-d", "-i", str(key)], enc_ours),
            ),
        }
        print(f"{args.size_mib} MiB, {args.rounds} rounds, alternating; age: {age_tool}")
        head = ("", "voiceapp s", "age s", "ratio", "voiceapp RSS", "age RSS")
        print("{:8} {:>11} {:>8} {:>6} {:>13} {:>9}".format(*head))
        for name, (ours, theirs) in tasks.items():
            t_ours, t_age, rss_ours, rss_age = [], [], 0, 0
            for _ in range(args.rounds):
                s, r = run(*ours)
                t_ours.append(s)
                rss_ours = max(rss_ours, r)
                s, r = run(*theirs)
                t_age.append(s)
                rss_age = max(rss_age, r)
            mo, ma = statistics.median(t_ours), statistics.median(t_age)
            print(
                f"{name:8} {mo:11.3f} {ma:8.3f} {mo / ma:6.2f} "
                f"{rss_ours / 1024:10.1f} MB {rss_age / 1024:6.1f} MB"
            )


if __name__ == "__main__":
    main()
