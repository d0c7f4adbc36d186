"""Evaluation of Odoo search domains against records in search_read shape."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol

from copilot.sandbox.schema import FieldSpec, ModelSpec

__all__ = [
    "Predicate",
    "RecordSource",
    "compile_domain",
    "mentions_field",
    "normalize_domain",
]

Record = Mapping[str, Any]
Predicate = Callable[[Record], bool]
Test = Callable[[Any], bool]

# Odoo 17 odoo/osv/expression.py TERM_OPERATORS, plus the legacy '<>'.
TERM_OPERATORS = frozenset(
    {
        "=",
        "!=",
        "<=",
        "<",
        ">",
        ">=",
        "=?",
        "=like",
        "=ilike",
        "like",
        "not like",
        "ilike",
        "not ilike",
        "in",
        "not in",
        "child_of",
        "parent_of",
        "any",
        "not any",
        "<>",
    }
)
NEGATIVE = frozenset({"!=", "not like", "not ilike", "not in", "not any"})
_ARITY = {"!": 1, "&": 2, "|": 2}
TRUE_LEAF = (1, "=", 1)
FALSE_LEAF = (0, "=", 1)


class RecordSource(Protocol):
    """What domain evaluation needs to know beyond the record itself."""

    def spec(self, model: str) -> ModelSpec:
        """The model's definition; raises if the model does not exist."""

    def get(self, model: str, record_id: int) -> Record | None:
        """One record in search_read shape, archived or not, or None."""

    def display_name(self, model: str, record_id: int) -> str:
        """The record's display name, as a many2one would show it."""

    def family(self, model: str, ids: Iterable[int], *, upward: bool) -> set[int]:
        """The ids with their descendants (or ancestors when ``upward``)."""

    def name_ids(self, model: str, name: str) -> set[int]:
        """Ids whose display name contains ``name`` (case-insensitive)."""


def normalize_domain(domain: Sequence[Any]) -> list[Any]:
    """Odoo's normalize_domain: prefix form with every implicit '&' written."""
    if not isinstance(domain, list | tuple):
        raise ValueError(f"Domains to normalize must have a 'domain' form: {domain}")
    if not domain:
        return [TRUE_LEAF]
    result: list[Any] = []
    expected = 1
    for token in domain:
        if expected == 0:
            result.insert(0, "&")
            expected = 1
        if isinstance(token, list | tuple):
            expected -= 1
            token = tuple(token)
        else:
            expected += _ARITY.get(token, 0) - 1
        result.append(token)
    if expected != 0:
        raise ValueError(f"Domain {list(domain)} is syntactically not correct.")
    return result


def mentions_field(domain: Sequence[Any], name: str) -> bool:
    """Whether a leaf of the domain tests exactly this field (Odoo's rule for
    ``active``: naming it anywhere turns off the archived-record filter)."""
    return any(
        isinstance(t, list | tuple) and len(t) == 3 and t[0] == name for t in domain
    )


def compile_domain(
    domain: Sequence[Any], model: str, source: RecordSource
) -> Predicate:
    """Turn a domain into a predicate; invalid leaves fail here, as in Odoo."""
    tokens = iter(normalize_domain(domain))
    predicate = _parse(tokens, source.spec(model), source)
    return predicate


def _parse(tokens: Iterator[Any], spec: ModelSpec, source: RecordSource) -> Predicate:
    token = next(tokens)
    if token == "!":
        inner = _parse(tokens, spec, source)
        return lambda record: not inner(record)
    if token in ("&", "|"):
        left = _parse(tokens, spec, source)
        right = _parse(tokens, spec, source)
        if token == "&":
            return lambda record: left(record) and right(record)
        return lambda record: left(record) or right(record)
    return _compile_leaf(token, spec, source)


def _compile_leaf(leaf: Any, spec: ModelSpec, source: RecordSource) -> Predicate:
    if not _is_leaf(leaf):
        raise ValueError(f"Invalid leaf {leaf!r}")
    if leaf in (TRUE_LEAF, FALSE_LEAF):
        outcome = leaf == TRUE_LEAF
        return lambda record: outcome
    path, operator, value = leaf
    operator = "!=" if operator == "<>" else operator
    head, _, rest = str(path).partition(".")
    fspec = spec.fields.get(head)
    if fspec is None:
        raise ValueError(f"Invalid field {spec.name}.{head} in leaf {leaf!r}")
    if rest or operator in ("any", "not any"):
        return _compile_related(fspec, rest, operator, value, source)
    test = _field_test(fspec, operator, value, spec, source)
    return lambda record: test(record.get(head, fspec.empty()))


def _is_leaf(token: Any) -> bool:
    return (
        isinstance(token, tuple)
        and len(token) == 3
        and token[1] in TERM_OPERATORS
        and (
            (isinstance(token[0], str) and bool(token[0])) or token[:1] in ((0,), (1,))
        )
    )


def _compile_related(
    fspec: FieldSpec, rest: str, operator: str, value: Any, source: RecordSource
) -> Predicate:
    relation = fspec.relation
    if relation is None or fspec.type not in ("many2one", "one2many", "many2many"):
        raise ValueError(f"Invalid path {fspec.name}.{rest} on a non-relational field")
    if operator in ("any", "not any"):
        sub_domain = list(value) if rest == "" else [(rest, "any", value)]
        inner = compile_domain(sub_domain, relation, source)
    else:
        inner = compile_domain([(rest, operator, value)], relation, source)

    def related_match(record: Record) -> bool:
        ids = _ids_of(record.get(fspec.name, fspec.empty()))
        rows = (source.get(relation, i) for i in ids)
        return any(row is not None and inner(row) for row in rows)

    if operator == "not any":
        return lambda record: not related_match(record)
    return related_match


def _ids_of(value: Any) -> list[int]:
    if value is False or value is None:
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, list | tuple):
        if len(value) == 2 and isinstance(value[1], str):
            return [int(value[0])]
        return [int(v) for v in value]
    return []


def _field_test(
    fspec: FieldSpec,
    operator: str,
    value: Any,
    spec: ModelSpec,
    source: RecordSource,
) -> Test:
    if operator in NEGATIVE:
        positive = _field_test(fspec, _positive(operator), value, spec, source)
        return lambda v: not positive(v)
    if operator == "=?":
        if value is False or value is None:
            return lambda v: True
        operator = "="
    if operator in ("child_of", "parent_of"):
        return _hierarchy_test(fspec, operator, value, spec, source)
    if fspec.name == "id" or fspec.type in ("many2one", "one2many", "many2many"):
        return _relational_test(fspec, operator, value, spec, source)
    return _scalar_test(fspec, operator, value)


def _positive(operator: str) -> str:
    return {"!=": "=", "not in": "in"}.get(operator) or operator.removeprefix("not ")


def _hierarchy_test(
    fspec: FieldSpec, operator: str, value: Any, spec: ModelSpec, source: RecordSource
) -> Test:
    model = spec.name if fspec.name == "id" else fspec.relation or spec.name
    if isinstance(value, str):
        roots = source.name_ids(model, value)
    else:
        roots = set(_ids_of(value))
    family = source.family(model, roots, upward=operator == "parent_of")
    return lambda v: bool(family.intersection(_ids_of(v)))


def _relational_test(
    fspec: FieldSpec, operator: str, value: Any, spec: ModelSpec, source: RecordSource
) -> Test:
    model = spec.name if fspec.name == "id" else fspec.relation

    def names(v: Any) -> list[str]:
        if model is None:
            return [str(v[1])] if isinstance(v, list) and len(v) == 2 else []
        return [source.display_name(model, i) for i in _ids_of(v)]

    if operator in ("like", "ilike", "=like", "=ilike"):
        pattern = _like_pattern(operator, value)
        return lambda v: any(pattern.fullmatch(name) for name in names(v))
    values = list(value) if isinstance(value, list | tuple) else [value]
    if operator in ("=", "in"):
        wants_empty = any(x is False or x is None for x in values)
        wanted_ids = {int(x) for x in values if _is_id(x)}
        wanted_names = {x for x in values if isinstance(x, str)}

        def matches(v: Any) -> bool:
            ids = _ids_of(v)
            if not ids:
                return wants_empty
            if wanted_ids.intersection(ids):
                return True
            return bool(wanted_names) and bool(wanted_names.intersection(names(v)))

        return matches
    compare = _COMPARATORS[operator]
    return lambda v: any(compare(i, value) for i in _ids_of(v))


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _scalar_test(fspec: FieldSpec, operator: str, value: Any) -> Test:
    if operator in ("like", "ilike", "=like", "=ilike"):
        pattern = _like_pattern(operator, value)
        return lambda v: not _is_empty(v) and bool(pattern.fullmatch(str(v)))
    if operator in ("=", "in"):
        values = list(value) if isinstance(value, list | tuple) else [value]
        wants_empty = any(x is False or x is None for x in values)
        wanted = {_key(fspec, x) for x in values if x is not False and x is not None}
        if fspec.type == "boolean":
            return lambda v: bool(v) in wanted or (wants_empty and not v)
        return lambda v: wants_empty if _is_empty(v) else _key(fspec, v) in wanted
    if value is False or value is None:
        return lambda v: False
    compare = _COMPARATORS[operator]
    bound = _key(fspec, value)
    return lambda v: not _is_empty(v) and compare(_key(fspec, v), bound)


def _is_empty(value: Any) -> bool:
    return value is None or value is False


def _key(fspec: FieldSpec, value: Any) -> Any:
    """A comparable form of a value for this field (Odoo converts the same way)."""
    if fspec.type in ("integer", "float", "monetary", "many2one_reference"):
        try:
            return float(value)
        except (TypeError, ValueError):
            return str(value)
    if fspec.type == "boolean":
        return bool(value)
    text = str(value)
    if fspec.type == "date":
        return text[:10]
    if fspec.type == "datetime" and len(text) == 10:
        return f"{text} 00:00:00"
    return text


def _like_pattern(operator: str, value: Any) -> re.Pattern[str]:
    """SQL LIKE semantics: % any run, _ one character, backslash escapes."""
    text = "" if value is False or value is None else str(value)
    if not operator.startswith("="):
        text = f"%{text}%"
    parts: list[str] = []
    escaped = False
    for char in text:
        if escaped:
            parts.append(re.escape(char))
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "%":
            parts.append(".*")
        elif char == "_":
            parts.append(".")
        else:
            parts.append(re.escape(char))
    flags = re.DOTALL | (re.IGNORECASE if operator.endswith("ilike") else 0)
    return re.compile("".join(parts), flags)


_COMPARATORS: Mapping[str, Callable[[Any, Any], bool]] = {
    "<": lambda a, b: _safe(a, b, lambda x, y: x < y),
    ">": lambda a, b: _safe(a, b, lambda x, y: x > y),
    "<=": lambda a, b: _safe(a, b, lambda x, y: x <= y),
    ">=": lambda a, b: _safe(a, b, lambda x, y: x >= y),
}


def _safe(a: Any, b: Any, op: Callable[[Any, Any], bool]) -> bool:
    try:
        return op(a, b)
    except TypeError:
        return op(str(a), str(b))
