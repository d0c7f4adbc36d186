"""Request guards: expected hosts only, no foreign browser origins, bounded bodies.

The API acts on Odoo; a web page in a user's browser must not be able to
trigger it (cross-site POST) or read it through DNS rebinding, and a client
must not exhaust memory with one request.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["install_request_guards"]

logger = logging.getLogger(__name__)


def _refusal(status: int, error: str, what: str, setting: str) -> JSONResponse:
    """The API's error body for a request a guard refuses, naming the setting."""
    return JSONResponse(
        status_code=status,
        content={
            "error": error,
            "detail": f"{what} not allowed; see COPILOT_API_ALLOWED_{setting}.",
        },
    )


class _HostGuard:
    """Expected `Host` headers only (DNS rebinding); refusals in the API's format.

    A pattern is a host name or address, `*.` and a domain, or `*` for any.
    """

    def __init__(self, app: ASGIApp, allowed: Sequence[str]) -> None:
        self._app = app
        self._exact = frozenset(h.lower() for h in allowed if not h.startswith("*"))
        self._suffixes = tuple(h[1:].lower() for h in allowed if h.startswith("*."))
        self._any = "*" in allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and not self._any:
            raw = next((v for k, v in scope["headers"] if k == b"host"), b"")
            host = _without_port(raw.decode("latin-1").lower())
            if host not in self._exact and not any(
                host.endswith(suffix) for suffix in self._suffixes
            ):
                refusal = _refusal(400, "HostRefused", "Host header", "HOSTS")
                await refusal(scope, receive, send)
                return
        await self._app(scope, receive, send)


def _without_port(host: str) -> str:
    """`127.0.0.1:8000` -> `127.0.0.1`; `[::1]:8000` -> `[::1]`."""
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.split(":", 1)[0]


class _OriginGuard:
    """Plain ASGI middleware (cheaper per request than `BaseHTTPMiddleware`)."""

    def __init__(self, app: ASGIApp, allowed: Sequence[str]) -> None:
        self._app = app
        self._allowed = frozenset(origin.rstrip("/") for origin in allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            origin = next((v for k, v in scope["headers"] if k == b"origin"), None)
            if origin is not None:
                text = origin.decode("latin-1").rstrip("/")
                if text not in self._allowed:
                    refusal = _refusal(
                        403, "OriginRefused", "Browser origin", "ORIGINS"
                    )
                    await refusal(scope, receive, send)
                    return
        await self._app(scope, receive, send)


_TOO_LARGE = "The request body is too large."


class _BodyLimit:
    """Refuse bodies over `max_bytes` (413), declared or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self._app = app
        self._max = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        declared = next((v for k, v in scope["headers"] if k == b"content-length"), b"")
        if declared.isdigit() and int(declared) > self._max:
            await _too_large(scope, receive, send)
            return
        seen = 0

        async def bounded() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self._max:
                    raise _BodyTooLarge
            return message

        try:
            await self._app(scope, bounded, send)
        except _BodyTooLarge:
            await _too_large(scope, receive, send)


class _BodyTooLarge(HTTPException):
    """Raised by the counting `receive`. An HTTPException, because FastAPI turns
    any other error met while reading a body into a 400; where the body is
    read outside FastAPI the middleware itself answers."""

    def __init__(self) -> None:
        super().__init__(413, _TOO_LARGE)


async def _too_large(scope: Scope, receive: Receive, send: Send) -> None:
    refusal = JSONResponse(
        status_code=413,
        content={
            "error": "PayloadTooLarge",
            "detail": _TOO_LARGE,
        },
    )
    await refusal(scope, receive, send)


class _LastResort:
    """Answer 500 without a traceback: a traceback may quote request text."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await self._app(scope, receive, send)
        except Exception as exc:
            if scope["type"] != "http":
                raise
            logger.error("unexpected %s while serving a request", type(exc).__name__)
            failure = JSONResponse(
                status_code=500,
                content={
                    "error": "InternalError",
                    "detail": "Unexpected server error.",
                },
            )
            await failure(scope, receive, send)


def install_request_guards(
    app: FastAPI,
    *,
    hosts: Sequence[str],
    origins: Sequence[str],
    max_body_bytes: int = 1_000_000,
) -> None:
    app.add_middleware(_OriginGuard, allowed=origins)
    app.add_middleware(_BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(_HostGuard, allowed=hosts)
    app.add_middleware(_LastResort)
