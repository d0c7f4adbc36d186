"""Billing scenarios on top of the firm: sales, invoices, disputes, near-misses.

The firm's four client projects become billable (one sale order each, time
linked to its lines); the finance rollout becomes a non-billable project.
Every planted blocker is listed in `expected` as (kind, model, id, project)
so an evaluation can score a scan without running the scan's own logic.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any

from copilot.sandbox.demo_firm.billing_rows import BillingRecords
from copilot.sandbox.demo_firm.builder import FirmBuilder
from copilot.sandbox.demo_firm.partners import Client, Staff
from copilot.sandbox.demo_firm.plans import Plan
from copilot.sandbox.demo_firm.timesheets import Line

__all__ = ["BillingContext", "ExpectedBlocker", "add_billing"]

ExpectedBlocker = tuple[str, str, int, int | None]
_FIRM_MODELS = frozenset(
    {"res.partner", "res.users", "project.task", "project.milestone"}
    | {"helpdesk.ticket", "account.analytic.line"}
)


@dataclass
class BillingContext:
    """What the scenario builders share; `expected` grows as they plant."""

    builder: FirmBuilder
    plans: Mapping[str, Plan]
    staff: Mapping[str, Staff]
    clients: Mapping[str, Client]
    task_lines: Mapping[int, list[Line]]
    firm_rows: Mapping[str, Sequence[Mapping[str, Any]]]
    out: BillingRecords
    expected: list[ExpectedBlocker] = field(default_factory=list)

    def day(self, offset: int) -> date:
        return self.builder.day(offset)

    def plant(self, kind: str, model: str, record_id: int, plan: Plan | None) -> None:
        self.expected.append(
            (kind, model, record_id, plan.project_id if plan else None)
        )

    def firm_row(self, model: str, record_id: int) -> Mapping[str, Any]:
        return next(r for r in self.firm_rows[model] if r["id"] == record_id)

    def salesperson(self, plan: Plan) -> Staff:
        """Each client's account manager is its project manager."""
        return plan.pm


def add_billing(
    builder: FirmBuilder,
    next_ids: Mapping[str, int],
    plans: Sequence[Plan],
    staff: Mapping[str, Staff],
    clients: Mapping[str, Client],
    task_lines: Mapping[int, list[Line]],
    firm_rows: Mapping[str, Sequence[Mapping[str, Any]]],
) -> tuple[dict[str, list[dict[str, Any]]], tuple[ExpectedBlocker, ...]]:
    """Billing rows to merge after the firm's, and the blockers they plant."""
    from copilot.sandbox.demo_firm.billing_accounts import add_accounts
    from copilot.sandbox.demo_firm.billing_sales import add_sales

    counters: dict[str, int] = {}
    out = BillingRecords(lambda model: _take(builder, next_ids, counters, model))
    context = BillingContext(
        builder,
        {plan.spec.key: plan for plan in plans},
        staff,
        clients,
        task_lines,
        firm_rows,
        out,
    )
    add_sales(context)
    add_accounts(context)
    return out.merged(), tuple(sorted(context.expected, key=repr))


def _take(
    builder: FirmBuilder,
    next_ids: Mapping[str, int],
    counters: dict[str, int],
    model: str,
) -> int:
    """Firm models continue the firm's counters; others start after the
    recorded data (a caller's `next_ids` may not name them)."""
    if model in _FIRM_MODELS:
        return builder.take(model)
    if model not in counters:
        try:
            counters[model] = int(next_ids[model])
        except KeyError:
            counters[model] = _recorded_max(model) + 1
    counters[model] += 1
    return counters[model] - 1


def _recorded_max(model: str) -> int:
    path = resources.files("copilot.sandbox") / "data" / "records" / f"{model}.json"
    rows = json.loads(path.read_text("utf-8"))["records"]
    return max((int(r["id"]) for r in rows), default=0)
