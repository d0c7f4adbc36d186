"""Moving every date of a dataset by whole days, so an old demo stays current."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from copilot.sandbox.schema import ModelSpec

__all__ = ["shift_records"]

_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def shift_records(
    records: Mapping[str, Sequence[Mapping[str, Any]]],
    models: Mapping[str, ModelSpec],
    days: int,
) -> dict[str, list[dict[str, Any]]]:
    """Copies of the records with date and datetime fields moved by ``days``.

    The field type decides, not the text: a char field that happens to hold a
    date, or a date written inside an HTML body, is left alone.
    """
    shifted: dict[str, list[dict[str, Any]]] = {}
    for model, rows in records.items():
        spec = models.get(model)
        dated = (
            []
            if spec is None
            else [
                f.name for f in spec.fields.values() if f.type in ("date", "datetime")
            ]
        )
        shifted[model] = [_shift_row(row, dated, days) for row in rows]
    return shifted


def _shift_row(
    row: Mapping[str, Any], dated: Sequence[str], days: int
) -> dict[str, Any]:
    copy = dict(row)
    if not days:
        return copy
    delta = timedelta(days=days)
    for name in dated:
        value = copy.get(name)
        if not isinstance(value, str) or not value:
            continue
        if len(value) == 10:
            copy[name] = (date.fromisoformat(value) + delta).isoformat()
        else:
            moment = datetime.strptime(value[:19], _DATETIME_FORMAT) + delta
            copy[name] = moment.strftime(_DATETIME_FORMAT)
    return copy
