"""One table from the product's errors to HTTP statuses."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from api.auth import Forbidden, Unauthenticated
from copilot.errors import (
    CallerError,
    ConfigurationError,
    CopilotError,
    ModelError,
    NotFoundError,
    OdooAccessDenied,
    OdooFeatureMissing,
    OdooUnavailable,
    RedactionError,
    WriteRefused,
)
from copilot.store import TransitionRefused

__all__ = ["install_error_handlers"]

# Most specific first: the first matching class decides the status.
_STATUS: tuple[tuple[type[CopilotError], int], ...] = (
    (Unauthenticated, 401),
    (Forbidden, 403),
    (NotFoundError, 404),
    (TransitionRefused, 409),
    (CallerError, 400),
    (ConfigurationError, 503),
    (OdooUnavailable, 502),
    (OdooAccessDenied, 502),
    (OdooFeatureMissing, 501),
    (RedactionError, 500),
    (ModelError, 502),
    (WriteRefused, 403),
)


def status_for(error: CopilotError) -> int:
    return next((code for cls, code in _STATUS if isinstance(error, cls)), 500)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(CopilotError)
    async def _copilot_error(_request: Request, exc: CopilotError) -> JSONResponse:
        status = status_for(exc)
        return JSONResponse(
            status_code=status,
            content={"error": type(exc).__name__, "detail": str(exc)},
            headers={"WWW-Authenticate": "Bearer"} if status == 401 else None,
        )
