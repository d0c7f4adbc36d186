"""Rows of the billing models in the recorded `search_read` shape."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["BillingRecords", "blank_row"]

Row = dict[str, Any]
_EMPTY = {"one2many": [], "many2many": [], "boolean": False}


@cache
def _recorded_fields(model: str) -> dict[str, str]:
    path = resources.files("copilot.sandbox") / "data" / "records" / f"{model}.json"
    fields: dict[str, str] = json.loads(path.read_text("utf-8"))["fields"]
    return fields


def blank_row(model: str, record_id: int, values: Mapping[str, Any]) -> Row:
    """Every recorded field of `model`, empty as Odoo sends it, then `values`."""
    fields = _recorded_fields(model)
    unknown = set(values) - set(fields)
    if unknown:
        raise ValueError(f"{model} has no fields {sorted(unknown)}")
    row: Row = {"id": record_id}
    for name, kind in fields.items():
        row[name] = values.get(name, _EMPTY.get(kind, False))
    return row


@dataclass
class BillingRecords:
    """New rows per model, and partial rows that update the firm's own."""

    take: Callable[[str], int]
    rows: dict[str, list[Row]] = field(default_factory=dict)
    updates: dict[str, dict[int, Row]] = field(default_factory=dict)

    def add(self, model: str, values: Mapping[str, Any]) -> int:
        record_id = self.take(model)
        self.rows.setdefault(model, []).append(blank_row(model, record_id, values))
        return record_id

    def add_with_id(
        self, model: str, record_id: int, values: Mapping[str, Any]
    ) -> None:
        self.rows.setdefault(model, []).append(blank_row(model, record_id, values))

    def row(self, model: str, record_id: int) -> Row:
        return next(r for r in self.rows[model] if r["id"] == record_id)

    def update(self, model: str, record_id: int, values: Mapping[str, Any]) -> None:
        self.updates.setdefault(model, {}).setdefault(
            record_id, {"id": record_id}
        ).update(values)

    def merged(self) -> dict[str, list[Row]]:
        """New rows, then updates (the sandbox merges same-id rows in place)."""
        out = {m: list(rows) for m, rows in self.rows.items()}
        for model, by_id in self.updates.items():
            out.setdefault(model, []).extend(by_id.values())
        return out
