"""Posted customer invoices past their due date and not paid."""

from __future__ import annotations

from copilot.billing.detectors.invoice_blocker import invoice_blocker
from copilot.billing.model import Blocker, BlockerKind
from copilot.billing.portfolio import Portfolio, money
from copilot.billing.thresholds import BillingThresholds
from copilot.facts import Severity

__all__ = ["overdue_invoices"]

_UNPAID = ("not_paid", "partial")


def overdue_invoices(
    portfolio: Portfolio, thresholds: BillingThresholds
) -> list[Blocker]:
    """`payment_state` not paid (or partly), due before today; the amount is
    what is still owed (`amount_residual`)."""
    found: list[Blocker] = []
    for invoice in portfolio.snapshot.invoices:
        due = invoice.due_date
        if invoice.move_type != "out_invoice" or invoice.state != "posted":
            continue
        if invoice.payment_state not in _UNPAID or due is None:
            continue
        late = (portfolio.today - due).days
        if late <= 0 or invoice.amount_residual <= 0:
            continue
        found.append(
            invoice_blocker(
                invoice,
                kind=BlockerKind.INVOICE_OVERDUE,
                severity=Severity.CRITICAL
                if late >= thresholds.overdue_critical_days
                else Severity.WARNING,
                statement=f"Invoice {invoice.name} was due on {due.isoformat()} "
                f"and {money(invoice.amount_residual, invoice.currency)} is "
                f"unpaid ({late} days late).",
                amount=invoice.amount_residual,
                figures={"days_late": late, "due": due.isoformat()},
            )
        )
    return found
