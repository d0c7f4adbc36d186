"""One table from the product's errors to HTTP statuses."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
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

logger = logging.getLogger(__name__)

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

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(
        _request: Request, exc: RequestValidationError
    ) -> JSONResponse:
        # FastAPI's default echoes the offending input, which may be the very
        # text sent for redaction: keep only where and what.
        problems = [
            {"loc": list(err.get("loc", ())), "msg": err.get("msg", "")}
            for err in exc.errors()
        ]
        return JSONResponse(
            status_code=422, content={"error": "InvalidRequest", "detail": problems}
        )

    @app.exception_handler(OverflowError)
    async def _out_of_range(_request: Request, _exc: OverflowError) -> JSONResponse:
        return JSONResponse(
            status_code=400,
            content={"error": "InvalidRequest", "detail": "A number is out of range."},
        )

    @app.exception_handler(UnicodeError)
    async def _bad_text(_request: Request, _exc: UnicodeError) -> JSONResponse:
        return JSONResponse(
            status_code=400,
            content={
                "error": "InvalidRequest",
                "detail": "The text is not valid Unicode (lone surrogate?).",
            },
        )
