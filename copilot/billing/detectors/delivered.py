"""Delivered but not invoiced: sale lines with work done and no invoice yet."""

from __future__ import annotations

from copilot.billing.model import Blocker, BlockerKind
from copilot.billing.portfolio import Portfolio, money
from copilot.billing.thresholds import BillingThresholds
from copilot.facts import Severity

__all__ = ["delivered_not_invoiced"]


def delivered_not_invoiced(
    portfolio: Portfolio, thresholds: BillingThresholds
) -> list[Blocker]:
    """Lines whose delivered quantity exceeds the invoiced one and that Odoo
    marks `to invoice`; the amount is the delivered, uninvoiced part at the
    line's net price, capped at Odoo's untaxed amount to invoice. Lines
    delivered by milestones are left to the milestone detector."""
    found: list[Blocker] = []
    for line in portfolio.snapshot.sale_lines:
        pending = line.delivered - line.invoiced
        if pending <= 0 or line.invoice_status != "to invoice":
            continue
        if line.delivered_method == "milestones":
            continue  # reported per milestone, see milestones.py
        amount = min(line.amount_to_invoice, pending * line.net_price)
        if amount <= 0:
            continue
        project = portfolio.project_of_line(line)
        since = line.first_uninvoiced
        age = (portfolio.today - since).days if since else None
        is_old = age is not None and age >= thresholds.uninvoiced_critical_days
        figures: dict[str, float | int | str] = {
            "hours": round(pending, 2),
            "amount": round(amount, 2),
        }
        text = (
            f"Sale line {line.name or line.id} of {line.order_name or 'an order'} "
            f"has {pending:g} h delivered and not invoiced, worth "
            f"{money(amount, line.currency)}"
        )
        if age is not None and since is not None:
            figures["age_days"] = age
            figures["since"] = since.isoformat()
            text += f", the oldest since {since.isoformat()} ({age} days)"
        refs = [line.ref] + ([project.ref] if project else [])
        found.append(
            Blocker(
                kind=BlockerKind.DELIVERED_NOT_INVOICED,
                severity=Severity.CRITICAL if is_old else Severity.WARNING,
                statement=text + ".",
                subject=line.ref,
                evidence=tuple(refs),
                project_id=project.id if project else None,
                partner_id=line.partner_id,
                owner_id=line.salesman_id,
                owner_name=line.salesman_name,
                amount=amount,
                currency=line.currency,
                hours=pending,
                figures=figures,
            )
        )
    return found
