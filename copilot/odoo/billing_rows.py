"""Turn `search_read` rows of the billing models into typed records."""

from __future__ import annotations

from typing import Any

from copilot.billing.records import (
    Account,
    BillingProject,
    BillingTask,
    BillingTicket,
    Invoice,
    Opportunity,
    SaleLine,
)
from copilot.odoo import normalize as n
from copilot.odoo.field_lists import FieldPlan
from copilot.records import Milestone

__all__ = [
    "account_from",
    "invoice_from",
    "milestone_from",
    "opportunity_from",
    "project_from",
    "sale_line_from",
    "task_from",
    "ticket_from",
]

Row = dict[str, Any]


def project_from(plan: FieldPlan, row: Row) -> BillingProject:
    v = plan.value
    return BillingProject(
        id=int(row["id"]),
        name=n.as_text(v(row, "name")),
        partner_id=n.many2one_id(v(row, "partner_id")),
        partner_name=n.many2one_name(v(row, "partner_id")),
        manager_id=n.many2one_id(v(row, "user_id")),
        manager_name=n.many2one_name(v(row, "user_id")),
        is_billable=n.as_bool(v(row, "allow_billable")),
        sale_line_id=n.many2one_id(v(row, "sale_line_id")),
        currency=n.many2one_name(v(row, "currency_id")),
        status=n.as_optional_text(v(row, "last_update_status")),
    )


def account_from(plan: FieldPlan, row: Row) -> Account:
    v = plan.value
    return Account(
        id=int(row["id"]),
        name=n.as_text(v(row, "name")),
        salesperson_id=n.many2one_id(v(row, "user_id")),
        salesperson_name=n.many2one_name(v(row, "user_id")),
    )


def task_from(plan: FieldPlan, row: Row) -> BillingTask:
    v = plan.value
    return BillingTask(
        id=int(row["id"]),
        name=n.as_text(v(row, "name")),
        project_id=n.many2one_id(v(row, "project_id")) or 0,
        assignee_ids=n.as_ids(v(row, "user_ids")),
        allocated_hours=n.as_float(v(row, "allocated_hours")),
        effective_hours=n.as_float(v(row, "effective_hours")),
    )


def milestone_from(plan: FieldPlan, row: Row) -> Milestone:
    v = plan.value
    return Milestone(
        id=int(row["id"]),
        name=n.as_text(v(row, "name")),
        project_id=n.many2one_id(v(row, "project_id")) or 0,
        deadline=n.as_date(v(row, "deadline")),
        is_reached=n.as_bool(v(row, "is_reached")),
        reached_date=n.as_date(v(row, "reached_date")),
        sale_line_id=n.many2one_id(v(row, "sale_line_id")),
    )


def sale_line_from(plan: FieldPlan, row: Row) -> SaleLine:
    v = plan.value
    return SaleLine(
        id=int(row["id"]),
        name=n.as_text(v(row, "name")).splitlines()[0] if v(row, "name") else "",
        order_id=n.many2one_id(v(row, "order_id")),
        order_name=n.many2one_name(v(row, "order_id")),
        partner_id=n.many2one_id(v(row, "order_partner_id")),
        partner_name=n.many2one_name(v(row, "order_partner_id")),
        salesman_id=n.many2one_id(v(row, "salesman_id")),
        salesman_name=n.many2one_name(v(row, "salesman_id")),
        project_id=n.many2one_id(v(row, "project_id")),
        ordered=n.as_float(v(row, "product_uom_qty")),
        delivered=n.as_float(v(row, "qty_delivered")),
        invoiced=n.as_float(v(row, "qty_invoiced")),
        to_invoice=n.as_float(v(row, "qty_to_invoice")),
        amount_to_invoice=n.as_float(v(row, "untaxed_amount_to_invoice")),
        price_unit=n.as_float(v(row, "price_unit")),
        discount=n.as_float(v(row, "discount")),
        delivered_method=n.as_text(v(row, "qty_delivered_method")),
        invoice_status=n.as_text(v(row, "invoice_status")),
        remaining_hours=n.as_float(v(row, "remaining_hours")),
        currency=n.many2one_name(v(row, "currency_id")),
        is_service=n.as_bool(v(row, "is_service")),
    )


def invoice_from(plan: FieldPlan, row: Row) -> Invoice:
    v = plan.value
    created = n.as_datetime(v(row, "create_date"))
    return Invoice(
        id=int(row["id"]),
        name=n.as_text(v(row, "name")),
        move_type=n.as_text(v(row, "move_type")),
        state=n.as_text(v(row, "state")),
        payment_state=n.as_text(v(row, "payment_state")),
        partner_id=n.many2one_id(v(row, "partner_id")),
        partner_name=n.many2one_name(v(row, "partner_id")),
        invoice_date=n.as_date(v(row, "invoice_date")),
        due_date=n.as_date(v(row, "invoice_date_due")),
        amount_untaxed=n.as_float(v(row, "amount_untaxed")),
        amount_residual=n.as_float(v(row, "amount_residual")),
        currency=n.many2one_name(v(row, "currency_id")),
        salesperson_id=n.many2one_id(v(row, "invoice_user_id")),
        salesperson_name=n.many2one_name(v(row, "invoice_user_id")),
        created=created.date() if created else None,
    )


def ticket_from(plan: FieldPlan, row: Row) -> BillingTicket:
    v = plan.value
    return BillingTicket(
        id=int(row["id"]),
        name=n.as_text(v(row, "name")),
        partner_id=n.many2one_id(v(row, "partner_id")),
        category=n.many2one_name(v(row, "category_id")),
        user_id=n.many2one_id(v(row, "user_id")),
        user_name=n.many2one_name(v(row, "user_id")),
        project_id=n.many2one_id(v(row, "project_id")),
        priority=n.as_text(v(row, "priority")) or "0",
        stage_name=n.many2one_name(v(row, "stage_id")),
    )


def opportunity_from(plan: FieldPlan, row: Row) -> Opportunity:
    v = plan.value
    return Opportunity(
        id=int(row["id"]),
        name=n.as_text(v(row, "name")),
        partner_id=n.many2one_id(v(row, "partner_id")),
        user_id=n.many2one_id(v(row, "user_id")),
        user_name=n.many2one_name(v(row, "user_id")),
        stage_name=n.many2one_name(v(row, "stage_id")),
        probability=n.as_float(v(row, "probability")),
        expected_revenue=n.as_float(v(row, "expected_revenue")),
        deadline=n.as_date(v(row, "date_deadline")),
    )
