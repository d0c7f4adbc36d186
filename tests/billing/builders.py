"""Hand-built billing records for detector tests: defaults plus overrides."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from copilot.billing.portfolio import Portfolio
from copilot.billing.records import (
    Account,
    BillingProject,
    BillingTask,
    BillingTicket,
    Invoice,
    Opportunity,
    PortfolioSnapshot,
    SaleLine,
    TimesheetGroup,
)
from copilot.records import Milestone

TODAY = date(2026, 12, 4)  # a Friday


def project(**over: Any) -> BillingProject:
    base = BillingProject(
        id=1,
        name="Rollout",
        partner_id=10,
        partner_name="Client SA",
        manager_id=5,
        manager_name="Pia Manager",
        is_billable=True,
        sale_line_id=None,
        currency="EUR",
        status="on_track",
    )
    return replace(base, **over)


def line(**over: Any) -> SaleLine:
    base = SaleLine(
        id=100,
        name="Consulting",
        order_id=50,
        order_name="S00050",
        partner_id=10,
        partner_name="Client SA",
        salesman_id=7,
        salesman_name="Sam Seller",
        project_id=1,
        ordered=40.0,
        delivered=10.0,
        invoiced=0.0,
        to_invoice=10.0,
        amount_to_invoice=1000.0,
        price_unit=100.0,
        discount=0.0,
        delivered_method="timesheet",
        invoice_status="to invoice",
        remaining_hours=0.0,
        currency="EUR",
        is_service=True,
    )
    return replace(base, **over)


def milestone(**over: Any) -> Milestone:
    base = Milestone(
        id=20,
        name="Design approved",
        project_id=1,
        deadline=date(2026, 11, 20),
        is_reached=True,
        reached_date=date(2026, 11, 18),
        sale_line_id=100,
    )
    return replace(base, **over)


def task(**over: Any) -> BillingTask:
    base = BillingTask(
        id=30,
        name="Build reports",
        project_id=1,
        assignee_ids=(8,),
        allocated_hours=10.0,
        effective_hours=8.0,
    )
    return replace(base, **over)


def invoice(**over: Any) -> Invoice:
    base = Invoice(
        id=40,
        name="INV/2026/0040",
        move_type="out_invoice",
        state="posted",
        payment_state="not_paid",
        partner_id=10,
        partner_name="Client SA",
        invoice_date=date(2026, 10, 1),
        due_date=date(2026, 11, 1),
        amount_untaxed=1000.0,
        amount_residual=1210.0,
        currency="EUR",
        salesperson_id=7,
        salesperson_name="Sam Seller",
        created=date(2026, 10, 1),
    )
    return replace(base, **over)


def ticket(**over: Any) -> BillingTicket:
    base = BillingTicket(
        id=60,
        name="Invoice too high",
        partner_id=10,
        category="Billing",
        user_id=7,
        user_name="Sam Seller",
        project_id=1,
        priority="1",
        stage_name="New",
    )
    return replace(base, **over)


def group(**over: Any) -> TimesheetGroup:
    base = TimesheetGroup(
        project_id=1,
        sale_line_id=None,
        invoice_type="non_billable",
        hours=4.0,
        line_ids=(901, 902),
    )
    return replace(base, **over)


def opportunity(**over: Any) -> Opportunity:
    base = Opportunity(
        id=70,
        name="Phase 2",
        partner_id=10,
        user_id=7,
        user_name="Sam Seller",
        stage_name="Qualified",
        probability=40.0,
        expected_revenue=20000.0,
        deadline=None,
    )
    return replace(base, **over)


def account(**over: Any) -> Account:
    return replace(Account(10, "Client SA", 7, "Sam Seller"), **over)


def portfolio(**over: Any) -> Portfolio:
    """A snapshot with one billable project and nothing else, then overrides."""
    base = PortfolioSnapshot(
        today=TODAY,
        period_start=date(2026, 11, 4),
        projects=(project(),),
        tasks=(),
        milestones=(),
        sale_lines=(),
        invoices=(),
        tickets=(),
        timesheet_groups=(),
        recent_loggers=frozenset(),
        missing_time_since=date(2026, 12, 1),
        validation_available=False,
        unvalidated=(),
        user_names={8: "Ann Consultant"},
    )
    return Portfolio(replace(base, **over))
