"""Hours beyond what was sold: sale lines over their ordered hours, and tasks
over their allocated hours on billable projects."""

from __future__ import annotations

from copilot.billing.model import Blocker, BlockerKind
from copilot.billing.portfolio import Portfolio, money
from copilot.billing.thresholds import BillingThresholds
from copilot.facts import Severity

__all__ = ["hours_over_sold", "tasks_over_allocated"]


def hours_over_sold(
    portfolio: Portfolio, thresholds: BillingThresholds
) -> list[Blocker]:
    """Delivered hours over the ordered hours of a service line.

    On a prepaid or fixed-price line the excess cannot be invoiced (critical);
    on a line invoiced on timesheets it can, but beyond what the client
    agreed to (warning). The amount is the excess at the line's net price.
    """
    found: list[Blocker] = []
    for line in portfolio.snapshot.sale_lines:
        if line.delivered_method not in ("timesheet", "manual", "analytic"):
            continue
        excess = line.delivered - line.ordered
        if excess <= thresholds.over_sold_tolerance_hours or line.ordered <= 0:
            continue
        amount = excess * line.net_price
        project = portfolio.project_of_line(line)
        prepaid = line.is_prepaid
        how = (
            "and the excess cannot be invoiced"
            if prepaid
            else "beyond what the client ordered"
        )
        found.append(
            Blocker(
                kind=BlockerKind.HOURS_OVER_SOLD,
                severity=Severity.CRITICAL if prepaid else Severity.WARNING,
                statement=f"Sale line {line.name or line.id} sold {line.ordered:g} h "
                f"and delivered {line.delivered:g} h: {excess:g} h over, "
                f"{money(amount, line.currency)} {how}.",
                subject=line.ref,
                evidence=(line.ref, *([project.ref] if project else [])),
                project_id=project.id if project else None,
                partner_id=line.partner_id,
                owner_id=line.salesman_id,
                owner_name=line.salesman_name,
                amount=amount,
                currency=line.currency,
                hours=excess,
                figures={
                    "ordered": line.ordered,
                    "delivered": line.delivered,
                    "excess_hours": round(excess, 2),
                    "amount": round(amount, 2),
                    "billable": "no" if prepaid else "beyond order",
                },
            )
        )
    return found


def tasks_over_allocated(
    portfolio: Portfolio, thresholds: BillingThresholds
) -> list[Blocker]:
    """Open tasks of billable projects logged over their allocated hours;
    valued at the rate of the project's sale line when it has one."""
    found: list[Blocker] = []
    for task in portfolio.snapshot.tasks:
        project = portfolio.projects.get(task.project_id)
        if project is None or not project.is_billable or task.allocated_hours <= 0:
            continue
        excess = task.effective_hours - task.allocated_hours
        if excess <= thresholds.over_sold_tolerance_hours:
            continue
        line = (
            portfolio.sale_lines.get(project.sale_line_id)
            if project.sale_line_id
            else None
        )
        amount = excess * line.net_price if line else None
        currency = line.currency if line else None
        text = (
            f"Task {task.name} logged {task.effective_hours:g} h against "
            f"{task.allocated_hours:g} h allocated: {excess:g} h over"
        )
        figures: dict[str, float | int | str] = {
            "allocated": task.allocated_hours,
            "logged": task.effective_hours,
            "excess_hours": round(excess, 2),
        }
        if amount is not None:
            text += f", {money(amount, currency)} at the sold rate"
            figures["amount"] = round(amount, 2)
        ratio = task.effective_hours / task.allocated_hours
        found.append(
            Blocker(
                kind=BlockerKind.TASK_OVER_ALLOCATED,
                severity=Severity.CRITICAL if ratio >= 1.5 else Severity.WARNING,
                statement=text + ".",
                subject=task.ref,
                evidence=(task.ref, project.ref, *([line.ref] if line else [])),
                project_id=project.id,
                partner_id=project.partner_id,
                owner_id=project.manager_id,
                owner_name=project.manager_name,
                amount=amount,
                currency=currency,
                hours=excess,
                figures=figures,
            )
        )
    return found
