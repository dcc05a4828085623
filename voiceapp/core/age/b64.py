"""Strict base64 as the age header needs it: standard alphabet, no padding,
canonical (unused bits zero). Anything else is rejected."""

from __future__ import annotations

import base64
import binascii
import re

_ALPHABET = re.compile(rb"\A[A-Za-z0-9+/]*\Z")


class Base64Error(ValueError):
    pass


def encode(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def decode(untrusted: bytes) -> bytes:
    if not _ALPHABET.match(untrusted) or len(untrusted) % 4 == 1:
        raise Base64Error("not unpadded base64")
    padded = untrusted + b"=" * (-len(untrusted) % 4)
    try:
        out = base64.b64decode(padded, validate=True)
    except binascii.Error as e:
        raise Base64Error(str(e)) from None
    if encode(out) != untrusted:
        raise Base64Error("non-canonical base64")
    return out
