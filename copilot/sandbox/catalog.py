"""Loading of the recorded Odoo 17 demo database shipped with the package."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from copilot.sandbox.schema import (
    FieldSpec,
    ModelSpec,
    describe_field,
    infer_field_type,
)

__all__ = ["Catalog", "build_model_spec", "derive_field_descriptions", "load_catalog"]

Record = dict[str, Any]


@dataclass(frozen=True)
class Catalog:
    """Everything the package ships: model definitions, records, external ids."""

    models: Mapping[str, ModelSpec]
    records: Mapping[str, list[Record]]
    xmlids: Mapping[str, tuple[str, int]]
    model_meta: Mapping[str, Mapping[str, Any]]


def _data_dir() -> Traversable:
    return resources.files("copilot.sandbox").joinpath("data")


def _read_json(entry: Traversable) -> Any:
    return json.loads(entry.read_text(encoding="utf-8"))


def _json_files(folder: Traversable) -> list[Traversable]:
    entries = [e for e in folder.iterdir() if e.name.endswith(".json")]
    return sorted(entries, key=lambda e: e.name)


def load_catalog() -> Catalog:
    """Read the packaged records, field definitions and model facts."""
    data = _data_dir()
    meta_file = _read_json(data.joinpath("models.json"))
    model_meta: dict[str, Mapping[str, Any]] = meta_file["models"]
    descriptions: dict[str, Mapping[str, Mapping[str, Any]]] = {}
    for entry in _json_files(data.joinpath("fields")):
        content = _read_json(entry)
        descriptions[content["model"]] = content["fields"]
    for name, fields in meta_file["registry_fields"].items():
        descriptions[name] = fields
    records: dict[str, list[Record]] = {}
    field_types: dict[str, dict[str, str]] = {}
    for entry in _json_files(data.joinpath("records")):
        content = _read_json(entry)
        model = content["model"]
        records.setdefault(model, []).extend(content["records"])
        field_types.setdefault(model, {}).update(content["fields"])
    models: dict[str, ModelSpec] = {}
    for name in sorted(set(descriptions) | set(records)):
        fields = descriptions.get(name) or derive_field_descriptions(
            records.get(name, []), field_types.get(name)
        )
        models[name] = build_model_spec(name, model_meta.get(name, {}), fields)
    xmlids = {k: (str(v[0]), int(v[1])) for k, v in meta_file["xmlids"].items()}
    return Catalog(models=models, records=records, xmlids=xmlids, model_meta=model_meta)


def build_model_spec(
    name: str,
    meta: Mapping[str, Any],
    descriptions: Mapping[str, Mapping[str, Any]],
) -> ModelSpec:
    """A model from its fields_get descriptions and the hand-written facts."""
    fields = {
        fname: FieldSpec(name=fname, type=str(desc["type"]), description=dict(desc))
        for fname, desc in descriptions.items()
    }
    fields.setdefault("id", describe_field("id", "integer", "ID", readonly=True))
    fields.setdefault(
        "display_name",
        describe_field("display_name", "char", "Display Name", store=False),
    )
    rec_name = meta.get("rec_name", "name" if "name" in fields else None)
    return ModelSpec(
        name=name,
        description=str(meta.get("description", name)),
        order=str(meta.get("order", "id")),
        fields=fields,
        rec_name=rec_name,
        rec_names_search=tuple(meta.get("rec_names_search", ())),
        is_mail_thread=bool(meta.get("mail_thread", False)),
        defaults=dict(meta.get("defaults", {})),
        ir_model_id=meta.get("ir_model_id"),
    )


def derive_field_descriptions(
    records: Iterable[Mapping[str, Any]],
    field_types: Mapping[str, str] | None = None,
) -> dict[str, dict[str, Any]]:
    """fields_get-like descriptions for a model that has no recorded ones."""
    rows = list(records)
    types = dict(field_types or {})
    for row in rows:
        for fname in row:
            if fname not in types and fname != "id":
                types[fname] = infer_field_type([r.get(fname) for r in rows])
    return {
        fname: dict(describe_field(fname, ftype).description)
        for fname, ftype in types.items()
    }
