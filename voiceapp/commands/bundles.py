"""``pack``, ``inspect`` and ``extract``: bundles from the command line.

The bundle machinery (JSON Schema, Pillow, FFmpeg) is imported only when one
of these commands runs, so the plain age commands start quickly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import secrets
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from voiceapp.core.errors import NoMatchingKey, VoiceError

from .common import (
    Failure,
    UsageError,
    add_identity_options,
    add_recipient_options,
    identities_from,
    recipients_from,
)

if TYPE_CHECKING:
    from voiceapp.core.bundle import Bundle

KIND_NAMES = ("drawing", "letter", "audio", "video", "picture", "feelings", "houses")


def _item_spec(spec: str) -> tuple[str, Path, str]:
    kind, sep, rest = spec.partition(":")
    if not sep or kind not in KIND_NAMES or not rest:
        raise UsageError(
            f"--item wants KIND:PATH[:chair-only] with KIND one of {', '.join(KIND_NAMES)}"
        )
    audience = "everyone"
    if rest.endswith(":chair-only"):
        rest, audience = rest.removesuffix(":chair-only"), "chair-only"
    return kind, Path(rest), audience


def _title(path: Path) -> str:
    return re.sub(r"[_-]+", " ", path.stem).strip()[:200] or path.name[:200]


def cmd_pack(args: argparse.Namespace) -> None:
    from voiceapp.core.bundle import BundleInfo, BundleWriter
    from voiceapp.core.bundle.media import KINDS
    from voiceapp.core.bundle.probe import recording_duration

    if not args.item:
        raise UsageError("give at least one --item KIND:PATH")
    items = [_item_spec(s) for s in args.item]
    try:
        date = dt.date.fromisoformat(args.conference_date)
    except ValueError:
        raise UsageError("--conference-date must be YYYY-MM-DD") from None
    recipients = recipients_from(args)
    for _, path, _ in items:
        if not path.is_file():
            raise Failure(f"cannot open {path}: no such file")
    info = BundleInfo(
        age_band=args.age_band,
        conference_date=date,
        made_with=args.made_with,
        name=args.name,
        reference=args.reference,
        language=args.language,
    )
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        raise Failure(f"{out} already exists; choose another name or a folder")
    try:
        with BundleWriter(out, recipients, info) as writer:
            for kind, path, audience in items:
                try:
                    duration = None
                    if KINDS[kind].timed:
                        media_type = next(iter(KINDS[kind].media_types))
                        duration = recording_duration(str(path), media_type)
                    with open(path, "rb") as f:
                        writer.add(
                            kind, f, title=_title(path), audience=audience, duration_s=duration
                        )
                except VoiceError as e:
                    raise Failure(f"{path}: {e.message}") from None
    except OSError as e:
        raise Failure(f"cannot write {out}: {e.strerror}") from None
    except ValueError as e:
        raise UsageError(str(e)) from None
    sys.stdout.write(f"{writer.path}\n")


def _open_verified(args: argparse.Namespace) -> Bundle:
    from voiceapp.core.bundle import Bundle

    identities, prompted = identities_from(args)
    try:
        bundle = Bundle.open(args.bundle, identities)
    except NoMatchingKey:
        if prompted is not None and not prompted.asked:
            raise UsageError("give an identity file with -i, or --passphrase-file") from None
        raise
    except OSError as e:
        raise Failure(f"cannot open {args.bundle}: {e.strerror}") from None
    try:
        bundle.verify()
    except BaseException:
        bundle.close()
        raise
    return bundle


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000  # type: ignore[assignment]
    return str(n)


def cmd_inspect(args: argparse.Namespace) -> None:
    with _open_verified(args) as bundle:
        m = bundle.manifest
        if args.json:
            result: dict[str, Any] = {
                "manifest": m.raw,
                "verification": {
                    "ok": True,
                    "items": len(m.items),
                    "bytes": bundle.payload_size,
                },
            }
            sys.stdout.write(json.dumps(result, indent=2) + "\n")  # ASCII: safe on any terminal
            return
        lines = [
            "My Voice bundle: checked, complete and unchanged.",
            f"Young person: {m.display_name or '(no name given)'}, age {m.age_band}",
            f"Conference: {m.conference_date.isoformat()}"
            + (f", reference {m.reference}" if m.reference else ""),
            f"Made: {m.created} with {m.made_with.replace('-', ' ')}, language {m.language}",
            f"Things ({len(m.items)}):",
        ]
        for n, it in enumerate(m.items, 1):
            extra = f", {it.duration_s:.1f} s" if it.duration_s is not None else ""
            who = "ONLY FOR THE CHAIR" if it.chair_only else "everyone may see"
            words = "own words" if it.words == "own" else "written by a helper"
            lines.append(
                f"  {n:2}. {it.kind:8} {it.display_title!r} ({_size(it.size)}{extra}) "
                f"- {who}; {words}"
            )
        sys.stdout.write("\n".join(lines) + "\n")


def _safe_name(n: int, kind: str, title: str, ext: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-")[:40] or "untitled"
    return f"{n:02d}-{kind}-{slug}.{ext}"


def cmd_extract(args: argparse.Namespace) -> None:
    target = Path(args.output)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise Failure(f"{target} already exists and is not an empty folder; nothing was written")
    with _open_verified(args) as bundle:
        staging = target.parent / f".{target.name}.{secrets.token_hex(4)}.part"
        try:
            staging.mkdir(mode=0o700)
            (staging / "manifest.json").write_text(
                json.dumps(bundle.manifest.raw, indent=2, ensure_ascii=False) + "\n"
            )
            for n, it in enumerate(bundle.manifest.items, 1):
                ext = it.file.rsplit(".", 1)[1]
                dest = staging / _safe_name(n, it.kind, it.display_title, ext)
                with bundle.open_item(it.id) as src, open(dest, "xb") as out:
                    shutil.copyfileobj(src, out, 1 << 20)
                    out.flush()
                    os.fsync(out.fileno())
            if target.exists():
                target.rmdir()
            staging.rename(target)
        except BaseException as e:
            shutil.rmtree(staging, ignore_errors=True)
            if isinstance(e, OSError):
                raise Failure(f"cannot write into {target}: {e.strerror}") from None
            raise
    sys.stderr.write(
        f"Wrote {len(bundle.manifest.items)} items to {target}. "
        "These copies are not encrypted: keep them safe and delete them when done.\n"
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("pack", help="pack a young person's things into a bundle for the chair")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="a .voice file or a folder")
    add_recipient_options(p)
    p.add_argument("--name", help="the name the young person chose (optional)")
    p.add_argument("--age-band", required=True, choices=["4-7", "8-12", "13-17"])
    p.add_argument("--conference-date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--reference", help="the conference reference")
    p.add_argument(
        "--made-with",
        default="alone",
        choices=["alone", "social-worker", "advocate", "family-member", "other"],
    )
    p.add_argument("--language", default="en-GB", help="the language the things are in")
    p.add_argument(
        "--item",
        action="append",
        default=[],
        metavar="KIND:PATH[:chair-only]",
        help=f"one thing to include; KIND is one of {', '.join(KIND_NAMES)}",
    )
    p.set_defaults(func=cmd_pack)

    p = sub.add_parser("inspect", help="check a bundle completely and summarise it")
    add_identity_options(p)
    p.add_argument("--json", action="store_true", help="print the manifest and result as JSON")
    p.add_argument("bundle", metavar="BUNDLE")
    p.set_defaults(func=cmd_inspect)

    p = sub.add_parser("extract", help="check a bundle, then copy its items into a new folder")
    add_identity_options(p)
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p.add_argument("bundle", metavar="BUNDLE")
    p.set_defaults(func=cmd_extract)
