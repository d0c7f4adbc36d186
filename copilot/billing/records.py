"""Typed Odoo records the billing scan reads, after normalisation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from copilot.records import Milestone, RecordRef

__all__ = [
    "Account",
    "BillingProject",
    "BillingTask",
    "BillingTicket",
    "Invoice",
    "Opportunity",
    "PortfolioSnapshot",
    "SaleLine",
    "TimesheetGroup",
]


@dataclass(frozen=True)
class BillingProject:
    id: int
    name: str
    partner_id: int | None
    partner_name: str | None
    manager_id: int | None
    manager_name: str | None
    is_billable: bool
    sale_line_id: int | None
    currency: str | None
    status: str | None = None

    @property
    def ref(self) -> RecordRef:
        return RecordRef("project.project", self.id)


@dataclass(frozen=True)
class Account:
    """A client: the commercial partner and its salesperson (`user_id`)."""

    id: int
    name: str
    salesperson_id: int | None
    salesperson_name: str | None

    @property
    def ref(self) -> RecordRef:
        return RecordRef("res.partner", self.id)


@dataclass(frozen=True)
class BillingTask:
    """An open task of a scanned project; `remaining_hours` < 0 means over."""

    id: int
    name: str
    project_id: int
    assignee_ids: tuple[int, ...]
    allocated_hours: float
    effective_hours: float

    @property
    def ref(self) -> RecordRef:
        return RecordRef("project.task", self.id)


@dataclass(frozen=True)
class SaleLine:
    """A confirmed sale order line; quantities in the line's unit (hours here).

    `amount_to_invoice` is Odoo's `untaxed_amount_to_invoice`;
    `first_uninvoiced` is the date of its oldest timesheet not yet invoiced.
    """

    id: int
    name: str
    order_id: int | None
    order_name: str | None
    partner_id: int | None
    partner_name: str | None
    salesman_id: int | None
    salesman_name: str | None
    project_id: int | None
    ordered: float
    delivered: float
    invoiced: float
    to_invoice: float
    amount_to_invoice: float
    price_unit: float
    discount: float
    delivered_method: str
    invoice_status: str
    remaining_hours: float
    currency: str | None
    is_service: bool
    first_uninvoiced: date | None = None

    @property
    def ref(self) -> RecordRef:
        return RecordRef("sale.order.line", self.id)

    @property
    def net_price(self) -> float:
        return self.price_unit * (1.0 - self.discount / 100.0)

    @property
    def is_prepaid(self) -> bool:
        """Invoiced on ordered quantity (prepaid or fixed price), per Odoo 17:
        such a line asks to invoice what was ordered, not what was delivered."""
        ordered_left = self.ordered - self.invoiced
        return abs(self.to_invoice - ordered_left) < 1e-6 and (
            abs(self.to_invoice - (self.delivered - self.invoiced)) > 1e-6
            or self.delivered_method == "milestones"
        )


@dataclass(frozen=True)
class Invoice:
    id: int
    name: str
    move_type: str
    state: str
    payment_state: str
    partner_id: int | None
    partner_name: str | None
    invoice_date: date | None
    due_date: date | None
    amount_untaxed: float
    amount_residual: float
    currency: str | None
    salesperson_id: int | None
    salesperson_name: str | None
    created: date | None

    @property
    def ref(self) -> RecordRef:
        return RecordRef("account.move", self.id)


@dataclass(frozen=True)
class BillingTicket:
    id: int
    name: str
    partner_id: int | None
    category: str | None
    user_id: int | None
    user_name: str | None
    project_id: int | None
    priority: str
    stage_name: str | None

    @property
    def ref(self) -> RecordRef:
        return RecordRef("helpdesk.ticket", self.id)


@dataclass(frozen=True)
class Opportunity:
    id: int
    name: str
    partner_id: int | None
    user_id: int | None
    user_name: str | None
    stage_name: str | None
    probability: float
    expected_revenue: float
    deadline: date | None

    @property
    def ref(self) -> RecordRef:
        return RecordRef("crm.lead", self.id)


@dataclass(frozen=True)
class TimesheetGroup:
    """Timesheet hours of one project in the period, by sale line and billing
    type, as Odoo's `read_group` sums them (no line is read one by one)."""

    project_id: int
    sale_line_id: int | None
    invoice_type: str
    hours: float
    line_ids: tuple[int, ...]


@dataclass(frozen=True)
class PortfolioSnapshot:
    """Everything one scan read, in a fixed number of calls.

    `validation_available` is False where the database has no timesheet
    validation field (Odoo Community); `unvalidated` is then empty.
    """

    today: date
    period_start: date
    projects: tuple[BillingProject, ...]
    tasks: tuple[BillingTask, ...]
    milestones: tuple[Milestone, ...]
    sale_lines: tuple[SaleLine, ...]
    invoices: tuple[Invoice, ...]
    tickets: tuple[BillingTicket, ...] | None
    timesheet_groups: tuple[TimesheetGroup, ...]
    recent_loggers: frozenset[int]
    missing_time_since: date
    validation_available: bool
    unvalidated: tuple[TimesheetGroup, ...]
    user_names: dict[int, str]
    rpc_calls: int = 0
