"""One log line per request: id, method, route template, status and latency.

Only the route template is logged (`/v1/suggestions/{suggestion_id}`), never
the concrete path, query values, headers or bodies, which may carry keys or
client text.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import secrets
import time
from contextvars import ContextVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["AccessLog", "current_request_id"]

logger = logging.getLogger("api.access")

_request_id: ContextVar[str | None] = ContextVar("request_id", default=None)
# A caller's X-Request-ID is reused only if it cannot smuggle text into logs.
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def current_request_id() -> str | None:
    """The id of the request being served on this task or thread, if any."""
    return _request_id.get()


def _request_id_of(scope: Scope) -> str:
    given = next((v for k, v in scope["headers"] if k == b"x-request-id"), b"")
    text = given.decode("latin-1")
    return text if _SAFE_ID.match(text) else _new_request_id()


# A random per-process prefix and a counter: unique across replicas without
# asking the OS for randomness on every request (uuid4 was ~6 % of the
# event loop's time under load). A forked worker draws its own prefix.
_prefix = (0, "")
_counter = itertools.count(1)


def _new_request_id() -> str:
    global _prefix
    if _prefix[0] != os.getpid():
        _prefix = (os.getpid(), secrets.token_hex(4))
    return f"{_prefix[1]}{next(_counter):08x}"


def _route_template(scope: Scope) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else "<unmatched>"


class AccessLog:
    """Plain ASGI middleware; answers carry the request id in `X-Request-ID`."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        request_id = _request_id_of(scope)
        token = _request_id.set(request_id)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self._app(scope, receive, send_with_id)
        finally:
            logger.info(
                "request",
                extra={
                    "method": scope["method"],
                    "path": _route_template(scope),
                    "status": status,
                    "latency_ms": round((time.perf_counter() - started) * 1000, 1),
                },
            )
            _request_id.reset(token)
