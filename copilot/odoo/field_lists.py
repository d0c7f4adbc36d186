"""Resolve the explicit field list for a model against what a database has."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from copilot.errors import OdooFeatureMissing

__all__ = ["FieldPlan", "ModelFieldSpec", "catalogue", "plan_fields"]


@dataclass(frozen=True)
class FieldPlan:
    """Which Odoo fields to request, and under which product name each arrives."""

    model: str
    requested: tuple[str, ...]
    renamed: dict[str, str]

    def value(self, record: dict[str, object], name: str) -> object:
        """The value of product field `name`, `False` when this database lacks it."""
        return record.get(self.renamed.get(name, name), False)


@dataclass(frozen=True)
class ModelFieldSpec:
    fields: tuple[str, ...]
    required: frozenset[str]
    fallbacks: dict[str, str]


@cache
def catalogue() -> dict[str, ModelFieldSpec]:
    """The explicit field list of every model the adapter reads."""
    text = resources.files("copilot.odoo").joinpath("fields.json").read_text("utf-8")
    data = json.loads(text)
    return {
        model: ModelFieldSpec(
            fields=tuple(spec["fields"]),
            required=frozenset(spec["required"]),
            fallbacks=dict(spec["fallbacks"]),
        )
        for model, spec in data.items()
        if not model.startswith("_")
    }


def plan_fields(model: str, available: frozenset[str], *, db: str = "") -> FieldPlan:
    """The fields to read from `model`: Odoo 17 names, older names where needed.

    Optional fields the database lacks are skipped (read as `False`); a missing
    required field raises `OdooFeatureMissing`.
    """
    spec = catalogue()[model]
    requested: list[str] = []
    renamed: dict[str, str] = {}
    for name in spec.fields:
        if name in available:
            requested.append(name)
        elif spec.fallbacks.get(name) in available:
            requested.append(spec.fallbacks[name])
            renamed[name] = spec.fallbacks[name]
        elif name in spec.required:
            where = f" in database '{db}'" if db else ""
            raise OdooFeatureMissing(
                f"Field '{name}' of '{model}' is not available{where}; this "
                "Odoo version or module set is not supported for this job."
            )
    return FieldPlan(model=model, requested=tuple(requested), renamed=renamed)
