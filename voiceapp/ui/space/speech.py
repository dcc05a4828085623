"""Which text-to-speech engine the space uses.

``None`` is Qt's default engine for this computer. ``VOICEAPP_SPEECH_ENGINE``
names another; the tests set it to Qt's ``mock`` engine, because the real
engine never finishes without a sound server.
"""

from __future__ import annotations

import os

ENGINE_VARIABLE = "VOICEAPP_SPEECH_ENGINE"


def speech_engine() -> str | None:
    return os.environ.get(ENGINE_VARIABLE) or None
