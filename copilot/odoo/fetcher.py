"""Field plans and paged `search_read` for one Odoo connection."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from copilot.errors import OdooFeatureMissing
from copilot.odoo.connection import RpcCaller
from copilot.odoo.field_lists import FieldPlan, ModelFieldSpec, plan_fields

__all__ = ["ModelFetcher"]

_PAGE = 2000


class ModelFetcher:
    """Reads whole models in pages of explicit fields; never one record a call."""

    def __init__(
        self,
        rpc: RpcCaller,
        *,
        db: str = "",
        specs: Mapping[str, ModelFieldSpec] | None = None,
        job: str | None = None,
    ) -> None:
        self._rpc = rpc
        self._db = db
        self._specs = specs or {}
        self._job = job

    def plan(self, model: str) -> FieldPlan:
        """The explicit field list of `model` (from `specs`, else the catalogue),
        resolved against this database."""
        return plan_fields(
            model,
            self._rpc.field_names(model),
            db=self._db,
            spec=self._specs.get(model),
            job=self._job,
        )

    def has(self, model: str) -> bool:
        """Whether the model is installed (asked through `fields_get`)."""
        try:
            self._rpc.field_names(model)
        except OdooFeatureMissing:
            return False
        return True

    def search_read(
        self,
        plan: FieldPlan,
        domain: list[Any],
        *,
        order: str = "id asc",
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Rows matching `domain`; all of them, in pages, unless `limit` is set."""
        kwargs: dict[str, Any] = {"fields": list(plan.requested), "order": order}
        if limit is not None:
            rows: list[dict[str, Any]] = self._rpc.execute_kw(
                plan.model, "search_read", [domain], {**kwargs, "limit": limit}
            )
            return rows
        rows = []
        offset = 0
        while True:
            page = self._rpc.execute_kw(
                plan.model,
                "search_read",
                [domain],
                {**kwargs, "limit": _PAGE, "offset": offset},
            )
            rows.extend(page)
            if len(page) < _PAGE:
                return rows
            offset += _PAGE
