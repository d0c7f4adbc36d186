"""Path and query parameters shared by routes: ids of stored rows and Odoo records."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query
from pydantic import BeforeValidator

from copilot.store import MAX_ID, parse_id

__all__ = ["OdooId", "PartnerFilter", "ProjectFilter", "StoreId"]

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
