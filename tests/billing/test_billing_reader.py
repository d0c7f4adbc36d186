"""The billing reader: explicit fields, batched domains, Odoo 17 names."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from importlib import resources
from typing import Any

import pytest

from copilot.errors import OdooFeatureMissing
from copilot.odoo.billing_reader import BillingReader

RECORDED = resources.files("copilot.sandbox").joinpath("data", "fields")


def recorded_fields(model: str) -> frozenset[str]:
    data = json.loads(RECORDED.joinpath(f"{model}.json").read_text("utf-8"))
    return frozenset(data["fields"])


class SchemaRpc:
    """Answers `field_names` from the recorded Odoo 17 schema, records calls."""

    uid = 2

    def __init__(self, answers: Mapping[str, Any] | None = None) -> None:
        self.calls: list[tuple[str, str, list[Any], dict[str, Any]]] = []
        self._answers = answers or {}

    def execute_kw(
        self,
        model: str,
        method: str,
        args: Sequence[Any],
        kwargs: Mapping[str, Any] | None = None,
    ) -> Any:
        self.calls.append((model, method, list(args), dict(kwargs or {})))
        return self._answers.get(f"{model}.{method}", [])

    def field_names(self, model: str) -> frozenset[str]:
        try:
            return recorded_fields(model)
        except FileNotFoundError as exc:
            raise OdooFeatureMissing(f"no {model}") from exc


def test_billing_fields_exist_in_odoo17() -> None:
    """Every field of billing_fields.json is in the recorded `fields_get`."""
    path = resources.files("copilot.odoo").joinpath("billing_fields.json")
    specs = json.loads(path.read_text("utf-8"))
    for model, spec in specs.items():
        if model.startswith("_"):
            continue
        assert set(spec["fields"]) - recorded_fields(model) == set(), model


def test_sale_lines_are_read_with_explicit_fields_in_one_call() -> None:
    """One search_read, confirmed service lines only, explicit field list."""
    rpc = SchemaRpc()
    BillingReader(rpc).sale_lines([["project_id", "in", [1, 2]]])
    (model, method, args, kwargs), *rest = rpc.calls
    assert (model, method, rest) == ("sale.order.line", "search_read", [])
    assert ["state", "=", "sale"] in args[0]
    assert "qty_delivered" in kwargs["fields"] and "so_line" not in kwargs["fields"]


def test_timesheet_groups_use_read_group_with_line_ids() -> None:
    """Hours and line ids come from one read_group, never line by line."""
    answer = [
        {
            "project_id": [8, "AGR"],
            "so_line": False,
            "timesheet_invoice_type": "non_billable",
            "unit_amount": 6.5,
            "id": [3, 1, 2],
            "__count": 3,
        }
    ]
    rpc = SchemaRpc({"account.analytic.line.read_group": answer})
    groups = BillingReader(rpc).timesheet_groups([8], date(2026, 11, 4))
    assert len(rpc.calls) == 1
    _, method, args, kwargs = rpc.calls[0]
    assert method == "read_group" and kwargs == {"lazy": False}
    assert args[1] == ["unit_amount:sum", "id:array_agg"]
    assert groups[0].line_ids == (1, 2, 3) and groups[0].sale_line_id is None


@pytest.mark.parametrize(
    ("model", "expected"),
    [("helpdesk.ticket", True), ("no.such.model", False)],
)
def test_has_model_tolerates_missing_apps(model: str, expected: bool) -> None:
    """A missing app is a `False`, not an error."""
    assert BillingReader(SchemaRpc()).has_model(model) is expected


def test_overdue_invoice_domain_is_customer_invoices_only() -> None:
    """Customer invoices: drafts, or posted, unpaid and past due."""
    rpc = SchemaRpc()
    BillingReader(rpc).customer_invoices([10], date(2026, 12, 4))
    domain = rpc.calls[0][2][0]
    assert domain[0] == ["move_type", "=", "out_invoice"]
    assert ["invoice_date_due", "<", "2026-12-04"] in domain
    assert ["partner_id", "child_of", [10]] in domain
