"""Bounds on what a bundle may hold. Anything past them is refused unread.

The defaults are documented in docs/bundle-format.md; keep the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1 << 20


@dataclass(frozen=True)
class Limits:
    max_items: int = 500
    max_item_size: int = 1536 * MiB  # a long video, with room to spare
    max_total_size: int = (1 << 31) - 1  # every offset stays within classic ZIP
    max_manifest_size: int = 1 * MiB
    max_json_depth: int = 8
    max_page_size: int = 256 * 1024  # a letter, a feelings or a houses page
    max_title_length: int = 200
    max_name_length: int = 100
    max_duration_s: float = 4 * 3600.0


DEFAULT_LIMITS = Limits()
