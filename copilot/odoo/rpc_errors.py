"""Translate odoorpc and transport failures into the product's errors.

Odoo's error envelope carries server text (record values, tracebacks): none
of it is copied into our messages except the exception class name and the
fixed phrases Odoo uses for missing models and fields.
"""

from __future__ import annotations

import json
import re
import ssl
import urllib.error
from collections.abc import Mapping

import odoorpc.error

from copilot.errors import (
    CopilotError,
    OdooAccessDenied,
    OdooError,
    OdooFeatureMissing,
    OdooUnavailable,
)

__all__ = ["translate_rpc_error"]

_UNKNOWN_MODEL = re.compile(r"Object ([\w.]+) doesn't exist")
_UNKNOWN_FIELD = re.compile(r"Invalid field '?([\w.]+)'? (?:on model|in leaf)")
_MISSING_DB = re.compile(r'database "([^"]+)" does not exist')


def translate_rpc_error(exc: BaseException, *, url: str, db: str) -> CopilotError:
    """Map one failure of a call to Odoo onto a `CopilotError` that says what to fix."""
    if isinstance(exc, CopilotError):
        return exc
    if isinstance(exc, odoorpc.error.RPCError):
        return _from_rpc_error(exc, url=url, db=db)
    if isinstance(exc, urllib.error.HTTPError):
        return OdooUnavailable(
            f"Odoo at {url} answered HTTP {exc.code}; check COPILOT_ODOO_URL "
            "points at the Odoo server itself (no path)."
        )
    if isinstance(exc, TimeoutError) or (
        isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, TimeoutError)
    ):
        return OdooUnavailable(
            f"Odoo at {url} did not answer in time; check the server's load or "
            "raise COPILOT_ODOO_TIMEOUT_S."
        )
    if isinstance(exc, ssl.SSLError):
        return OdooUnavailable(f"TLS failed talking to {url}: {exc.reason}.")
    if isinstance(exc, urllib.error.URLError | ConnectionError):
        return OdooUnavailable(
            f"Cannot reach Odoo at {url}; check COPILOT_ODOO_URL and that the "
            "server is running."
        )
    if isinstance(exc, json.JSONDecodeError | UnicodeDecodeError | KeyError):
        return OdooUnavailable(
            f"{url} did not answer like an Odoo JSON-RPC server; check "
            "COPILOT_ODOO_URL."
        )
    if isinstance(exc, odoorpc.error.InternalError):
        return OdooError(f"odoorpc refused the call: {type(exc).__name__}.")
    return OdooError(f"Unexpected failure talking to Odoo: {type(exc).__name__}.")


def _from_rpc_error(exc: odoorpc.error.RPCError, *, url: str, db: str) -> CopilotError:
    message = str(exc.args[0]) if exc.args else ""
    info = exc.info if isinstance(exc.info, Mapping) else {}
    data = info.get("data", {}) if isinstance(info, Mapping) else {}
    name = str(data.get("name", "")) if isinstance(data, Mapping) else ""
    if message == "Wrong login ID or password":
        return OdooAccessDenied(
            f"Odoo at {url} refused the login for database '{db}': wrong login "
            "or password (an API key also works as the password). Check "
            "COPILOT_ODOO_LOGIN and COPILOT_ODOO_PASSWORD."
        )
    if _MISSING_DB.search(message) or (
        "OperationalError" in name and "does not exist" in message
    ):
        return OdooUnavailable(
            f"Database '{db}' does not exist on {url}; check COPILOT_ODOO_DB."
        )
    if name.endswith("AccessDenied"):
        return OdooAccessDenied(
            "Odoo denied access: the password or API key is no longer valid."
        )
    if name.endswith("AccessError"):
        return OdooAccessDenied(
            "The Odoo user lacks a right this job needs; grant read access to "
            "Project, Timesheets and Helpdesk, and the right to create activities."
        )
    model = _UNKNOWN_MODEL.search(message)
    if model:
        return OdooFeatureMissing(
            f"Model '{model.group(1)}' is not installed in database '{db}'."
        )
    field = _UNKNOWN_FIELD.search(message)
    if field:
        return OdooFeatureMissing(
            f"Field '{field.group(1)}' is not available in database '{db}'."
        )
    return OdooError(f"Odoo rejected a call ({name or 'unknown error'}).")
