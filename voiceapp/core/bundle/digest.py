"""SHA-256 computed on a helper thread, one block behind the caller.

Decrypting and hashing both release the GIL, so on two cores they overlap:
the caller reads (decrypts) block n+1 while block n is hashed. ``update``
waits for the previous block before taking the next one, so a caller may
reuse a buffer once the *following* ``update`` has returned (two buffers,
alternating, are enough).
"""

from __future__ import annotations

import hashlib
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType


class BackgroundSha256:
    def __init__(self) -> None:
        self._sha = hashlib.sha256()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sha256")
        self._pending: Future[None] | None = None

    def _wait(self) -> None:
        if self._pending is not None:
            self._pending.result()
            self._pending = None

    def update(self, block: bytes | bytearray | memoryview) -> None:
        self._wait()
        self._pending = self._pool.submit(self._sha.update, block)

    def hexdigest(self) -> str:
        self._wait()
        return self._sha.hexdigest()

    def close(self) -> None:
        self._wait()
        self._pool.shutdown(wait=True)

    def __enter__(self) -> BackgroundSha256:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._pool.shutdown(wait=True)
