"""Bech32 (BIP 173) without the length limit, as age uses it.

Strings are all lower case or all upper case; the checksum is computed over
the lower-case form. Anything else is rejected.
"""

from __future__ import annotations

from ..errors import InvalidKey

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_REV = {c: i for i, c in enumerate(_CHARSET)}
_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= _GEN[i]
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    maxv = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & maxv)
    elif bits >= from_bits or (acc << (to_bits - bits)) & maxv:
        raise InvalidKey("bech32: non-zero or excess padding")
    return out


def encode(hrp: str, data: bytes) -> str:
    """Encode ``data`` under ``hrp`` (given in lower case); returns lower case."""
    if hrp != hrp.lower():
        raise ValueError("hrp must be lower case")
    values = _convert_bits(data, 8, 5, pad=True)
    polymod = _polymod([*_hrp_expand(hrp), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[v] for v in values + checksum)


def decode(untrusted: str) -> tuple[str, bytes]:
    """Decode a Bech32 string; returns (lower-case hrp, data)."""
    if untrusted.lower() != untrusted and untrusted.upper() != untrusted:
        raise InvalidKey("bech32: mixed case")
    s = untrusted.lower()
    pos = s.rfind("1")
    if pos < 1 or pos + 7 > len(s):
        raise InvalidKey("bech32: separator misplaced")
    hrp = s[:pos]
    if any(ord(c) < 33 or ord(c) > 126 for c in hrp):
        raise InvalidKey("bech32: invalid hrp character")
    try:
        values = [_CHARSET_REV[c] for c in s[pos + 1 :]]
    except KeyError:
        raise InvalidKey("bech32: invalid character") from None
    if _polymod(_hrp_expand(hrp) + values) != 1:
        raise InvalidKey("bech32: bad checksum")
    return hrp, bytes(_convert_bits(values[:-6], 5, 8, pad=False))
