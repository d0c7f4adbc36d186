"""A small in-memory `BillingSource` for service tests."""

from __future__ import annotations

from dataclasses import dataclass, field
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
from copilot.records import Milestone
from tests.billing.builders import account


@dataclass
class FakeSource:
    """Serves fixed records and counts each read, like one RPC call each."""

    projects: tuple[BillingProject, ...] = ()
    tasks: tuple[BillingTask, ...] = ()
    stones: tuple[Milestone, ...] = ()
    lines: tuple[SaleLine, ...] = ()
    invoices: tuple[Invoice, ...] = ()
    tickets: tuple[BillingTicket, ...] = ()
    groups: tuple[TimesheetGroup, ...] = ()
    loggers: frozenset[int] = frozenset()
    opps: tuple[Opportunity, ...] = ()
    fields: frozenset[str] = frozenset()
    accounts: dict[int, Account] = field(default_factory=lambda: {10: account()})
    archived_users: frozenset[int] = frozenset()
    calls: list[str] = field(default_factory=list)

    def has_model(self, model: str) -> bool:
        return True

    def has_field(self, model: str, name: str) -> bool:
        return name in self.fields

    def scoped_projects(
        self, project_id: int | None, partner_id: int | None
    ) -> tuple[BillingProject, ...]:
        self.calls.append("projects")
        return tuple(
            p
            for p in self.projects
            if project_id in (None, p.id) and partner_id in (None, p.partner_id)
        )

    def open_tasks(self, project_ids: list[int]) -> tuple[BillingTask, ...]:
        self.calls.append("tasks")
        return tuple(t for t in self.tasks if t.project_id in project_ids)

    def milestones(self, project_ids: list[int]) -> tuple[Milestone, ...]:
        self.calls.append("milestones")
        return tuple(m for m in self.stones if m.project_id in project_ids)

    def user_names(self, user_ids: set[int]) -> dict[int, str]:
        self.calls.append("users")
        return {u: f"User {u}" for u in user_ids if u not in self.archived_users}

    def sale_lines(self, domain: list[Any]) -> tuple[SaleLine, ...]:
        self.calls.append("sale lines")
        return self.lines

    def first_uninvoiced(self, line_ids: list[int]) -> dict[int, date]:
        self.calls.append("first uninvoiced")
        return {i: date(2026, 11, 2) for i in line_ids}

    def customer_invoices(
        self, partner_ids: list[int] | None, today: date
    ) -> tuple[Invoice, ...]:
        self.calls.append("invoices")
        return self.invoices

    def open_tickets(self, partner_ids: list[int] | None) -> tuple[BillingTicket, ...]:
        self.calls.append("tickets")
        return self.tickets

    def account(self, partner_id: int) -> Account:
        if partner_id not in self.accounts:
            raise NotFoundError(f"Partner {partner_id} does not exist.")
        return self.accounts[partner_id]

    def opportunities(self, partner_id: int) -> tuple[Opportunity, ...]:
        self.calls.append("opportunities")
        return self.opps

    def timesheet_groups(
        self, project_ids: list[int], since: date, extra: list[Any] | None = None
    ) -> tuple[TimesheetGroup, ...]:
        self.calls.append("timesheets" if extra is None else "unvalidated")
        return self.groups

    def users_with_time_since(self, since: date) -> frozenset[int]:
        self.calls.append("recent time")
        return self.loggers
