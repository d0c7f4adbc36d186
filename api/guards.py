"""Request guards: answer only expected hosts, refuse foreign browser origins.

The API acts on Odoo; a web page in a user's browser must not be able to
trigger it (cross-site POST) or read it through DNS rebinding.
"""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

__all__ = ["install_request_guards"]


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
                    refusal = JSONResponse(
                        status_code=403,
                        content={
                            "error": "OriginRefused",
                            "detail": "Browser origin not allowed; "
                            "see COPILOT_API_ALLOWED_ORIGINS.",
                        },
                    )
                    await refusal(scope, receive, send)
                    return
        await self._app(scope, receive, send)


def install_request_guards(
    app: FastAPI, *, hosts: Sequence[str], origins: Sequence[str]
) -> None:
    app.add_middleware(_OriginGuard, allowed=origins)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))
