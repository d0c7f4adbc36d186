"""Turn Odoo's JSON-RPC values into Python values, at the adapter boundary only.

Odoo 17 answers `False` for every empty field (strings, dates, relations
alike), `[id, display_name]` for a many2one, naive UTC strings for datetimes
and HTML for description and chatter fields.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

__all__ = [
    "as_bool",
    "as_date",
    "as_datetime",
    "as_float",
    "as_ids",
    "as_int",
    "as_optional_text",
    "as_text",
    "many2one_id",
    "many2one_name",
]

_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"
_DATE_FORMAT = "%Y-%m-%d"


def as_text(value: object) -> str:
    """A char/text/selection value, `""` when Odoo says `False`."""
    if value is False or value is None:
        return ""
    return str(value)


def as_optional_text(value: object) -> str | None:
    """A char value, `None` when empty."""
    text = as_text(value).strip()
    return text or None


def as_float(value: object) -> float:
    if value is False or value is None:
        return 0.0
    if isinstance(value, int | float):
        return float(value)
    raise ValueError(f"expected a number, got {type(value).__name__}")


def as_int(value: object) -> int:
    if value is False or value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"expected an integer, got {type(value).__name__}")
    return int(value)


def as_bool(value: object) -> bool:
    return bool(value)


def many2one_id(value: object) -> int | None:
    """The id of a many2one `[id, name]` pair (or a bare id), `None` if empty."""
    if value is False or value is None:
        return None
    if isinstance(value, list | tuple) and value:
        return int(value[0])
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ValueError(f"unexpected many2one value of type {type(value).__name__}")


def many2one_name(value: object) -> str | None:
    """The display name of a many2one pair, `None` if empty or absent."""
    if isinstance(value, list | tuple) and len(value) >= 2 and value[1]:
        return str(value[1])
    return None


def as_ids(value: object) -> tuple[int, ...]:
    """An x2many id list; Odoo sends `[]`, older servers sometimes `False`."""
    if value is False or value is None:
        return ()
    if isinstance(value, list | tuple):
        return tuple(int(v) for v in value)
    raise ValueError(f"unexpected x2many value of type {type(value).__name__}")


def as_datetime(value: object) -> datetime | None:
    """An Odoo datetime string (always UTC, without offset) as an aware datetime."""
    if value is False or value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected a datetime string, got {type(value).__name__}")
    text = value[:19]
    if len(text) == 10:
        return datetime.strptime(text, _DATE_FORMAT).replace(tzinfo=UTC)
    return datetime.strptime(text, _DATETIME_FORMAT).replace(tzinfo=UTC)


def as_date(value: object) -> date | None:
    """An Odoo date string; a datetime string is cut to its UTC date."""
    if value is False or value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected a date string, got {type(value).__name__}")
    return datetime.strptime(value[:10], _DATE_FORMAT).date()
