"""New work on the firm's billable projects: late milestones, overrun tasks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from copilot.sandbox.demo_firm.billing import BillingContext
from copilot.sandbox.demo_firm.builder import stamp
from copilot.sandbox.demo_firm.plans import Plan

if TYPE_CHECKING:
    from copilot.sandbox.demo_firm.billing_sales import SaleOrderDraft

__all__ = ["add_late_milestones", "add_over_tasks"]

_AAL = "account.analytic.line"
# (project, milestone name, days before today it was due)
_LATE_MILESTONES = (
    ("crm", "Data model frozen", 3),
    ("warehouse", "Pick-route pilot", 9),
    ("migration", "Legacy archive delivered", 20),
)
# (project, task name, allocated, logged, staff role)
_OVER_TASKS = (
    ("warehouse", "Scanner firmware rollout", 6.0, 9.0, "dev"),
    ("migration", "Legacy report rebuild", 8.0, 12.0, "fc"),
)


def add_late_milestones(ctx: BillingContext, plan: Plan) -> None:
    added = []
    for project, name, late in _LATE_MILESTONES:
        if project != plan.spec.key:
            continue
        milestone_id = ctx.out.add(
            "project.milestone",
            {
                "name": name,
                "project_id": [plan.project_id, plan.spec.name],
                "deadline": ctx.day(-late).isoformat(),
                "is_reached": False,
                "is_deadline_exceeded": True,
                "create_date": stamp(ctx.day(-plan.spec.start), "08:20:00"),
            },
        )
        added.append(milestone_id)
        ctx.plant("milestone_overdue", "project.milestone", milestone_id, plan)
    if added:
        own = list(ctx.firm_row("project.project", plan.project_id)["milestone_ids"])
        ctx.out.update(
            "project.project",
            plan.project_id,
            {"milestone_ids": own + added, "is_milestone_exceeded": True},
        )


def add_over_tasks(ctx: BillingContext, order: SaleOrderDraft) -> None:
    """Open tasks logged over their allocation, with their timesheet lines."""
    plan = order.plan
    for project, name, allocated, logged, role in _OVER_TASKS:
        if project != plan.spec.key:
            continue
        member = ctx.staff[role]
        task_id = ctx.out.take("project.task")
        chunks = [logged / 3] * 3
        line_ids = []
        for offset, hours in zip((9, 6, 2), chunks, strict=True):
            day = ctx.day(-offset).isoformat()
            line_ids.append(
                ctx.out.add(
                    _AAL,
                    {
                        "name": f"{name}: work session",
                        "date": day,
                        "date_time": f"{day} 00:00:00",
                        "unit_amount": hours,
                        "amount": -hours * member.hourly_cost,
                        "currency_id": ctx.builder.ref("res.currency", "currency"),
                        "employee_id": [member.employee_id, member.person.name],
                        "user_id": [member.user_id, member.person.name],
                        "project_id": [plan.project_id, plan.spec.name],
                        "task_id": [task_id, name],
                        "partner_id": [plan.client.partner_id, plan.client.name],
                        "product_uom_id": ctx.builder.ref("uom.uom", "hours"),
                        "company_id": ctx.builder.ref("res.company", "company"),
                        "create_date": f"{day} 17:30:00",
                        "write_date": f"{day} 17:30:00",
                    },
                )
            )
        order.new_time.extend(line_ids)
        ctx.out.add_with_id(
            "project.task",
            task_id,
            _task_values(ctx, plan, name, allocated, logged, member.user_id, line_ids),
        )
        ctx.plant("task_over_allocated", "project.task", task_id, plan)


def _task_values(
    ctx: BillingContext,
    plan: Plan,
    name: str,
    allocated: float,
    logged: float,
    user_id: int,
    line_ids: list[int],
) -> dict[str, object]:
    started = stamp(ctx.day(-10), "08:30:00")
    return {
        "name": name,
        "active": True,
        "project_id": [plan.project_id, plan.spec.name],
        "stage_id": ctx.builder.ref("project.task.type", "progress"),
        "state": "01_in_progress",
        "priority": "0",
        "date_assign": started,
        "date_last_stage_update": started,
        "allocated_hours": allocated,
        "effective_hours": logged,
        "remaining_hours": allocated - logged,
        "total_hours_spent": logged,
        "progress": round(100.0 * logged / allocated, 2),
        "overtime": logged - allocated,
        "user_ids": [user_id],
        "partner_id": [plan.client.partner_id, plan.client.name],
        "timesheet_ids": line_ids,
        "allow_billable": True,
        "pricing_type": "task_rate",
        "company_id": ctx.builder.ref("res.company", "company"),
        "create_date": started,
        "write_date": stamp(ctx.day(-2), "17:45:00"),
    }
