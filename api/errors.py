"""One table from the product's errors to HTTP statuses."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from api.auth import Forbidden, Unauthenticated
from api.schemas import ErrorBody
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

__all__ = ["error_responses", "install_error_handlers", "status_for"]

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


_MEANING = {
    400: "Bad request: the reason names what to change.",
    401: "No API key, or one that is unknown or revoked.",
    403: "The key's role may not do this.",
    404: "The record does not exist in Odoo or the store.",
    409: "The suggestion was already decided.",
    413: "The request body is too large.",
    422: "Invalid parameters or body: where and why, without the value sent.",
    501: "An Odoo app or field this job needs is not installed.",
    502: "Odoo or the model did not answer usably.",
    503: "A setting is missing: the reason names it.",
}


_HTTP_ERRORS = {
    400: "InvalidRequest",
    404: "NotFound",
    405: "MethodNotAllowed",
    413: "PayloadTooLarge",
}


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries documenting the error body of each status."""
    return {code: {"model": ErrorBody, "description": _MEANING[code]} for code in codes}


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
            {
                "loc": list(err.get("loc", ())),
                "msg": err.get("msg", "").removeprefix("Value error, "),
            }
            for err in exc.errors()
        ]
        return JSONResponse(
            status_code=422, content={"error": "InvalidRequest", "detail": problems}
        )

    @app.exception_handler(HTTPException)
    async def _http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        # Starlette's own refusals (unparsable JSON, unknown path, wrong
        # method) in the same body as every other error.
        detail = exc.detail if isinstance(exc.detail, str) else "Invalid request."
        return JSONResponse(
            status_code=exc.status_code,
            content={
                "error": _HTTP_ERRORS.get(exc.status_code, "HTTPError"),
                "detail": detail,
            },
            headers=exc.headers,
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
