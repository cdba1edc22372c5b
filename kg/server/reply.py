"""`Reply`: an HTTP answer made in a query process, moved to the server process as plain data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

__all__ = ["Reply"]


@dataclass(frozen=True)
class Reply:
    """An HTTP answer made in a query process: status, body, media type, extra headers."""

    status: int
    body: bytes
    media: str = "text/plain"
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def text(cls, status: int, message: str, headers: dict[str, str] | None = None) -> Reply:
        body = (message + "\n").encode("utf-8")
        return cls(status, body, "text/plain", tuple((headers or {}).items()))

    @classmethod
    def json(cls, value: Any) -> Reply:
        return cls(200, json.dumps(value, ensure_ascii=False).encode("utf-8"), "application/json")
