"""One window per vault: a second ``voiceapp open FILE`` hands FILE to the
window already open (a chair double-clicking several attachments) instead of
meeting "already open".

The local socket's name comes from the vault's folder, and only this user may
connect. What arrives is only a path; the window opens it as any other file,
after unlock, with full verification.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from voiceapp.core.vault.paths import default_root

_MAX_PATH = 4096
_TIMEOUT_MS = 2000


def server_name() -> str:
    digest = hashlib.sha256(str(default_root().resolve()).encode("utf-8")).hexdigest()
    return f"voiceapp-{digest[:20]}"


def send_to_running(path: str) -> bool:
    """Give ``path`` to a window already open on this vault; False if there is none."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(_TIMEOUT_MS):
        return False
    socket.write(path.encode("utf-8") + b"\n")
    ok = socket.waitForBytesWritten(_TIMEOUT_MS)
    socket.disconnectFromServer()
    return ok


class InstanceServer(QObject):
    """Listens for files sent by later ``voiceapp open FILE`` calls."""

    file_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(server_name())  # a socket left by a crash
        self.listening = self._server.listen(server_name())
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > _MAX_PATH:
                socket.abort()
            return
        raw = bytes(socket.readLine(_MAX_PATH + 1).data()).rstrip(b"\n")
        socket.disconnectFromServer()
        try:
            path = raw.decode("utf-8")
        except UnicodeDecodeError:
            return
        if path and "\x00" not in path:
            self.file_requested.emit(path)
