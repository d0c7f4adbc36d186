"""The seam between the billing services and Odoo: what a scan reads."""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

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
from copilot.records import Milestone

__all__ = ["BillingSource"]


class BillingSource(Protocol):
    """Batched reads; `copilot.odoo.billing_reader.BillingReader` is the real
    one. `scope_project_id` / `scope_partner_id` narrow the projects read."""

    def has_model(self, model: str) -> bool: ...

    def has_field(self, model: str, field: str) -> bool: ...

    def scoped_projects(
        self, project_id: int | None, partner_id: int | None
    ) -> tuple[BillingProject, ...]: ...

    def open_tasks(self, project_ids: list[int]) -> tuple[BillingTask, ...]: ...

    def milestones(self, project_ids: list[int]) -> tuple[Milestone, ...]: ...

    def user_names(self, user_ids: set[int]) -> dict[int, str]: ...

    def sale_lines(self, domain: list[Any]) -> tuple[SaleLine, ...]: ...

    def first_uninvoiced(self, line_ids: list[int]) -> dict[int, date]: ...

    def customer_invoices(
        self, partner_ids: list[int] | None, today: date
    ) -> tuple[Invoice, ...]: ...

    def open_tickets(
        self, partner_ids: list[int] | None
    ) -> tuple[BillingTicket, ...]: ...

    def account(self, partner_id: int) -> Account: ...

    def opportunities(self, partner_id: int) -> tuple[Opportunity, ...]: ...

    def timesheet_groups(
        self, project_ids: list[int], since: date, extra: list[Any] | None = None
    ) -> tuple[TimesheetGroup, ...]: ...

    def users_with_time_since(self, since: date) -> frozenset[int]: ...
