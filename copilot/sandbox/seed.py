"""Building the demo store: recorded Odoo demo data, the demo firm, shifted dates."""

from __future__ import annotations

import importlib
import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from copilot.sandbox.catalog import (
    Catalog,
    build_model_spec,
    derive_field_descriptions,
    load_catalog,
)
from copilot.sandbox.dateshift import shift_records
from copilot.sandbox.integration_user import add_integration_user
from copilot.sandbox.irmodel import registry_records
from copilot.sandbox.schema import ModelSpec
from copilot.sandbox.store import OdooStore

if TYPE_CHECKING:
    from copilot.sandbox.demo_firm import DemoFirm

__all__ = ["DEMO_ANCHOR", "build_demo_store", "demo_firm"]

logger = logging.getLogger(__name__)

DEMO_ANCHOR = date(2026, 12, 4)
"""The day the recorded demo database was built; its dates cluster around it."""

_DEMO_FIRM_MODULE = "copilot.sandbox.demo_firm"
Records = dict[str, list[dict[str, Any]]]


def build_demo_store(
    today: date | None = None,
    include_demo_firm: bool = True,
    *,
    journal_path: Path | None = None,
    exclude_models: Iterable[str] = (),
) -> OdooStore:
    """The demo database as an in-memory store.

    With ``today`` other than the recorded day, every recorded date and
    datetime moves by the difference so deadlines stay near today, and the
    demo firm is generated for ``today``; without it the data is
    served as recorded and the store's today is 2026-12-04. ``exclude_models``
    names models to leave out (an entry ending in ``.`` is a prefix, e.g.
    ``"project."`` serves a database without the project app).
    """
    catalog = load_catalog()
    excluded = tuple(exclude_models)
    models = {n: s for n, s in catalog.models.items() if not _matches(n, excluded)}
    records = _recorded_rows(catalog, models)
    days = (today - DEMO_ANCHOR).days if today else 0
    shifted = shift_records(records, models, days)
    if include_demo_firm:
        # The firm is generated for the day itself rather than shifted, so the
        # dates written inside its chatter stay true.
        firm = _load_demo_firm(_next_ids(records), today or DEMO_ANCHOR)
        if firm is not None:
            _merge(catalog, models, shifted, firm.records, excluded)
            _merge(catalog, models, shifted, firm.billing_records, excluded)
    add_integration_user(shifted)
    entries = [(s.name, s.description, s.ir_model_id) for s in models.values()]
    shifted.update(registry_records(entries, catalog.xmlids))
    return OdooStore(
        models.values(),
        shifted,
        today=today or DEMO_ANCHOR,
        journal_path=journal_path,
    )


def _matches(model: str, excluded: Sequence[str]) -> bool:
    return any(
        model.startswith(entry) if entry.endswith(".") else model == entry
        for entry in excluded
    )


def _next_ids(records: Mapping[str, Sequence[Mapping[str, Any]]]) -> Mapping[str, int]:
    """The first free id per model; 1 for a model with no records yet."""
    known = {
        m: max((int(r["id"]) for r in rows), default=0) + 1
        for m, rows in records.items()
    }
    return defaultdict(lambda: 1, known)


def demo_firm(anchor: date = DEMO_ANCHOR) -> DemoFirm:
    """The generated demo firm exactly as ``build_demo_store`` merges it.

    Tests use it to know the planted personal values and risks. Its dates are
    relative to ``anchor``, before any shift to today.
    """
    from copilot.sandbox.demo_firm import build_demo_firm

    catalog = load_catalog()
    records = _recorded_rows(catalog, catalog.models)
    return build_demo_firm(_next_ids(records), anchor)


def _recorded_rows(catalog: Catalog, models: Mapping[str, ModelSpec]) -> Records:
    return {
        model: [dict(r) for r in rows]
        for model, rows in catalog.records.items()
        if model in models
    }


def _load_demo_firm(next_ids: Mapping[str, int], anchor: date) -> DemoFirm | None:
    """The demo firm, or None while its module is absent."""
    try:
        module = importlib.import_module(_DEMO_FIRM_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name != _DEMO_FIRM_MODULE:
            raise
        logger.info("no demo firm module; serving the Odoo demo data only")
        return None
    return cast("DemoFirm", module.build_demo_firm(next_ids, anchor))


def _merge(
    catalog: Catalog,
    models: dict[str, ModelSpec],
    records: Records,
    extra: Mapping[str, Sequence[Mapping[str, Any]]],
    excluded: Sequence[str],
) -> None:
    """Add records, updating same-id ones; unknown models and fields are
    described from the values."""
    for model, rows in extra.items():
        if _matches(model, excluded) or not rows:
            continue
        spec = models.get(model)
        recorded = (
            {} if spec is None else {n: f.description for n, f in spec.fields.items()}
        )
        derived = derive_field_descriptions(rows)
        if spec is None or set(derived) - set(recorded):
            descriptions = {**derived, **recorded}
            models[model] = build_model_spec(
                model, catalog.model_meta.get(model, {}), descriptions
            )
        table = records.setdefault(model, [])
        by_id = {int(r["id"]): r for r in table}
        for row in rows:
            existing = by_id.get(int(row["id"]))
            if existing is None:
                table.append(dict(row))
            else:
                existing.update(row)
