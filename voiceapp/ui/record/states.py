"""What a recording page is doing: the names both the voice and video pages use."""

from __future__ import annotations

LOOKING = "looking"  # fetching the microphones (and cameras)
READY = "ready"
COUNTDOWN = "countdown"  # video only: 3, 2, 1 over the picture
STARTING = "starting"  # opening the microphone (and camera)
RECORDING = "recording"
PAUSED = "paused"
STOPPING = "stopping"  # the last fraction of a second is coming in
LISTENING = "listening"  # the listen (or watch) / keep step
PROBLEM = "problem"

RUNNING = (STARTING, RECORDING, PAUSED)
"""A recorder is open and Stop finishes it."""

# How the last recording ended, for the status line on the record step ("" for none).
KEPT = "kept"
THROWN = "thrown"
EMPTY = "empty"  # stopped before any sound came

GETTING_READY = "getting-ready"
"""The words a page shows while LOOKING or STARTING (see ``TakeFlow._page_words``)."""
