"""Fuzzing the bundle reader: only the project's own errors may ever escape.

Hypothesis feeds the reader random files, random payloads sealed with the
real age engine, random and field-aware mutations of a valid payload ZIP
(mutated *before* encryption, so they reach the ZIP and manifest parsers),
random JSON manifests and pages. For each, ``Bundle.open`` then ``verify``
then ``read_item`` (and a seek-and-read through ``open_item``) must either
succeed or raise a ``VoiceError``; anything else fails the test.

The example counts keep the whole file well under a minute on two cores.
Set ``VOICEAPP_FUZZ_SCALE=20`` (say) for a longer run.
"""

from __future__ import annotations

import io
import json
import os
import struct
from functools import cache
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from voiceapp.core.bundle import Bundle
from voiceapp.core.errors import VoiceError

from .hostile import (
    Layout,
    Parts,
    build_zip,
    good_parts,
    item_entry,
    manifest_bytes,
    manifest_entry,
    sample,
    seal,
    x25519_key,
)

SCALE = max(1, int(os.environ.get("VOICEAPP_FUZZ_SCALE", "1")))


def fuzz(examples: int) -> Any:
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def exercise(blob: bytes) -> str:
    """Open, verify and read everything; returns how far it got.

    A ``VoiceError`` is the reader refusing, as it should; any other
    exception escapes and fails the test.
    """
    outcome = _exercise(blob)
    event(outcome)
    return outcome


def _exercise(blob: bytes) -> str:
    try:
        with Bundle.open(io.BytesIO(blob), [x25519_key()]) as b:
            _ = [it.display_title for it in b.manifest.items], b.manifest.display_name
            b.verify()
            for it in b.manifest.items:
                data = b.read_item(it.id)
                assert len(data) == it.size
                with b.open_item(it.id) as f:
                    f.seek(it.size // 2)
                    assert f.read(100) == data[it.size // 2 : it.size // 2 + 100]
            return "accepted"
    except VoiceError as e:
        return f"{type(e).__name__}: {(e.detail or '')[:40]}"


@cache
def base() -> tuple[bytes, Layout]:
    """A valid payload ZIP and where its structures are."""
    parts = good_parts()
    lay: list[Layout] = []
    payload = parts.payload(layout=lay)
    return payload, lay[0]


@cache
def field_offsets() -> tuple[tuple[int, int], ...]:
    """(offset, width) of every numeric field of every ZIP structure."""
    payload, lay = base()
    fields: list[tuple[int, int]] = []
    local = [(0, 4), (4, 2), (6, 2), (8, 2), (10, 2), (12, 2), (14, 4), (18, 4), (22, 4)]
    local += [(26, 2), (28, 2)]
    for start in lay.local_offsets:
        fields += [(start + o, w) for o, w in local]
    central = [(0, 4), (4, 1), (5, 1), (6, 2), (8, 2), (10, 2), (12, 2), (14, 2), (16, 4)]
    central += [(20, 4), (24, 4), (28, 2), (30, 2), (32, 2), (34, 2), (36, 2), (38, 4), (42, 4)]
    pos = lay.cd_offset
    while pos < lay.eocd_offset:
        fields += [(pos + o, w) for o, w in central]
        nlen, xlen, clen = struct.unpack_from("<HHH", payload, pos + 28)
        pos += 46 + nlen + xlen + clen
    fields += [(lay.eocd_offset + o, w) for o, w in [(4, 2), (6, 2), (8, 2), (10, 2)]]
    fields += [(lay.eocd_offset + o, w) for o, w in [(12, 4), (16, 4), (20, 2)]]
    # data descriptors: the 16 bytes before each next local header / the CD
    ends = [*lay.local_offsets[1:], lay.cd_offset]
    for end in ends:
        fields += [(end - 16, 4), (end - 12, 4), (end - 8, 4), (end - 4, 4)]
    return tuple(fields)


# -- random files and payloads -----------------------------------------------------------


@fuzz(150)
@given(st.binary(max_size=2048))
def test_random_files(data: bytes) -> None:
    """Random bytes as a bundle file raise only ``VoiceError``."""
    exercise(data)


@fuzz(150)
@given(
    st.sampled_from([b"age-encryption.org/v1\n", b"age-encryption.org/v1\n-> X25519 "]),
    st.binary(max_size=1024),
)
def test_random_headers(prefix: bytes, rest: bytes) -> None:
    """A valid age version line followed by random bytes (so the header and
    stanza parsers are reached) raises only ``VoiceError``."""
    exercise(prefix + rest)


@fuzz(150)
@given(st.binary(max_size=4096))
def test_random_payloads(payload: bytes) -> None:
    """Random bytes sealed as a payload reach the ZIP reader; only
    ``VoiceError`` escapes."""
    exercise(seal(payload))


@fuzz(100)
@given(st.binary(min_size=22, max_size=22), st.binary(max_size=600))
def test_random_end_records(eocd: bytes, before: bytes) -> None:
    """Random bytes ending in something that starts like an end record raise
    only ``VoiceError``."""
    exercise(seal(before + b"PK\x05\x06" + eocd[4:]))


# -- mutations of a valid payload ZIP -------------------------------------------------------

BOUNDARY = [0, 1, 2, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFF, 0x10000, 0x7FFFFFFF]
BOUNDARY += [0x80000000, 0xFFFFFFFE, 0xFFFFFFFF]


@st.composite
def mutation(draw: st.DrawFn, size: int) -> tuple[str, Any]:
    kind = draw(
        st.sampled_from(["flip", "set", "insert", "delete", "truncate", "field", "copy", "field"])
    )
    at = st.integers(0, size - 1)
    if kind == "flip":
        return kind, (draw(at), draw(st.integers(1, 255)))
    if kind == "set":
        return kind, (draw(at), draw(st.binary(min_size=1, max_size=8)))
    if kind == "insert":
        return kind, (draw(at), draw(st.binary(min_size=1, max_size=64)))
    if kind == "delete":
        return kind, (draw(at), draw(st.integers(1, 64)))
    if kind == "truncate":
        return kind, draw(at)
    if kind == "copy":
        return kind, (draw(at), draw(at), draw(st.integers(1, 200)))
    offset, width = draw(st.sampled_from(field_offsets()))
    value = draw(st.sampled_from(BOUNDARY) | st.integers(0, (1 << (8 * width)) - 1))
    value &= (1 << (8 * width)) - 1
    nudge = draw(st.sampled_from([0, 0, 1, -1]))
    return kind, (offset, width, value, nudge)


def apply(payload: bytes, mutations: list[tuple[str, Any]]) -> bytes:
    buf = bytearray(payload)
    for kind, arg in mutations:
        if not buf:
            break
        if kind == "flip":
            pos, x = arg
            buf[pos % len(buf)] ^= x
        elif kind == "set":
            pos, data = arg
            pos %= len(buf)
            buf[pos : pos + len(data)] = data
        elif kind == "insert":
            pos, data = arg
            buf[pos % len(buf) : pos % len(buf)] = data
        elif kind == "delete":
            pos, n = arg
            del buf[pos % len(buf) : pos % len(buf) + n]
        elif kind == "truncate":
            del buf[arg % len(buf) :]
        elif kind == "copy":
            src, dst, n = arg
            chunk = buf[src % len(buf) : src % len(buf) + n]
            buf[dst % len(buf) : dst % len(buf) + len(chunk)] = chunk
        else:
            offset, width, value, nudge = arg
            if offset + width <= len(buf):
                old = int.from_bytes(buf[offset : offset + width], "little")
                new = (value if not nudge else old + nudge) % (1 << (8 * width))
                buf[offset : offset + width] = new.to_bytes(width, "little")
    return bytes(buf)


@fuzz(1000)
@given(st.data())
def test_mutated_payload_zips(data: st.DataObject) -> None:
    """One to four mutations (byte flips, inserts, deletes, truncation,
    copied ranges, and ZIP header fields set to boundary values or nudged by
    one) of a valid payload, sealed, raise only ``VoiceError``."""
    payload, _ = base()
    muts = data.draw(st.lists(mutation(len(payload)), min_size=1, max_size=4))
    exercise(seal(apply(payload, muts)))


# -- random manifests and pages ---------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=30,
)


def sealed_with_manifest(raw: bytes, parts: Parts | None = None) -> bytes:
    parts = parts or good_parts()
    return seal(build_zip([*parts.entries, manifest_entry(raw)]))


@fuzz(300)
@given(json_values)
def test_random_json_manifests(doc: Any) -> None:
    """Any JSON document as the manifest raises only ``VoiceError``."""
    exercise(sealed_with_manifest(json.dumps(doc).encode()))


@fuzz(100)
@given(st.binary(max_size=512) | st.text(max_size=200).map(str.encode))
def test_random_manifest_bytes(raw: bytes) -> None:
    """Any bytes as the manifest raise only ``VoiceError``."""
    exercise(sealed_with_manifest(raw))


def paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += paths(v, (*prefix, i))
    return out


def replaced(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(doc, dict):
        return {**doc, head: replaced(doc[head], rest, value)}
    out = list(doc)
    out[head] = replaced(doc[head], rest, value)
    return out


TYPICAL = st.sampled_from(
    [
        0,
        -1,
        1,
        2,
        2**31,
        1.5,
        "",
        "x" * 201,
        "2026-02-30",
        "2026-12-03T00:00:00Z",
        "chair-only",
        "drawing",
        "video",
        "image/jpeg",
        "items/aaaaaaaaaaab.png",
        "aaaaaaaaaaab",
        "\u202e\x1b[2J",
        [],
        {},
        None,
        True,
    ]
)


@fuzz(600)
@given(st.data())
def test_valid_manifests_with_one_part_replaced(data: st.DataObject) -> None:
    """A valid manifest with one to three values (anywhere in it, items
    included) replaced by random JSON or by typical tricky values raises
    only ``VoiceError``; this reaches the schema and the checks after it."""
    parts = good_parts()
    doc: Any = parts.manifest
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(paths(doc)))
        doc = replaced(doc, path, data.draw(TYPICAL | json_values))
    exercise(sealed_with_manifest(manifest_bytes(doc), parts))


@fuzz(300)
@given(st.sampled_from(["feelings", "houses"]), st.data())
def test_random_pages(kind: str, data: st.DataObject) -> None:
    """A feelings or houses page that is random JSON, or a valid page with a
    part replaced (with sizes and hashes made consistent so the page checks
    are reached), raises only ``VoiceError``."""
    page: Any = json.loads(sample(kind))
    if data.draw(st.booleans()):
        page = data.draw(json_values)
    else:
        path = data.draw(st.sampled_from(paths(page)))
        page = replaced(page, path, data.draw(TYPICAL | json_values))
    parts = good_parts()
    parts.replace_data(kind, json.dumps(page).encode())
    exercise(seal(parts.payload()))


@fuzz(300)
@given(
    st.sampled_from(["drawing", "letter", "audio", "video", "picture"]),
    st.binary(max_size=300),
    st.integers(0, 4096),
)
def test_random_item_bytes(kind: str, junk: bytes, keep: int) -> None:
    """An item whose bytes are a random prefix of real content plus junk
    (sizes and hashes consistent, so only the media checks can refuse it)
    raises only ``VoiceError``."""
    parts = good_parts()
    parts.replace_data(kind, sample(kind)[:keep] + junk)
    exercise(seal(parts.payload()))


def test_fuzz_harness_accepts_the_unmutated_bundle() -> None:
    """The check of the checks: unmutated inputs are accepted, so the fuzz
    reaches past the first refusal."""
    payload, _ = base()
    assert _exercise(seal(payload)) == "accepted"
    assert _exercise(sealed_with_manifest(manifest_bytes(good_parts().manifest))) == "accepted"
    assert apply(payload, [("field", (0, 4, 0, 0))]) != payload
    doc, _ = item_entry("drawing", sample("drawing"), 1)
    assert doc["size"] == len(sample("drawing"))
