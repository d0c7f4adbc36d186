"""Field and model definitions of the sandbox, shaped like Odoo's fields_get."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

__all__ = [
    "RELATIONAL_TYPES",
    "X2MANY_TYPES",
    "FieldSpec",
    "ModelSpec",
    "describe_field",
    "infer_field_type",
]

X2MANY_TYPES = frozenset({"one2many", "many2many"})
RELATIONAL_TYPES = X2MANY_TYPES | {"many2one"}
_NUMERIC_EMPTY: Mapping[str, object] = {
    "integer": 0,
    "many2one_reference": 0,
    "float": 0.0,
    "monetary": 0.0,
}
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class FieldSpec:
    """One field of a model, with its full fields_get description."""

    name: str
    type: str
    description: Mapping[str, Any]

    @property
    def relation(self) -> str | None:
        """The comodel of a relational field, when known."""
        relation = self.description.get("relation")
        return relation if isinstance(relation, str) else None

    @property
    def string(self) -> str:
        """The field's label."""
        return str(self.description.get("string", self.name))

    @property
    def selection_keys(self) -> frozenset[str] | None:
        """The allowed values of a selection field, when declared."""
        selection = self.description.get("selection")
        if not isinstance(selection, list):
            return None
        return frozenset(str(pair[0]) for pair in selection)

    @property
    def is_x2many(self) -> bool:
        """Whether the field holds a list of ids."""
        return self.type in X2MANY_TYPES

    def empty(self) -> object:
        """What Odoo 17's read returns for this field when it holds nothing."""
        if self.type in X2MANY_TYPES or self.type == "properties":
            return []
        return _NUMERIC_EMPTY.get(self.type, False)


@dataclass(frozen=True)
class ModelSpec:
    """A model: its name, description, default order and fields."""

    name: str
    description: str
    order: str
    fields: Mapping[str, FieldSpec]
    rec_name: str | None = "name"
    rec_names_search: tuple[str, ...] = ()
    is_mail_thread: bool = False
    defaults: Mapping[str, object] = field(default_factory=dict)
    ir_model_id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))
        object.__setattr__(self, "defaults", MappingProxyType(dict(self.defaults)))

    def field(self, name: str) -> FieldSpec:
        """The named field, or Odoo's ``Invalid field`` ValueError."""
        spec = self.fields.get(name)
        if spec is None:
            raise ValueError(f"Invalid field {name!r} on model {self.name!r}")
        return spec

    @property
    def has_active(self) -> bool:
        """Whether records can be archived (and are hidden when they are)."""
        spec = self.fields.get("active")
        return spec is not None and spec.type == "boolean"

    @property
    def search_names(self) -> tuple[str, ...]:
        """Fields that name_search and many2one name matching look at."""
        if self.rec_names_search:
            return self.rec_names_search
        return (self.rec_name,) if self.rec_name else ()


def describe_field(
    name: str, field_type: str, string: str | None = None, **extra: Any
) -> FieldSpec:
    """A field described the way fields_get describes one."""
    description: dict[str, Any] = {
        "type": field_type,
        "string": string or name.replace("_", " ").capitalize(),
        "store": True,
        "readonly": False,
        "required": False,
    }
    description.update(extra)
    return FieldSpec(name=name, type=field_type, description=description)


def infer_field_type(values: list[object]) -> str:
    """Guess a field's type from values in search_read shape."""
    for value in values:
        if value is False or value is None:
            continue
        if isinstance(value, bool):
            return "boolean"
        if isinstance(value, int):
            return "integer"
        if isinstance(value, float):
            return "float"
        if isinstance(value, list):
            is_pair = len(value) == 2 and isinstance(value[1], str)
            return "many2one" if is_pair else "many2many"
        if isinstance(value, str):
            if _DATETIME.match(value):
                return "datetime"
            if _DATE.match(value):
                return "date"
            return "char"
    return "char"
