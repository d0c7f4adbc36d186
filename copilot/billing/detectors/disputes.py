"""Open helpdesk tickets in which the customer disputes billing."""

from __future__ import annotations

from copilot.billing.model import Blocker, BlockerKind
from copilot.billing.portfolio import Portfolio
from copilot.billing.records import BillingTicket
from copilot.billing.thresholds import BillingThresholds
from copilot.facts import Severity

__all__ = ["billing_disputes", "is_billing_dispute"]


def is_billing_dispute(ticket: BillingTicket, words: tuple[str, ...]) -> bool:
    """The ticket's category names billing (e.g. "Billing", "Invoicing")."""
    category = (ticket.category or "").lower()
    return any(word in category for word in words)


def billing_disputes(
    portfolio: Portfolio, thresholds: BillingThresholds
) -> list[Blocker]:
    tickets = portfolio.snapshot.tickets or ()
    found: list[Blocker] = []
    for ticket in tickets:
        if not is_billing_dispute(ticket, thresholds.dispute_words):
            continue
        project = portfolio.projects.get(ticket.project_id or 0)
        found.append(
            Blocker(
                kind=BlockerKind.BILLING_DISPUTE,
                severity=Severity.CRITICAL
                if ticket.priority >= "2"
                else Severity.WARNING,
                statement=f"Ticket {ticket.name} disputes billing "
                f"(category {ticket.category}) and is still open"
                + (f" ({ticket.stage_name})." if ticket.stage_name else "."),
                subject=ticket.ref,
                evidence=(ticket.ref,),
                project_id=project.id if project else None,
                partner_id=ticket.partner_id,
                owner_id=ticket.user_id,
                owner_name=ticket.user_name,
                figures={"priority": ticket.priority},
            )
        )
    return found
