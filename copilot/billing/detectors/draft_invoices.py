"""Draft customer invoices left unposted for too long."""

from __future__ import annotations

from copilot.billing.detectors.invoice_blocker import invoice_blocker
from copilot.billing.model import Blocker, BlockerKind
from copilot.billing.portfolio import Portfolio, money
from copilot.billing.thresholds import BillingThresholds
from copilot.facts import Severity

__all__ = ["stale_draft_invoices"]


def stale_draft_invoices(
    portfolio: Portfolio, thresholds: BillingThresholds
) -> list[Blocker]:
    """Drafts whose invoice date (else creation date) is older than the
    threshold; a draft is revenue nobody has asked the client for yet."""
    found: list[Blocker] = []
    for invoice in portfolio.snapshot.invoices:
        if invoice.move_type != "out_invoice" or invoice.state != "draft":
            continue
        since = invoice.invoice_date or invoice.created
        if since is None:
            continue
        age = (portfolio.today - since).days
        if age <= thresholds.draft_invoice_days:
            continue
        label = invoice.name if invoice.name not in ("", "/") else "A draft invoice"
        found.append(
            invoice_blocker(
                invoice,
                kind=BlockerKind.DRAFT_INVOICE_STALE,
                severity=Severity.WARNING,
                statement=f"{label} worth "
                f"{money(invoice.amount_untaxed, invoice.currency)} untaxed has "
                f"been a draft since {since.isoformat()} ({age} days).",
                amount=invoice.amount_untaxed,
                figures={"age_days": age},
            )
        )
    return found
