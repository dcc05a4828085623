"""Microphones, as PortAudio (through ``sounddevice``) sees them.

PortAudio reads the list of devices once, when it starts; ``input_devices``
restarts it first (unless a recording is running) so a microphone plugged in
meanwhile shows up.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from ..errors import MicrophoneUnavailable, NoMicrophone

_lock = threading.Lock()
_open_streams = 0


def sounddevice() -> Any:
    """The ``sounddevice`` module, or ``MicrophoneUnavailable`` when PortAudio is missing."""
    try:
        import sounddevice as sd  # type: ignore[import-untyped]
    except OSError as exc:  # the PortAudio library is not installed
        raise MicrophoneUnavailable("PortAudio is missing") from exc
    return sd


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    host_api: str
    channels: int
    is_default: bool


def stream_opened() -> None:
    global _open_streams
    with _lock:
        _open_streams += 1


def stream_closed() -> None:
    global _open_streams
    with _lock:
        _open_streams = max(0, _open_streams - 1)


def _rescan(sd: Any) -> None:
    with _lock:
        if _open_streams:
            return  # restarting PortAudio would end the running recording
        sd._terminate()
        sd._initialize()


def input_devices(rescan: bool = True) -> list[InputDevice]:
    """Every device that can record, the system default first."""
    sd = sounddevice()
    if rescan:
        _rescan(sd)
    try:
        apis = sd.query_hostapis()
        default = sd.default.device[0]
        if default is None or default < 0:
            default = apis[0]["default_input_device"] if apis else -1
        found = []
        for index, info in enumerate(sd.query_devices()):
            if info["max_input_channels"] > 0:
                found.append(
                    InputDevice(
                        index=index,
                        name=str(info["name"]),
                        host_api=str(apis[info["hostapi"]]["name"]),
                        channels=int(info["max_input_channels"]),
                        is_default=index == default,
                    )
                )
    except sd.PortAudioError as exc:
        raise MicrophoneUnavailable(str(exc)) from exc
    return sorted(found, key=lambda d: (not d.is_default, d.index))


def default_input(rescan: bool = True) -> InputDevice:
    """The microphone to preselect; ``NoMicrophone`` when there is none."""
    devices = input_devices(rescan)
    if not devices:
        raise NoMicrophone()
    return devices[0]
