"""Request guards: answer only expected hosts, refuse foreign browser origins.

The API acts on Odoo; a web page in a user's browser must not be able to
trigger it (cross-site POST) or read it through DNS rebinding.
"""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.middleware.trustedhost import TrustedHostMiddleware

__all__ = ["install_request_guards"]


class _OriginGuard(BaseHTTPMiddleware):
    def __init__(self, app: object, allowed: Sequence[str]) -> None:
        super().__init__(app)  # type: ignore[arg-type]
        self._allowed = frozenset(origin.rstrip("/") for origin in allowed)

    async def dispatch(
        self, request: Request, call_next: RequestResponseEndpoint
    ) -> Response:
        origin = request.headers.get("origin")
        if origin is not None and origin.rstrip("/") not in self._allowed:
            return JSONResponse(
                status_code=403,
                content={
                    "error": "OriginRefused",
                    "detail": "Browser origin not allowed; "
                    "see COPILOT_API_ALLOWED_ORIGINS.",
                },
            )
        return await call_next(request)


def install_request_guards(
    app: FastAPI, *, hosts: Sequence[str], origins: Sequence[str]
) -> None:
    app.add_middleware(_OriginGuard, allowed=origins)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))
