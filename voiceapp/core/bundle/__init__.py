"""The bundle (``*.voice``): an age file whose payload is a ZIP of a manifest
and the items a young person made. Format: docs/bundle-format.md.

Writing: ``BundleWriter(target, recipients, BundleInfo(...))`` as a context
manager, ``add(kind, bytes_or_file, title=..., audience=..., words=...,
duration_s=...)`` per item. Reading: ``Bundle.open(path, identities)`` (quick,
bounded: the summary), ``verify(progress, cancel)`` (everything), then
``open_item(id)`` (seekable, decrypts only what it reads) or ``read_item``.
"""

from ..text import clean_text
from .limits import DEFAULT_LIMITS, Limits
from .manifest import Item, Manifest
from .media import KINDS
from .reader import Bundle
from .writer import BundleInfo, BundleWriter, default_file_name

__all__ = [
    "DEFAULT_LIMITS",
    "KINDS",
    "Bundle",
    "BundleInfo",
    "BundleWriter",
    "Item",
    "Limits",
    "Manifest",
    "clean_text",
    "default_file_name",
]
