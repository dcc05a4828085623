"""pack, inspect and extract, as an IT team or a script would use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import media_samples as ms

from .conftest import Run, one_error_line


@pytest.fixture
def things(tmp_path: Path) -> dict[str, Path]:
    files = {
        "drawing": ("my_house.png", ms.png()),
        "letter": ("letter.txt", b"Dear chair,\nplease listen.\n"),
        "audio": ("voice.ogg", ms.ogg_opus(1.0)),
        "video": ("me.webm", ms.webm(1.0)),
        "picture": ("dog.jpg", ms.jpeg_with_gps()),
        "feelings": ("feelings.json", ms.feelings_page()),
        "houses": ("houses.json", ms.houses_page()),
    }
    out = {}
    for kind, (name, data) in files.items():
        (tmp_path / name).write_bytes(data)
        out[kind] = tmp_path / name
    return out


@pytest.fixture
def key(voiceapp: Run, tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "chair.txt"
    proc = voiceapp("keygen", "-o", path)
    return path, proc.stderr.decode().strip().removeprefix("Public key: ")


def _pack(voiceapp: Run, out: Path, recipient: str, items: list[str], *extra: str):  # type: ignore[no-untyped-def]
    args: list[str | Path] = [
        "pack",
        "-o",
        out,
        "-r",
        recipient,
        "--age-band",
        "13-17",
        "--conference-date",
        "2026-12-03",
        *extra,
    ]
    for item in items:
        args += ["--item", item]
    return voiceapp(*args)


def test_pack_inspect_extract(
    voiceapp: Run, tmp_path: Path, things: dict[str, Path], key: tuple[Path, str]
) -> None:
    """Every kind packs into a folder under a neutral name, inspects, and extracts intact."""
    keyfile, recipient = key
    items = [f"{k}:{p}" for k, p in things.items()]
    items[1] += ":chair-only"
    outdir = tmp_path / "outbox"
    outdir.mkdir()
    proc = _pack(
        voiceapp, outdir, recipient, items, "--name", "Alex", "--made-with", "social-worker"
    )
    assert proc.returncode == 0, proc.stderr
    bundle = Path(proc.stdout.decode().strip())
    assert bundle.parent == outdir and bundle.name.startswith("conference-2026-12-03-")

    shown = voiceapp("inspect", "-i", keyfile, bundle)
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout.decode()
    assert "checked, complete and unchanged" in text and "Alex" in text
    assert text.count("ONLY FOR THE CHAIR") == 1 and "'letter'" in text.splitlines()[6]

    as_json = json.loads(voiceapp("inspect", "-i", keyfile, "--json", bundle).stdout)
    assert as_json["verification"]["ok"] is True
    assert [i["kind"] for i in as_json["manifest"]["items"]] == list(things)

    dest = tmp_path / "copies"
    ex = voiceapp("extract", "-i", keyfile, "-o", dest, bundle)
    assert ex.returncode == 0, ex.stderr
    assert "not encrypted" in ex.stderr.decode()
    names = sorted(p.name for p in dest.iterdir())
    assert names[0] == "01-drawing-my-house.png" and "manifest.json" in names
    assert (dest / "02-letter-letter.txt").read_bytes() == things["letter"].read_bytes()
    assert (dest / "03-audio-voice.ogg").read_bytes() == things["audio"].read_bytes()


def test_titles_are_cleaned_when_shown(
    voiceapp: Run, tmp_path: Path, key: tuple[Path, str]
) -> None:
    """Escape sequences in a title never reach the terminal."""
    keyfile, recipient = key
    evil = tmp_path / "\x1b[2J\x1b[31mred\u202e.txt"
    evil.write_bytes(b"words")
    proc = _pack(voiceapp, tmp_path / "b.voice", recipient, [f"letter:{evil}"])
    assert proc.returncode == 0, proc.stderr
    shown = voiceapp("inspect", "-i", keyfile, tmp_path / "b.voice").stdout.decode()
    assert "\x1b" not in shown and "\u202e" not in shown and "red" in shown


def test_pack_refuses_wrong_content_and_existing_files(
    voiceapp: Run, tmp_path: Path, things: dict[str, Path], key: tuple[Path, str]
) -> None:
    """A file that is not its kind, or an existing target, exit 1 and write nothing."""
    _, recipient = key
    before = sorted(p.name for p in tmp_path.iterdir())
    bad = _pack(voiceapp, tmp_path / "x.voice", recipient, [f"audio:{things['drawing']}"])
    assert bad.returncode == 1 and "my_house.png" in one_error_line(bad)
    (tmp_path / "taken.voice").write_bytes(b"old")
    taken = _pack(voiceapp, tmp_path / "taken.voice", recipient, [f"letter:{things['letter']}"])
    assert taken.returncode == 1 and "already exists" in one_error_line(taken)
    assert (tmp_path / "taken.voice").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, "taken.voice"])


def test_pack_usage_errors(
    voiceapp: Run, tmp_path: Path, things: dict[str, Path], key: tuple[Path, str]
) -> None:
    """A bad date, a bad item or no item is a usage error (exit 2)."""
    _, recipient = key
    for extra in (["--item", "sticker:x.png"], []):
        proc = _pack(voiceapp, tmp_path / "y.voice", recipient, [], *extra)
        assert proc.returncode == 2, extra
    proc = voiceapp(
        "pack",
        "-o",
        tmp_path,
        "-r",
        recipient,
        "--age-band",
        "8-12",
        "--conference-date",
        "3rd December",
        "--item",
        f"letter:{things['letter']}",
    )
    assert proc.returncode == 2
    assert not list(tmp_path.glob("*.voice"))


def test_extract_leaves_the_folder_alone_on_failure(
    voiceapp: Run, tmp_path: Path, things: dict[str, Path], key: tuple[Path, str]
) -> None:
    """A damaged bundle, or a folder in use, leaves the folder exactly as it was."""
    keyfile, recipient = key
    proc = _pack(voiceapp, tmp_path / "b.voice", recipient, [f"video:{things['video']}"])
    assert proc.returncode == 0
    damaged = bytearray((tmp_path / "b.voice").read_bytes())
    damaged[len(damaged) // 2] ^= 1
    (tmp_path / "d.voice").write_bytes(bytes(damaged))
    empty = tmp_path / "empty"
    empty.mkdir()
    bad = voiceapp("extract", "-i", keyfile, "-o", empty, tmp_path / "d.voice")
    assert bad.returncode == 1 and "damaged" in one_error_line(bad)
    assert list(empty.iterdir()) == []
    used = tmp_path / "used"
    used.mkdir()
    (used / "mine.txt").write_text("keep")
    busy = voiceapp("extract", "-i", keyfile, "-o", used, tmp_path / "b.voice")
    assert busy.returncode == 1
    assert [p.name for p in used.iterdir()] == ["mine.txt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_inspect_wrong_key_and_not_a_bundle(
    voiceapp: Run, tmp_path: Path, things: dict[str, Path], key: tuple[Path, str]
) -> None:
    """Another key, or an age file that is not a bundle, each give one plain line and exit 1."""
    keyfile, recipient = key
    _pack(voiceapp, tmp_path / "b.voice", recipient, [f"letter:{things['letter']}"])
    other = tmp_path / "other.txt"
    voiceapp("keygen", "-o", other)
    wrong = voiceapp("inspect", "-i", other, tmp_path / "b.voice")
    assert wrong.returncode == 1 and "different key" in one_error_line(wrong)
    plain = voiceapp("encrypt", "-r", recipient, "-o", tmp_path / "p.age", stdin=b"just text")
    assert plain.returncode == 0
    notb = voiceapp("inspect", "-i", keyfile, tmp_path / "p.age")
    assert notb.returncode == 1 and "not something My Voice made" in one_error_line(notb)
