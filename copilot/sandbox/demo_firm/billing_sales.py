"""Sale orders of the firm's client projects, linked timesheets, milestones."""

from __future__ import annotations

from dataclasses import dataclass

from copilot.sandbox.demo_firm.billing import BillingContext
from copilot.sandbox.demo_firm.billing_work import add_late_milestones, add_over_tasks
from copilot.sandbox.demo_firm.builder import stamp
from copilot.sandbox.demo_firm.plans import Plan

__all__ = ["SaleOrderDraft", "add_sales"]

_AAL = "account.analytic.line"

# project key -> (rate, ordered hours over delivered, invoiced share)
_MAIN = {
    "crm": (140.0, -12.0, 0.0),  # delivered over ordered, nothing invoiced
    "migration": (150.0, 40.0, 1.0),  # near-miss: fully invoiced
    "warehouse": (135.0, 30.0, 0.5),
    "payroll": (125.0, 20.0, 0.0),
}
# project key -> task whose time stays unlinked (None) or is typed non-billable
_LEAKS = {"crm": ("mailplugin", None), "payroll": ("onboarding", None)}
_NON_BILLABLE = {"warehouse": "reorder"}
# project key -> (prepaid hours ordered, invoiced) for the PM task's time
_PREPAID = {"migration": (20.0, 20.0), "warehouse": (6.0, 0.0)}
# (project, milestone key, invoiced)
_MILESTONE_LINES = (
    ("crm", "design", False),
    ("crm", "uat", False),  # near-miss: not reached yet
    ("migration", "blueprint", True),  # near-miss: reached and invoiced
    ("warehouse", "slotting", False),
    ("payroll", "spec", False),
)
# (project, name, ordered, delivered, invoiced, unit price)
_MANUAL = (
    ("crm", "On-site workshop days", 4.0, 3.0, 0.0, 900.0),
    ("payroll", "Payroll parallel-run support", 5.0, 2.0, 0.0, 700.0),
    ("warehouse", "Scanner configuration", 2.0, 2.0, 2.0, 400.0),  # near-miss
)


@dataclass
class SaleOrderDraft:
    plan: Plan
    order_id: int
    line_ids: list[int]
    new_time: list[int]


def add_sales(ctx: BillingContext) -> None:
    ctx.out.update(
        "project.project",
        ctx.plans["finance"].project_id,
        {"allow_billable": False},
    )
    for key in _MAIN:
        plan = ctx.plans[key]
        order = _order(ctx, plan)
        add_over_tasks(ctx, order)
        _main_line(ctx, order)
        if key in _PREPAID:
            _prepaid_line(ctx, order)
        for project, name, ordered, delivered, invoiced, price in _MANUAL:
            if project == key:
                _line(ctx, order, name, "manual", ordered, delivered, invoiced, price)
        for project, milestone, invoiced in _MILESTONE_LINES:
            if project == key:
                _milestone_line(ctx, order, milestone, invoiced)
        add_late_milestones(ctx, plan)
        ctx.out.row("sale.order", order.order_id)["order_line"] = order.line_ids
    ctx.plant(
        "task_over_allocated",
        "project.task",
        _task_id(ctx, "crm", "quotes"),
        ctx.plans["crm"],
    )
    ctx.plant(
        "milestone_overdue",
        "project.milestone",
        ctx.plans["migration"].milestone_ids["dryrun"],
        ctx.plans["migration"],
    )


def _task_id(ctx: BillingContext, project: str, task: str) -> int:
    return ctx.plans[project].task_ids[task]


def _order(ctx: BillingContext, plan: Plan) -> SaleOrderDraft:
    seller = ctx.salesperson(plan)
    order_id = ctx.out.add(
        "sale.order",
        {
            "partner_id": [plan.client.partner_id, plan.client.name],
            "state": "sale",
            "invoice_status": "to invoice",
            "date_order": stamp(ctx.day(-plan.spec.start - 5), "10:00:00"),
            "user_id": [seller.user_id, seller.person.name],
            "currency_id": ctx.builder.ref("res.currency", "currency"),
            "project_ids": [plan.project_id],
            "create_date": stamp(ctx.day(-plan.spec.start - 5), "10:00:00"),
        },
    )
    ctx.out.row("sale.order", order_id)["name"] = f"S{order_id:05d}"
    ctx.out.update(
        "project.project",
        plan.project_id,
        {"sale_order_id": [order_id, f"S{order_id:05d}"]},
    )
    return SaleOrderDraft(plan, order_id, [], [])


def _line(
    ctx: BillingContext,
    order: SaleOrderDraft,
    name: str,
    method: str,
    ordered: float,
    delivered: float,
    invoiced: float,
    price: float,
    *,
    prepaid: bool = False,
) -> int:
    """A service line; `qty_to_invoice` follows Odoo 17's invoice policy."""
    plan, seller = order.plan, ctx.salesperson(order.plan)
    basis = ordered if prepaid or method == "milestones" else delivered
    to_invoice = max(basis - invoiced, 0.0)
    if to_invoice > 0:
        status = "to invoice"
    elif delivered > ordered and prepaid:
        status = "upselling"
    else:
        status = "invoiced" if invoiced else "no"
    line_id = ctx.out.add(
        "sale.order.line",
        {
            "order_id": [order.order_id, f"S{order.order_id:05d}"],
            "name": name,
            "sequence": len(order.line_ids) + 1,
            "product_type": "service",
            "is_service": True,
            "product_uom_qty": ordered,
            "price_unit": price,
            "discount": 0.0,
            "price_subtotal": ordered * price,
            "price_total": ordered * price,
            "qty_delivered": delivered,
            "qty_delivered_method": method,
            "qty_invoiced": invoiced,
            "qty_to_invoice": to_invoice,
            "invoice_status": status,
            "untaxed_amount_invoiced": invoiced * price,
            "untaxed_amount_to_invoice": to_invoice * price,
            "state": "sale",
            "project_id": [plan.project_id, plan.spec.name],
            "remaining_hours": ordered - delivered if prepaid else 0.0,
            "order_partner_id": [plan.client.partner_id, plan.client.name],
            "salesman_id": [seller.user_id, seller.person.name],
            "currency_id": ctx.builder.ref("res.currency", "currency"),
        },
    )
    order.line_ids.append(line_id)
    if delivered > invoiced and status == "to invoice" and method != "milestones":
        ctx.plant("delivered_not_invoiced", "sale.order.line", line_id, plan)
    if delivered > ordered and method != "milestones":
        ctx.plant("hours_over_sold", "sale.order.line", line_id, plan)
    return line_id


def _main_line(ctx: BillingContext, order: SaleOrderDraft) -> None:
    """Time and material: the project's time is linked to it, bar the leaks."""
    plan = order.plan
    key = plan.spec.key
    rate, headroom, share = _MAIN[key]
    leak = _LEAKS.get(key, (None, None))[0]
    typed_off = _NON_BILLABLE.get(key)
    prepaid_task = "pm" if key in _PREPAID else None
    billable: list[tuple[int, float]] = []
    for task in plan.spec.tasks:
        for line in ctx.task_lines.get(plan.task_ids[task.key], []):
            if task.key in (leak, prepaid_task):
                continue
            if task.key == typed_off:
                billable.append((-line.id, line.draft.hours))
            else:
                billable.append((line.id, line.draft.hours))
    for line_id in order.new_time:
        billable.append((line_id, float(ctx.out.row(_AAL, line_id)["unit_amount"])))
    delivered = sum(h for i, h in billable if i > 0)
    invoiced = round(delivered * share * 2) / 2
    line_id = _line(
        ctx,
        order,
        "Consulting (time and material)",
        "timesheet",
        delivered + headroom,
        delivered,
        invoiced,
        rate,
    )
    name = f"S{order.order_id:05d} - Consulting (time and material)"
    invoice = _paid_invoice(ctx, order, invoiced * rate) if share >= 1.0 else None
    for signed, _ in billable:
        values = {
            "so_line": [line_id, name],
            "order_id": [order.order_id, f"S{order.order_id:05d}"],
            "timesheet_invoice_type": "billable_time" if signed > 0 else "non_billable",
            "timesheet_invoice_id": invoice or False,
        }
        if signed > 0 and _is_new(order, signed):
            ctx.out.row(_AAL, signed).update(values)
        else:
            ctx.out.update(_AAL, abs(signed), values)
    if leak or typed_off:
        ctx.plant("unlinked_timesheets", "project.project", plan.project_id, plan)


def _is_new(order: SaleOrderDraft, line_id: int) -> bool:
    return line_id in order.new_time


def _prepaid_line(ctx: BillingContext, order: SaleOrderDraft) -> None:
    plan = order.plan
    ordered, invoiced = _PREPAID[plan.spec.key]
    lines = ctx.task_lines.get(plan.task_ids["pm"], [])
    delivered = sum(line.draft.hours for line in lines)
    line_id = _line(
        ctx,
        order,
        "Project management (prepaid hours)",
        "timesheet",
        ordered,
        delivered,
        invoiced,
        110.0,
        prepaid=True,
    )
    for line in lines:
        ctx.out.update(
            _AAL,
            line.id,
            {
                "so_line": [line_id, f"S{order.order_id:05d} - Project management"],
                "order_id": [order.order_id, f"S{order.order_id:05d}"],
                "timesheet_invoice_type": "billable_fixed",
            },
        )


def _milestone_line(
    ctx: BillingContext, order: SaleOrderDraft, key: str, invoiced: bool
) -> None:
    plan = order.plan
    spec = next(m for m in plan.spec.milestones if m.key == key)
    milestone_id = plan.milestone_ids[key]
    reached = spec.reached is not None
    line_id = _line(
        ctx,
        order,
        f"Milestone: {spec.name}",
        "milestones",
        1.0,
        1.0 if reached else 0.0,
        1.0 if invoiced else 0.0,
        2500.0,
    )
    row = ctx.out.row("sale.order.line", line_id)
    row["reached_milestones_ids"] = [milestone_id] if reached else []
    ctx.out.update(
        "project.milestone",
        milestone_id,
        {
            "sale_line_id": [line_id, f"S{order.order_id:05d} - {row['name']}"],
            "quantity_percentage": 1.0,
            "product_uom_qty": 1.0,
        },
    )
    if reached and not invoiced:
        ctx.plant("milestone_not_invoiced", "project.milestone", milestone_id, plan)


def _paid_invoice(
    ctx: BillingContext, order: SaleOrderDraft, amount: float
) -> list[object]:
    """The invoice of a fully invoiced line: posted and paid (a near-miss)."""
    from copilot.sandbox.demo_firm.billing_accounts import add_invoice

    return add_invoice(ctx, order.plan, "posted", "paid", -30, amount)
