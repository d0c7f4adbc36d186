"""Odoo ``order`` clauses: parsing and sorting with PostgreSQL's null rules."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cmp_to_key
from typing import Any, TypeVar

from copilot.sandbox.schema import ModelSpec

__all__ = ["OrderTerm", "parse_order", "sort_records"]

T = TypeVar("T")

# Odoo 17 odoo/tools/sql.py regex_order, for one comma-separated term.
_TERM = re.compile(
    r"^\s*(?P<field>[a-z0-9:_]+|\"[a-z0-9:_]+\")(?:\.id)?"
    r"(?:\s+(?P<direction>desc|asc))?"
    r"(?:\s+nulls\s+(?P<nulls>first|last))?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class OrderTerm:
    """One ``field [asc|desc] [nulls first|last]`` term."""

    field: str
    descending: bool = False
    nulls_first: bool | None = None

    @property
    def puts_nulls_first(self) -> bool:
        """PostgreSQL's default: NULL sorts as the largest value."""
        if self.nulls_first is not None:
            return self.nulls_first
        return self.descending


def parse_order(order: str, spec: ModelSpec, *, strict: bool = True) -> list[OrderTerm]:
    """Parse an order clause; with ``strict``, unknown fields fail as in Odoo.

    Default orders are parsed leniently: a field Odoo orders by but the
    recording lacks (a task's ``sequence``) is skipped.
    """
    terms: list[OrderTerm] = []
    for chunk in order.split(","):
        match = _TERM.match(chunk)
        if match is None:
            raise ValueError(
                f'Invalid "order" specified ({order}). A valid "order" '
                "specification is a comma-separated list of valid field names "
                "(optionally followed by asc/desc for the direction)"
            )
        name = match["field"].strip('"')
        if name not in spec.fields:
            if strict:
                spec.field(name)
            continue
        direction = (match["direction"] or "asc").lower()
        nulls = match["nulls"]
        terms.append(
            OrderTerm(
                field=name,
                descending=direction == "desc",
                nulls_first=None if nulls is None else nulls.lower() == "first",
            )
        )
    return terms


def sort_records(
    rows: Sequence[T], terms: Sequence[OrderTerm], value_of: Callable[[str, T], Any]
) -> list[T]:
    """Sort rows by the terms (stable); ``value_of`` returns None for NULL."""

    def compare(a: T, b: T) -> int:
        for term in terms:
            x, y = value_of(term.field, a), value_of(term.field, b)
            if x == y:
                continue
            if x is None or y is None:
                return -1 if (x is None) == term.puts_nulls_first else 1
            result = -1 if _less(x, y) else 1
            return -result if term.descending else result
        return 0

    return sorted(rows, key=cmp_to_key(compare))


def _less(x: Any, y: Any) -> bool:
    try:
        return bool(x < y)
    except TypeError:
        return str(x) < str(y)
