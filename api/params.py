"""Path parameters shared by routes: ids of rows in the store."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path
from pydantic import BeforeValidator

from copilot.store import MAX_ID, parse_id

__all__ = ["StoreId"]

# The validator gives every malformed id (letters, 0, a sign, a fraction,
# too large) one message; Path's bounds document the range in OpenAPI.
StoreId = Annotated[
    int,
    Path(ge=1, le=MAX_ID, description="A stored row's id.", examples=[12]),
    BeforeValidator(parse_id),
]
