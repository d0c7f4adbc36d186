"""Milestones reached but not invoiced, and milestones late and not reached."""

from __future__ import annotations

from copilot.billing.model import Blocker, BlockerKind
from copilot.billing.portfolio import Portfolio, money
from copilot.billing.thresholds import BillingThresholds
from copilot.facts import Severity

__all__ = ["milestones_late", "milestones_not_invoiced"]


def milestones_not_invoiced(
    portfolio: Portfolio, thresholds: BillingThresholds
) -> list[Blocker]:
    """A reached milestone whose sale line still has an amount to invoice.

    Odoo 17 counts a reached milestone as delivered on its sale line
    (`qty_delivered_method = milestones`); the line stays `to invoice`
    until someone invoices it.
    """
    found: list[Blocker] = []
    for milestone in portfolio.snapshot.milestones:
        if not milestone.is_reached or milestone.sale_line_id is None:
            continue
        line = portfolio.sale_lines.get(milestone.sale_line_id)
        if line is None or line.invoice_status != "to invoice":
            continue
        if line.delivered <= line.invoiced or line.amount_to_invoice <= 0:
            continue
        project = portfolio.projects.get(milestone.project_id)
        reached = milestone.reached_date
        age = (portfolio.today - reached).days if reached else 0
        amount = min(
            line.amount_to_invoice, (line.delivered - line.invoiced) * line.net_price
        )
        text = (
            f"Milestone {milestone.name} was reached"
            + (f" on {reached.isoformat()}" if reached else "")
            + f" and its sale line still has {money(amount, line.currency)} "
            "to invoice."
        )
        found.append(
            Blocker(
                kind=BlockerKind.MILESTONE_NOT_INVOICED,
                severity=Severity.CRITICAL
                if age >= thresholds.uninvoiced_critical_days
                else Severity.WARNING,
                statement=text,
                subject=milestone.ref,
                evidence=(milestone.ref, line.ref),
                project_id=milestone.project_id,
                partner_id=line.partner_id or (project.partner_id if project else None),
                owner_id=line.salesman_id,
                owner_name=line.salesman_name,
                amount=amount,
                currency=line.currency,
                figures={"amount": round(amount, 2), "days_since_reached": age},
            )
        )
    return found


def milestones_late(
    portfolio: Portfolio, thresholds: BillingThresholds
) -> list[Blocker]:
    """An unreached milestone past its deadline: its invoice is held up."""
    found: list[Blocker] = []
    for milestone in portfolio.snapshot.milestones:
        deadline = milestone.deadline
        if milestone.is_reached or deadline is None or deadline >= portfolio.today:
            continue
        project = portfolio.projects.get(milestone.project_id)
        late = (portfolio.today - deadline).days
        line = (
            portfolio.sale_lines.get(milestone.sale_line_id)
            if milestone.sale_line_id
            else None
        )
        refs = [milestone.ref] + ([line.ref] if line else [])
        found.append(
            Blocker(
                kind=BlockerKind.MILESTONE_OVERDUE,
                severity=Severity.CRITICAL
                if late >= thresholds.milestone_late_critical_days
                else Severity.WARNING,
                statement=f"Milestone {milestone.name} was due on "
                f"{deadline.isoformat()} and is not reached ({late} days late).",
                subject=milestone.ref,
                evidence=tuple(refs),
                project_id=milestone.project_id,
                partner_id=project.partner_id if project else None,
                owner_id=project.manager_id if project else None,
                owner_name=project.manager_name if project else None,
                figures={"days_late": late, "deadline": deadline.isoformat()},
            )
        )
    return found
