"""Microphones, as PortAudio (through ``sounddevice``) sees them.

PortAudio reads the list of devices once, when it starts; ``input_devices``
restarts it first (unless a recording is running) so a microphone plugged in
meanwhile shows up.
"""

from __future__ import annotations

import atexit
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


CLOSE_TIMEOUT = 2.0  # at most this long waiting for a microphone stream to close


def close_stream(stream: Any, name: str = "microphone-close") -> bool:
    """Close an input stream without ever hanging the recording; False if it stuck.

    When the sound server itself dies mid-stream, libpulse can deadlock under
    PortAudio (its callback thread waits for the mainloop's lock, held by the
    mainloop, which waits for that thread), and closing the stream then never
    returns. So the stream is closed on a thread of its own, waited for at most
    ``CLOSE_TIMEOUT``; if it is stuck, sounddevice's exit handler (which would stop
    the same stream again at exit, and hang the app for good) is skipped. The system
    frees everything when the process ends; until then the stuck stream counts as
    open, so the device list is not rescanned under it.
    """

    def close() -> None:
        try:
            stream.abort()
            stream.close()
        except Exception:  # noqa: S110 - a vanished device may refuse; nothing to keep
            pass
        finally:
            stream_closed()

    closer = threading.Thread(target=close, name=name, daemon=True)
    closer.start()
    closer.join(CLOSE_TIMEOUT)
    if not closer.is_alive():
        return True
    handler = getattr(sounddevice(), "_exit_handler", None)
    if handler is not None:
        atexit.unregister(handler)
    return False


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
