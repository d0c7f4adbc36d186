"""Ids of stored rows as callers write them: whole numbers from 1 to 2**31 - 1."""

from __future__ import annotations

__all__ = ["ID_RULE", "MAX_ID", "parse_id"]

# The id columns are INTEGER, 32 bits on PostgreSQL: a larger id cannot be
# stored, so asking for one is malformed rather than unknown.
MAX_ID = 2**31 - 1
ID_RULE = f"must be a whole number from 1 to {MAX_ID}"


def parse_id(value: object) -> int:
    """The id `value` names (ASCII digits, or an int); ValueError(ID_RULE) if none."""
    text = str(value) if isinstance(value, str | int) else ""
    if isinstance(value, bool) or not (text.isascii() and text.isdigit()):
        raise ValueError(ID_RULE)
    if not 1 <= int(text) <= MAX_ID:
        raise ValueError(ID_RULE)
    return int(text)
