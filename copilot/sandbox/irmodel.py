"""Odoo's registry models: ir.model for every model, ir.model.data for xmlids."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from copilot.sandbox.store import OdooStore

__all__ = [
    "ir_model_id",
    "registry_records",
    "resolve_xmlid",
]


def registry_records(
    models: Iterable[tuple[str, str, int | None]],
    xmlids: Mapping[str, tuple[str, int]],
) -> dict[str, list[dict[str, Any]]]:
    """Records of ir.model and ir.model.data.

    ``models`` lists (technical name, description, recorded ir.model id or
    None); unrecorded ids are numbered from 1, skipping recorded ones.
    xmlids whose model is not among ``models`` are left out.
    """
    entries = sorted(models)
    pinned = {pin for _, _, pin in entries if pin is not None}
    free = (n for n in range(1, 1_000_000) if n not in pinned)
    ir_model = [
        {
            "id": pin if pin is not None else next(free),
            "model": name,
            "name": description,
            "state": "base",
            "transient": False,
        }
        for name, description, pin in entries
    ]
    present = {name for name, _, _ in entries}
    ir_model_data = []
    for number, (xmlid, (model, res_id)) in enumerate(sorted(xmlids.items()), start=1):
        if model not in present:
            continue
        module, _, name = xmlid.partition(".")
        ir_model_data.append(
            {
                "id": number,
                "module": module,
                "name": name,
                "complete_name": xmlid,
                "model": model,
                "res_id": res_id,
                "noupdate": True,
            }
        )
    return {"ir.model": ir_model, "ir.model.data": ir_model_data}


def ir_model_id(store: OdooStore, model: str) -> int | None:
    """The ir.model id of a model, or None if the database lacks it."""
    if not store.has_model("ir.model"):
        return None
    rows = store.matching("ir.model", [("model", "=", model)])
    return int(rows[0]["id"]) if rows else None


def resolve_xmlid(store: OdooStore, xmlid: str) -> tuple[str, int]:
    """``module.name`` to (model, id), or Odoo's ``External ID not found``."""
    module, _, name = xmlid.partition(".")
    rows = []
    if store.has_model("ir.model.data"):
        domain = [("module", "=", module), ("name", "=", name)]
        rows = store.matching("ir.model.data", domain)
    if not rows:
        raise ValueError(f"External ID not found in the system: {xmlid}")
    return str(rows[0]["model"]), int(rows[0]["res_id"])
