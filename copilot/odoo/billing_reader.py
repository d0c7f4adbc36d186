"""Batched reads for the billing scan: a fixed number of calls per scan.

Each model is read with one `search_read` (no paging) or one `read_group`
over the whole scope, so a portfolio of 10 or 1,000 projects costs the same
number of RPC calls. Sums and per-line evidence come from `read_group`
(`unit_amount:sum`, `id:array_agg`, `date:min`), never from reading
timesheet lines one by one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from copilot.billing.records import (
    Account,
    BillingProject,
    BillingTask,
    BillingTicket,
    Invoice,
    Opportunity,
    SaleLine,
    TimesheetGroup,
)
from copilot.errors import NotFoundError
from copilot.odoo import normalize as n
from copilot.odoo.billing_rows import (
    account_from,
    invoice_from,
    milestone_from,
    opportunity_from,
    project_from,
    sale_line_from,
    task_from,
    ticket_from,
)
from copilot.odoo.connection import RpcCaller
from copilot.odoo.fetcher import ModelFetcher
from copilot.odoo.field_lists import FieldPlan, load_field_specs
from copilot.records import Milestone

__all__ = ["BillingReader"]

_OPEN_TASK = ["state", "not in", ["1_done", "1_canceled"]]
_TIMESHEETS = "account.analytic.line"


class BillingReader:
    """Reads the billing view of a portfolio; knows Odoo's field names."""

    def __init__(self, rpc: RpcCaller, *, db: str = "") -> None:
        self._rpc = rpc
        self._db = db
        # Billing reads more fields of some models than the briefing does.
        self._fetch = ModelFetcher(
            rpc,
            db=db,
            specs=load_field_specs("billing_fields.json"),
            job="the billing scan",
        )

    # -- plumbing ---------------------------------------------------------

    def has_model(self, model: str) -> bool:
        return self._fetch.has(model)

    def has_field(self, model: str, field: str) -> bool:
        return self.has_model(model) and field in self._rpc.field_names(model)

    def _plan(self, model: str) -> FieldPlan:
        return self._fetch.plan(model)

    def _rows(
        self, model: str, domain: list[Any]
    ) -> tuple[FieldPlan, list[dict[str, Any]]]:
        plan = self._plan(model)
        rows: list[dict[str, Any]] = self._rpc.execute_kw(
            model,
            "search_read",
            [domain],
            {"fields": list(plan.requested), "order": "id asc"},
        )
        return plan, rows

    def _groups(
        self, model: str, domain: list[Any], fields: list[str], groupby: list[str]
    ) -> list[dict[str, Any]]:
        groups: list[dict[str, Any]] = self._rpc.execute_kw(
            model, "read_group", [domain, fields, groupby], {"lazy": False}
        )
        return groups

    # -- projects and their work -------------------------------------------

    def scoped_projects(
        self, project_id: int | None, partner_id: int | None
    ) -> tuple[BillingProject, ...]:
        """Active projects: all, one, or those of one client."""
        domain: list[Any] = [["active", "=", True]]
        if project_id is not None:
            domain.append(["id", "=", project_id])
        if partner_id is not None:
            domain.append(["partner_id", "child_of", partner_id])
        plan, rows = self._rows("project.project", domain)
        return tuple(project_from(plan, row) for row in rows)

    def open_tasks(self, project_ids: list[int]) -> tuple[BillingTask, ...]:
        plan, rows = self._rows(
            "project.task", [["project_id", "in", project_ids], _OPEN_TASK]
        )
        return tuple(task_from(plan, row) for row in rows)

    def milestones(self, project_ids: list[int]) -> tuple[Milestone, ...]:
        if not self.has_model("project.milestone"):
            return ()
        plan, rows = self._rows(
            "project.milestone", [["project_id", "in", project_ids]]
        )
        return tuple(milestone_from(plan, row) for row in rows)

    def user_names(self, user_ids: set[int]) -> dict[int, str]:
        plan, rows = self._rows("res.users", [["id", "in", sorted(user_ids)]])
        return {int(r["id"]): n.as_text(plan.value(r, "name")) for r in rows}

    # -- sales and invoices ------------------------------------------------

    def sale_lines(self, domain: list[Any]) -> tuple[SaleLine, ...]:
        if not self.has_model("sale.order.line"):
            return ()
        full = [["state", "=", "sale"], ["is_service", "=", True], *domain]
        plan, rows = self._rows("sale.order.line", full)
        return tuple(sale_line_from(plan, row) for row in rows)

    def first_uninvoiced(self, line_ids: list[int]) -> dict[int, date]:
        """Date of the oldest timesheet not yet invoiced, per sale line."""
        groups = self._groups(
            _TIMESHEETS,
            [["so_line", "in", line_ids], ["timesheet_invoice_id", "=", False]],
            ["date:min"],
            ["so_line"],
        )
        found: dict[int, date] = {}
        for group in groups:
            line_id, day = n.many2one_id(group["so_line"]), n.as_date(group["date"])
            if line_id is not None and day is not None:
                found[line_id] = day
        return found

    def customer_invoices(
        self, partner_ids: list[int] | None, today: date
    ) -> tuple[Invoice, ...]:
        """Unpaid posted invoices past due, and every draft invoice."""
        if not self.has_model("account.move"):
            return ()
        domain: list[Any] = [
            ["move_type", "=", "out_invoice"],
            "|",
            ["state", "=", "draft"],
            "&",
            "&",
            ["state", "=", "posted"],
            ["payment_state", "in", ["not_paid", "partial"]],
            ["invoice_date_due", "<", today.isoformat()],
        ]
        if partner_ids is not None:
            domain.append(["partner_id", "child_of", partner_ids])
        plan, rows = self._rows("account.move", domain)
        return tuple(invoice_from(plan, row) for row in rows)

    def open_tickets(self, partner_ids: list[int] | None) -> tuple[BillingTicket, ...]:
        """Open helpdesk tickets; the caller checks the app is installed."""
        closed = (
            ["closed", "=", False]
            if self.has_field("helpdesk.ticket", "closed")
            else ["stage_id.fold", "=", False]
        )
        domain: list[Any] = [closed]
        if partner_ids is not None:
            domain.append(["partner_id", "child_of", partner_ids])
        plan, rows = self._rows("helpdesk.ticket", domain)
        return tuple(ticket_from(plan, row) for row in rows)

    def account(self, partner_id: int) -> Account:
        """The client named by `partner_id`, or `NotFoundError`."""
        plan, rows = self._rows("res.partner", [["id", "=", partner_id]])
        if not rows:
            raise NotFoundError(
                f"Partner {partner_id} does not exist or this Odoo user cannot see it."
            )
        return account_from(plan, rows[0])

    def opportunities(self, partner_id: int) -> tuple[Opportunity, ...]:
        if not self.has_model("crm.lead"):
            return ()
        plan, rows = self._rows(
            "crm.lead",
            [
                ["type", "=", "opportunity"],
                ["active", "=", True],
                ["partner_id", "child_of", partner_id],
            ],
        )
        return tuple(opportunity_from(plan, row) for row in rows)

    # -- timesheet aggregates ------------------------------------------------

    def timesheet_groups(
        self, project_ids: list[int], since: date, extra: list[Any] | None = None
    ) -> tuple[TimesheetGroup, ...]:
        """Hours per project, sale line and billing type since `since`."""
        has_type = self.has_field(_TIMESHEETS, "timesheet_invoice_type")
        groupby = ["project_id", "so_line"] + (
            ["timesheet_invoice_type"] if has_type else []
        )
        domain: list[Any] = [
            ["project_id", "in", project_ids],
            ["date", ">=", since.isoformat()],
            *(extra or []),
        ]
        groups = self._groups(
            _TIMESHEETS, domain, ["unit_amount:sum", "id:array_agg"], groupby
        )
        return tuple(
            TimesheetGroup(
                project_id=n.many2one_id(g["project_id"]) or 0,
                sale_line_id=n.many2one_id(g.get("so_line", False)),
                invoice_type=n.as_text(g.get("timesheet_invoice_type")),
                hours=n.as_float(g.get("unit_amount")),
                line_ids=tuple(sorted(int(i) for i in g.get("id") or [])),
            )
            for g in groups
        )

    def users_with_time_since(self, since: date) -> frozenset[int]:
        groups = self._groups(
            _TIMESHEETS,
            [["project_id", "!=", False], ["date", ">=", since.isoformat()]],
            ["unit_amount:sum"],
            ["user_id"],
        )
        return frozenset(
            uid for g in groups if (uid := n.many2one_id(g["user_id"])) is not None
        )
