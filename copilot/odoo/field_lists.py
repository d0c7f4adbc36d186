"""Resolve the explicit field list for a model against what a database has."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from copilot.errors import OdooFeatureMissing

__all__ = [
    "FieldPlan",
    "ModelFieldSpec",
    "catalogue",
    "load_field_specs",
    "plan_fields",
]


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
def load_field_specs(filename: str) -> dict[str, ModelFieldSpec]:
    """Explicit field lists from a JSON file shipped in `copilot.odoo`."""
    text = resources.files("copilot.odoo").joinpath(filename).read_text("utf-8")
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


def catalogue() -> dict[str, ModelFieldSpec]:
    """The explicit field list of every model the adapter reads."""
    return load_field_specs("fields.json")


def plan_fields(
    model: str,
    available: frozenset[str],
    *,
    db: str = "",
    spec: ModelFieldSpec | None = None,
    job: str | None = None,
) -> FieldPlan:
    """The fields to read from `model`: Odoo 17 names, older names where needed.

    `spec` defaults to the catalogue's entry for `model`. Optional fields the
    database lacks are skipped (read as `False`); a missing required field
    raises `OdooFeatureMissing`, naming `job` when given.
    """
    spec = spec or catalogue()[model]
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
            consequence = (
                f"{job} cannot run on it."
                if job
                else "this Odoo version or module set is not supported for this job."
            )
            raise OdooFeatureMissing(
                f"Field '{name}' of '{model}' is not available{where}; {consequence}"
            )
    return FieldPlan(model=model, requested=tuple(requested), renamed=renamed)
