"""Conversion of field values between RPC input, storage and read output."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, Protocol

from copilot.sandbox.schema import FieldSpec

__all__ = ["NameSource", "apply_x2many", "to_read", "to_stored"]

_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"


class NameSource(Protocol):
    """Resolves the display name a many2one shows for a record."""

    def display_name(
        self, model: str, record_id: int, fallback: str | None = None
    ) -> str:
        """The display name, or ``fallback`` when the record is unknown."""


def to_stored(
    model: str, fspec: FieldSpec, value: Any, current: Any, names: NameSource
) -> Any:
    """Normalize a value sent to create or write, as Odoo's convert_to_cache."""
    ftype = fspec.type
    if ftype == "many2one":
        return _many2one(fspec, value, names)
    if fspec.is_x2many:
        return apply_x2many(list(current or []), value)
    if ftype == "boolean":
        return bool(value)
    if ftype in ("integer", "many2one_reference"):
        return int(value or 0)
    if ftype in ("float", "monetary"):
        return float(value or 0.0)
    if value is None or value is False:
        return False
    if ftype == "date":
        return date.fromisoformat(str(value)[:10]).isoformat()
    if ftype == "datetime":
        return _datetime(str(value))
    if ftype == "selection":
        keys = fspec.selection_keys
        if keys is not None and str(value) not in keys:
            raise ValueError(f"Wrong value for {model}.{fspec.name}: {value!r}")
        return value
    if ftype in ("char", "text", "html"):
        return str(value)
    return value


def to_read(fspec: FieldSpec, stored: Any, names: NameSource, load: str | None) -> Any:
    """The value read() returns; many2one as ``[id, display_name]`` by default."""
    if fspec.type == "many2one":
        if not stored:
            return False
        record_id, stored_name = _pair(stored)
        if load != "_classic_read":
            return record_id
        if fspec.relation is None:
            return [record_id, stored_name or str(record_id)]
        return [record_id, names.display_name(fspec.relation, record_id, stored_name)]
    if isinstance(stored, list):
        return list(stored)
    if isinstance(stored, dict):
        return dict(stored)
    return stored


def apply_x2many(current: list[int], value: Any) -> list[int]:
    """Apply Odoo x2many commands (or a plain id list) to the current ids."""
    if value is None or value is False:
        return []
    if not isinstance(value, list | tuple):
        raise ValueError(f"Wrong x2many value: {value!r}")
    if all(isinstance(item, int) for item in value):
        return list(dict.fromkeys(value))
    ids = list(current)
    for command in value:
        ids = _apply_command(ids, command)
    return ids


def _apply_command(ids: list[int], command: Sequence[Any]) -> list[int]:
    code = command[0]
    if code == 0:
        raise ValueError(
            "The sandbox does not create records through x2many commands; "
            "create the record first, then link it with (4, id)"
        )
    if code in (2, 3):
        return [i for i in ids if i != command[1]]
    if code == 4:
        return ids if command[1] in ids else [*ids, int(command[1])]
    if code == 5:
        return []
    if code == 6:
        return list(dict.fromkeys(int(i) for i in command[2]))
    if code == 1:
        return ids
    raise ValueError(f"Unknown x2many command {command!r}")


def _many2one(fspec: FieldSpec, value: Any, names: NameSource) -> Any:
    if value is None or value is False or value == 0:
        return False
    record_id = int(value[0] if isinstance(value, list | tuple) else value)
    if fspec.relation is None:
        return [record_id, str(record_id)]
    return [record_id, names.display_name(fspec.relation, record_id)]


def _pair(stored: Any) -> tuple[int, str | None]:
    if isinstance(stored, list | tuple):
        name = stored[1] if len(stored) > 1 and isinstance(stored[1], str) else None
        return int(stored[0]), name
    return int(stored), None


def _datetime(text: str) -> str:
    if len(text) == 10:
        return f"{date.fromisoformat(text).isoformat()} 00:00:00"
    return datetime.strptime(text[:19], _DATETIME_FORMAT).strftime(_DATETIME_FORMAT)
