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
