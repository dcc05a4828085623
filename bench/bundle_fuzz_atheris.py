"""Optional coverage-guided fuzzing of the bundle reader with atheris (libFuzzer).

Not a test and not needed by CI: ``tests/bundle/test_fuzz.py`` (hypothesis)
is the fuzz run that always runs. This one is for longer hunts: libFuzzer
mutates, coverage of ``voiceapp`` guides it, and every input is sealed with
the real age engine so it reaches the parsers behind the encryption. Only
``VoiceError`` may escape ``Bundle.open`` + ``verify`` + ``read_item``;
anything else is a crash, saved by libFuzzer as ``crash-*`` in the
current folder.

Targets (``BUNDLE_FUZZ_TARGET``): ``zip`` (the input is the payload ZIP;
seeded with a valid one), ``manifest`` (the input is the manifest, inside
an otherwise valid bundle), ``file`` (the input is the whole ``.voice`` file).

    pip install atheris
    BUNDLE_FUZZ_TARGET=zip python bench/bundle_fuzz_atheris.py -max_total_time=300
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with atheris.instrument_imports(include=["voiceapp"]):
    from voiceapp.core.bundle import Bundle
    from voiceapp.core.errors import VoiceError

from tests.bundle.hostile import (  # after the instrumented imports
    build_zip,
    good_parts,
    manifest_bytes,
    manifest_entry,
    seal,
    x25519_key,
)

TARGET = os.environ.get("BUNDLE_FUZZ_TARGET", "zip")
PARTS = good_parts()


def exercise(blob: bytes) -> None:
    try:
        with Bundle.open(io.BytesIO(blob), [x25519_key()]) as b:
            b.verify()
            for it in b.manifest.items:
                b.read_item(it.id)
    except VoiceError:
        pass


def one_input(data: bytes) -> None:
    if TARGET == "file":
        exercise(data)
    elif TARGET == "manifest":
        exercise(seal(build_zip([*PARTS.entries, manifest_entry(data)])))
    else:
        exercise(seal(data))


def seed_corpus() -> str:
    folder = Path(tempfile.mkdtemp(prefix="bundle-fuzz-corpus-"))
    if TARGET == "manifest":
        (folder / "seed").write_bytes(manifest_bytes(PARTS.manifest))
    elif TARGET == "file":
        (folder / "seed").write_bytes(seal(PARTS.payload()))
    else:
        (folder / "seed").write_bytes(PARTS.payload())
    print(f"corpus (seed and finds; delete when done): {folder}", file=sys.stderr)
    return str(folder)


def main() -> None:
    args = list(sys.argv)
    if not any(not a.startswith("-") for a in args[1:]):
        args.append(seed_corpus())  # libFuzzer adds new finds to this folder
    atheris.Setup(args, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
