"""Path and query parameters shared by routes: ids of stored rows and Odoo records."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

from fastapi import Path, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BeforeValidator

from copilot.store import ID_RULE, MAX_ID, parse_id

__all__ = ["IdGate", "OdooId", "PartnerFilter", "ProjectFilter", "StoreId"]

# The validator gives every malformed id (letters, 0, a sign, a fraction,
# too large) one message; Path's bounds document the range in OpenAPI.
StoreId = Annotated[
    int,
    Path(ge=1, le=MAX_ID, description="A stored row's id.", examples=[12]),
    BeforeValidator(parse_id),
]

# Odoo's ids are PostgreSQL serial columns, 32 bits as the store's are: the
# same rule tells a malformed id (422) from a record Odoo does not have.
OdooId = Annotated[
    int,
    Path(ge=1, le=MAX_ID, description="An Odoo record's id.", examples=[12]),
    BeforeValidator(parse_id),
]
ProjectFilter = Annotated[
    int | None,
    Query(ge=1, le=MAX_ID, description="Only this project (its Odoo id)."),
    BeforeValidator(parse_id),
]
PartnerFilter = Annotated[
    int | None,
    Query(ge=1, le=MAX_ID, description="Only this client (its Odoo id)."),
    BeforeValidator(parse_id),
]


class IdGate:
    """A dependency answering 422 for a malformed id before the next ones run.

    FastAPI solves a route's dependencies before its path and query, and
    goes on solving them after a parameter fails: a service that needs Odoo
    answered 503 for `/v1/projects/abc/briefing` while Odoo was not
    configured. Declared after the key and before the service, this raises
    the error the parameters would give (same place, same message).
    """

    def __init__(
        self, *, path: tuple[str, ...] = (), query: tuple[str, ...] = ()
    ) -> None:
        self._names = (("path", path), ("query", query))

    async def __call__(self, request: Request) -> None:
        given: dict[str, Mapping[str, str]] = {
            "path": request.path_params,
            "query": request.query_params,
        }
        problems = [
            {"type": "value_error", "loc": (where, name), "msg": ID_RULE}
            for where, names in self._names
            for name in names
            if name in given[where] and not _is_id(given[where][name])
        ]
        if problems:
            raise RequestValidationError(problems)


def _is_id(value: str) -> bool:
    try:
        parse_id(value)
    except ValueError:
        return False
    return True
