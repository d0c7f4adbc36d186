"""Invoices, billing tickets, opportunities and idle assignees of the firm."""

from __future__ import annotations

from copilot.sandbox.demo_firm.billing import BillingContext
from copilot.sandbox.demo_firm.builder import stamp
from copilot.sandbox.demo_firm.plans import Plan

__all__ = ["add_accounts", "add_invoice"]

# (project, state, payment state, days until due (negative: overdue), amount)
_INVOICES = (
    ("crm", "posted", "not_paid", -12, 8400.0),
    ("crm", "posted", "not_paid", -40, 5600.0),
    ("crm", "posted", "not_paid", -3, 2100.0),
    ("migration", "posted", "partial", -20, 12000.0),
    ("warehouse", "posted", "not_paid", -5, 4050.0),
    ("warehouse", "posted", "not_paid", -33, 6750.0),
    ("payroll", "posted", "not_paid", -60, 3750.0),
    ("warehouse", "posted", "in_payment", -15, 2700.0),  # near-miss: being paid
    ("payroll", "posted", "not_paid", 14, 2500.0),  # near-miss: not yet due
)
# (project, days since created, amount); drafts older than 7 days are stale
_DRAFTS = (
    ("crm", 20, 4200.0),
    ("migration", 12, 9000.0),
    ("warehouse", 30, 1350.0),
    ("payroll", 9, 1250.0),
    ("payroll", 2, 875.0),  # near-miss: recent draft
)
# (project, ticket, category, stage, priority)
_TICKETS = (
    ("crm", "Hours billed in October look too high", "Billing", "progress", "2"),
    (
        "migration",
        "Credit note requested for a duplicate invoice",
        "Billing",
        "new",
        "1",
    ),
    ("migration", "Travel costs charged twice", "Invoicing", "awaiting", "1"),
    (
        "warehouse",
        "Hourly rate on invoice does not match the quote",
        "Billing",
        "new",
        "3",
    ),
    ("warehouse", "Invoice address corrected", "Billing", "done", "1"),
    ("crm", "Export of quotes fails for large orders", "Technical", "new", "1"),
)
# helpdesk.ticket.category is not in the recorded database; ids are invented.
_CATEGORY_IDS = {"Billing": 91, "Invoicing": 92, "Technical": 93}
# (invented name, login, [(project, task key)]) of assignees who log no time
_IDLE = (
    (
        "Lotte Verhaegen",
        "lotte.verhaegen",
        (("migration", "stock"), ("warehouse", "barcode")),
    ),
    ("Tomas Lindqvist", "tomas.lindqvist", (("payroll", "export"),)),
)
# (project, opportunity, expected revenue, probability)
_OPPORTUNITIES = (
    ("crm", "CRM phase 2: marketing automation", 36000.0, 40.0),
    ("crm", "Support retainer renewal", 12000.0, 70.0),
    ("migration", "Post go-live hypercare", 18000.0, 55.0),
)


def add_accounts(ctx: BillingContext) -> None:
    for key, state, payment, due, amount in _INVOICES:
        plan = ctx.plans[key]
        invoice = add_invoice(ctx, plan, state, payment, due, amount)
        if due < 0 and payment in ("not_paid", "partial"):
            ctx.plant("invoice_overdue", "account.move", int(str(invoice[0])), None)
    for key, age, amount in _DRAFTS:
        invoice = add_invoice(
            ctx, ctx.plans[key], "draft", "not_paid", 0, amount, created=-age
        )
        if age > 7:
            ctx.plant("draft_invoice_stale", "account.move", int(str(invoice[0])), None)
    for key, name, category, stage, priority in _TICKETS:
        _ticket(ctx, ctx.plans[key], name, category, stage, priority)
    _idle_assignees(ctx)
    for key, name, revenue, probability in _OPPORTUNITIES:
        plan, seller = ctx.plans[key], ctx.salesperson(ctx.plans[key])
        ctx.out.add(
            "crm.lead",
            {
                "name": name,
                "type": "opportunity",
                "partner_id": [plan.client.partner_id, plan.client.name],
                "partner_name": plan.client.name,
                "stage_id": [2, "Qualified"],
                "probability": probability,
                "expected_revenue": revenue,
                "date_deadline": ctx.day(21).isoformat(),
                "user_id": [seller.user_id, seller.person.name],
                "team_id": [1, "Sales"],
                "priority": "1",
                "active": True,
                "create_date": stamp(ctx.day(-14), "09:00:00"),
            },
        )


def add_invoice(
    ctx: BillingContext,
    plan: Plan,
    state: str,
    payment: str,
    due: int,
    amount: float,
    *,
    created: int = -30,
) -> list[object]:
    """A customer invoice; `due` and `created` are days from today."""
    seller = ctx.salesperson(plan)
    residual = {"paid": 0.0, "partial": amount / 2}.get(payment, amount)
    posted = state == "posted"
    invoice_day = ctx.day(due - 30 if posted else created)
    invoice_id = ctx.out.add(
        "account.move",
        {
            "move_type": "out_invoice",
            "state": state,
            "payment_state": payment,
            "partner_id": [plan.client.partner_id, plan.client.name],
            "invoice_date": invoice_day.isoformat() if posted else False,
            "invoice_date_due": ctx.day(due).isoformat() if posted else False,
            "amount_untaxed": amount,
            "amount_total": amount * 1.21,
            "amount_residual": residual * 1.21 if posted else amount * 1.21,
            "currency_id": ctx.builder.ref("res.currency", "currency"),
            "invoice_origin": False,
            "journal_id": [1, "Customer Invoices"],
            "invoice_user_id": [seller.user_id, seller.person.name],
            "create_date": stamp(invoice_day, "11:00:00"),
        },
    )
    name = f"INV/{invoice_day.year}/9{invoice_id:04d}" if posted else "/"
    ctx.out.row("account.move", invoice_id)["name"] = name
    return [invoice_id, name]


def _ticket(
    ctx: BillingContext,
    plan: Plan,
    name: str,
    category: str,
    stage: str,
    priority: str,
) -> None:
    ticket_id = ctx.out.take("helpdesk.ticket")
    flags = ctx.builder.data.stage_flags[stage]
    member = ctx.salesperson(plan)
    created = stamp(ctx.day(-6), "09:40:00")
    ctx.out.add_with_id(
        "helpdesk.ticket",
        ticket_id,
        {
            "number": f"HT{ticket_id:05d}",
            "name": name,
            "description": f"<p>{name}.</p>",
            "stage_id": ctx.builder.ref("helpdesk.ticket.stage", stage),
            "closed": flags["closed"],
            "priority": priority,
            "team_id": ctx.builder.ref("helpdesk.ticket.team", "consultants"),
            "user_id": [member.user_id, member.person.name],
            "partner_id": [plan.client.partner_id, plan.client.name],
            "partner_name": plan.client.name,
            "commercial_partner_id": [plan.client.partner_id, plan.client.name],
            "category_id": [_CATEGORY_IDS[category], category],
            "channel_id": ctx.builder.ref("helpdesk.ticket.channel", "web"),
            "project_id": [plan.project_id, plan.spec.name],
            "last_stage_update": created,
            "unattended": flags["unattended"],
            "create_date": created,
            "write_date": created,
            "company_id": ctx.builder.ref("res.company", "company"),
        },
    )
    if not flags["closed"] and category in ("Billing", "Invoicing"):
        ctx.plant("billing_dispute", "helpdesk.ticket", ticket_id, plan)


def _idle_assignees(ctx: BillingContext) -> None:
    """New colleagues put on open tasks who have not logged time yet."""
    domain = ctx.builder.data.people["firm"]["email_domain"]
    company = ctx.builder.ref("res.partner", "company")
    for name, login, tasks in _IDLE:
        user_id, partner_id = ctx.out.take("res.users"), ctx.out.take("res.partner")
        email = f"{login}@{domain}"
        ctx.out.add_with_id(
            "res.partner",
            partner_id,
            {
                "name": name,
                "display_name": f"{company[1]}, {name}",
                "parent_id": company,
                "commercial_partner_id": company,
                "type": "contact",
                "email": email,
                "lang": "en_US",
                "user_ids": [user_id],
                "active": True,
            },
        )
        ctx.out.add_with_id(
            "res.users",
            user_id,
            {
                "login": email,
                "name": name,
                "partner_id": [partner_id, f"{company[1]}, {name}"],
                "share": False,
                "active": True,
                "company_id": ctx.builder.ref("res.company", "company"),
                "tz": "Europe/Brussels",
                "lang": "en_US",
                "notification_type": "email",
            },
        )
        for key, task in tasks:
            plan = ctx.plans[key]
            task_id = plan.task_ids[task]
            users = list(ctx.firm_row("project.task", task_id)["user_ids"])
            ctx.out.update("project.task", task_id, {"user_ids": [*users, user_id]})
            ctx.plant("missing_time", "res.users", user_id, plan)
