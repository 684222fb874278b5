"""What bounds the service: the size of an upload, the time of a check, the checks at once and
the queue, the API keys. No starlette here: the admission and the key check are plain objects
so that a test (or another server) can use and fill them directly."""
from __future__ import annotations

import hmac
import threading
from dataclasses import field
from pathlib import Path

from ..records import record
from ..config import DEFAULT_TIMEOUT
from ..extract.reader import MAX_INPUT_BYTES

MULTIPART_OVERHEAD = 64 * 1024  # boundaries, part headers and the option fields of one form


@record(frozen=True)
class Limits:
    """``max_bytes``: the largest draft accepted (the CLI's --max-bytes default, 20 MB);
    ``timeout``: seconds a check may take (the CLI's --timeout, 30; 0: none); ``workers``:
    checks run at once, each in a process of the pool; ``queue``: checks that may wait for a
    worker (more are answered 503 with Retry-After); ``max_memory``: bytes a worker process may
    grow by (the CLI's --max-memory); ``grace``: seconds the server waits past ``timeout`` for a
    worker stuck outside Python before it answers 504."""

    max_bytes: int = MAX_INPUT_BYTES
    timeout: float = DEFAULT_TIMEOUT
    workers: int = 2
    queue: int = 8
    max_memory: int = 2 * 1024 ** 3
    grace: float = 10.0
    retry_after: int = 2

    @property
    def max_body(self) -> int:
        """The largest request body read: the draft and what wraps it (the multipart boundaries
        and option fields, or the JSON around the text). The draft itself is then held to
        ``max_bytes`` (its UTF-8 bytes for a JSON text)."""
        return self.max_bytes + MULTIPART_OVERHEAD


class Admission:
    """At most ``workers + queue`` checks in the service at once: running or waiting for a
    worker. ``try_enter`` says no (the caller answers 503) instead of queueing without bound."""

    def __init__(self, workers: int, queue: int):
        self.capacity = max(1, workers) + max(0, queue)
        self._lock = threading.Lock()
        self.in_flight = 0

    def try_enter(self) -> bool:
        with self._lock:
            if self.in_flight >= self.capacity:
                return False
            self.in_flight += 1
            return True

    def full(self) -> bool:
        with self._lock:
            return self.in_flight >= self.capacity

    def leave(self) -> None:
        with self._lock:
            self.in_flight = max(0, self.in_flight - 1)


@record(frozen=True)
class ApiKeys:
    """The accepted keys (none: the service is open). Compared in constant time."""

    keys: tuple[bytes, ...] = field(default_factory=tuple)

    @classmethod
    def from_file(cls, path: str | Path) -> "ApiKeys":
        """One key a line; blank lines and lines starting with ``#`` are not keys. Raises
        ValueError when the file holds no key (an empty key file must not open the service)."""
        text = Path(path).read_text(encoding="utf-8")
        keys = tuple(line.strip().encode("utf-8") for line in text.splitlines()
                     if line.strip() and not line.strip().startswith("#"))
        if not keys:
            raise ValueError(f"{path}: không có khóa API nào (no API key in the file)")
        return cls(keys)

    @property
    def required(self) -> bool:
        return bool(self.keys)

    def accepts(self, presented: str | None) -> bool:
        if not self.keys:
            return True
        if not presented:
            return False
        given = presented.encode("utf-8", "surrogateescape")
        ok = False
        for key in self.keys:  # every key is compared: the time does not say which one matched
            ok |= hmac.compare_digest(given, key)
        return ok


def presented_key(headers) -> str | None:
    """The key a request presents: ``Authorization: Bearer KEY`` or ``X-API-Key: KEY``."""
    auth = headers.get("authorization")
    if auth:
        scheme, _, value = auth.strip().partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip()
    key = headers.get("x-api-key")
    return key.strip() if key and key.strip() else None
