"""Odoo 17's read_group over a sandbox store."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from copilot.sandbox.domain import normalize_domain
from copilot.sandbox.ordering import OrderTerm, sort_records
from copilot.sandbox.periods import GRANULARITIES, period_of, zone
from copilot.sandbox.schema import FieldSpec, ModelSpec
from copilot.sandbox.store import OdooStore

__all__ = ["read_group"]

Row = Mapping[str, Any]
# Odoo 17 models.py regex_field_agg: "name", "name:func", "alias:func(field)".
_FIELD_AGG = re.compile(r"^(\w+)(?::(\w+)(?:\((\w+)\))?)?$")
_FUNCTIONS = frozenset(
    {
        "sum",
        "avg",
        "min",
        "max",
        "count",
        "count_distinct",
        "array_agg",
        "bool_and",
        "bool_or",
    }
)
_DEFAULT_OPERATOR = {"integer": "sum", "float": "sum", "monetary": "sum"}


@dataclass(frozen=True)
class _GroupBy:
    key: str
    field: FieldSpec
    granularity: str | None


@dataclass(frozen=True)
class _Aggregate:
    key: str
    field: str
    function: str


def read_group(
    store: OdooStore,
    model: str,
    domain: Sequence[Any],
    fields: Sequence[str],
    groupby: Sequence[str] | str,
    *,
    offset: int = 0,
    limit: int | None = None,
    orderby: str | None = None,
    lazy: bool = True,
    context: Mapping[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Groups with counts, aggregates, ``__domain`` and date ``__range``.

    Lazy mode groups by the first groupby only, counts in ``<field>_count`` and
    hands the rest on in ``__context``. Empty groups that Odoo adds through
    ``group_expand`` (task stages) are not added.
    """
    context = context or {}
    spec = store.spec(model)
    all_groupbys = [groupby] if isinstance(groupby, str) else list(groupby)
    parsed = [_parse_groupby(spec, g) for g in all_groupbys]
    used = parsed[:1] if lazy else parsed
    aggregates = _parse_aggregates(spec, fields, {g.field.name for g in used})
    rows = store.matching(model, domain, context)
    buckets: dict[tuple[Any, ...], list[Row]] = {}
    for row in rows:
        for key in itertools.product(*(_keys(g, row, context) for g in used)):
            buckets.setdefault(key, []).append(row)
    entries = [
        (key, _format_group(store, model, used, key, members, aggregates, domain, lazy))
        for key, members in buckets.items()
    ]
    if lazy and len(all_groupbys) > 1:
        for _, group in entries:
            group["__context"] = {"group_by": all_groupbys[1:]}
    ordered = _order_groups(store, used, entries, aggregates, orderby)
    end = offset + limit if limit else None
    return ordered[offset:end]


def _parse_groupby(spec: ModelSpec, text: str) -> _GroupBy:
    name, _, granularity = text.partition(":")
    fspec = spec.field(name)
    if fspec.type in ("date", "datetime"):
        granularity = granularity or "month"
        if granularity not in GRANULARITIES:
            raise ValueError(f"Invalid granularity {granularity!r} for {text!r}")
        return _GroupBy(text, fspec, granularity)
    return _GroupBy(text, fspec, None)


def _parse_aggregates(
    spec: ModelSpec, fields: Sequence[str], grouped: set[str]
) -> list[_Aggregate]:
    aggregates: list[_Aggregate] = []
    for text in fields:
        if text in ("__count", "sequence"):
            continue
        match = _FIELD_AGG.match(text)
        if match is None:
            raise ValueError(f"Invalid field specification {text!r}.")
        key, function, source = match.groups()
        fname = source or key
        fspec = spec.field(fname)
        if function is None:
            function = _DEFAULT_OPERATOR.get(fspec.type)
            if function is None or fname in grouped:
                continue
        elif function not in _FUNCTIONS:
            raise ValueError(f"Invalid aggregation function {function!r}.")
        aggregates.append(_Aggregate(key, fname, function))
    return aggregates


def _keys(group: _GroupBy, row: Row, context: Mapping[str, Any]) -> list[Any]:
    fspec = group.field
    value = row.get(fspec.name, fspec.empty())
    if fspec.type == "many2one":
        return [int(value[0]) if value else False]
    if fspec.is_x2many:
        return list(value) or [False]
    if group.granularity is not None:
        if not value:
            return [False]
        period = period_of(
            str(value),
            fspec.type,
            group.granularity,
            zone(context.get("tz")),
            str(context.get("lang") or "en_US"),
        )
        return [period]
    return [value]


def _format_group(
    store: OdooStore,
    model: str,
    used: Sequence[_GroupBy],
    key: tuple[Any, ...],
    members: Sequence[Row],
    aggregates: Sequence[_Aggregate],
    domain: Sequence[Any],
    lazy: bool,
) -> dict[str, Any]:
    group: dict[str, Any] = {}
    sections: list[list[Any]] = [list(domain)]
    ranges: dict[str, Any] = {}
    for groupby, value in zip(used, key, strict=True):
        fname = groupby.field.name
        if groupby.granularity is not None:
            ranges[groupby.key] = False
            group[groupby.key] = False
            sections.append([[fname, "=", False]])
            if value is not False:
                group[groupby.key] = value.label
                ranges[groupby.key] = {"from": value.range_from, "to": value.range_to}
                sections[-1] = [
                    "&",
                    [fname, ">=", value.range_from],
                    [fname, "<", value.range_to],
                ]
        elif groupby.field.relation and value is not False:
            name = store.display_name(groupby.field.relation, int(value))
            group[groupby.key] = [value, name]
            sections.append([[fname, "=", value]])
        else:
            group[groupby.key] = value
            sections.append([[fname, "=", value]])
    count_key = f"{used[0].field.name}_count" if lazy and used else "__count"
    group[count_key] = len(members)
    for aggregate in aggregates:
        group[aggregate.key] = _aggregate(store, model, aggregate, members)
    group["__domain"] = _and_domains(sections)
    if ranges:
        group["__range"] = ranges
    return group


def _aggregate(
    store: OdooStore, model: str, aggregate: _Aggregate, members: Sequence[Row]
) -> Any:
    fspec = store.spec(model).fields[aggregate.field]
    raw = [row.get(fspec.name, fspec.empty()) for row in members]
    values = [
        (v[0] if isinstance(v, list) and fspec.type == "many2one" else v)
        for v in raw
        if v is not None and (v is not False or fspec.type == "boolean")
    ]
    function = aggregate.function
    if function == "count":
        return len(values)
    if function == "count_distinct":
        return len({repr(v) for v in values})
    if function == "array_agg":
        return values
    if function == "bool_and":
        return all(values)
    if function == "bool_or":
        return any(values)
    if not values:
        return 0 if function == "sum" else False
    if function == "sum":
        return sum(values)
    if function == "avg":
        return sum(values) / len(values)
    return min(values) if function == "min" else max(values)


def _and_domains(domains: Sequence[Sequence[Any]]) -> list[Any]:
    """Odoo's expression.AND: each domain normalized, joined by leading '&'."""
    parts = [d for d in domains if d]
    result: list[Any] = []
    for part in parts:
        result.extend(
            list(t) if isinstance(t, tuple) else t for t in normalize_domain(part)
        )
    return ["&"] * (len(parts) - 1) + result


def _order_groups(
    store: OdooStore,
    used: Sequence[_GroupBy],
    entries: Sequence[tuple[tuple[Any, ...], dict[str, Any]]],
    aggregates: Sequence[_Aggregate],
    orderby: str | None,
) -> list[dict[str, Any]]:
    """Groups sorted by ``orderby`` or, by default, by each groupby ascending;
    a many2one group sorts by its target model's order."""
    terms = [OrderTerm(g.key) for g in used]
    if orderby:
        terms = [_order_term(chunk) for chunk in orderby.split(",") if chunk.strip()]
    positions = {g.key: i for i, g in enumerate(used)}
    positions.update({g.field.name: i for i, g in enumerate(used)})
    totals = {a.key for a in aggregates}
    for term in terms:
        if term.field not in positions and term.field not in totals | {"__count"}:
            raise ValueError(f"Invalid orderby {orderby!r} for read_group")

    def value_of(name: str, entry: Any) -> Any:
        key, group = entry
        if name in positions:
            index = positions[name]
            return _sort_value(store, used[index], key[index])
        if name == "__count":
            return next(v for k, v in group.items() if k.endswith("_count"))
        return group.get(name)

    ordered = sort_records(list(entries), terms, value_of)
    return [group for _, group in ordered]


def _order_term(chunk: str) -> OrderTerm:
    words = chunk.split()
    name = words[0].split(":")[0]
    return OrderTerm(name, descending=len(words) > 1 and words[1].lower() == "desc")


def _sort_value(store: OdooStore, groupby: _GroupBy, value: Any) -> Any:
    if value is False:
        return None
    if groupby.granularity is not None:
        return value.start
    relation = groupby.field.relation
    if relation and store.has_model(relation):
        return store.position(relation, int(value))
    return value
