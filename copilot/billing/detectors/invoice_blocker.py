"""A blocker about one customer invoice: the invoice is its subject and owner."""

from __future__ import annotations

from collections.abc import Mapping

from copilot.billing.model import Blocker, BlockerKind
from copilot.billing.records import Invoice
from copilot.facts import Severity

__all__ = ["invoice_blocker"]


def invoice_blocker(
    invoice: Invoice,
    *,
    kind: BlockerKind,
    severity: Severity,
    statement: str,
    amount: float,
    figures: Mapping[str, float | int | str],
) -> Blocker:
    """Cites the invoice, names its client and salesperson, in its currency."""
    return Blocker(
        kind=kind,
        severity=severity,
        statement=statement,
        subject=invoice.ref,
        evidence=(invoice.ref,),
        project_id=None,
        partner_id=invoice.partner_id,
        owner_id=invoice.salesperson_id,
        owner_name=invoice.salesperson_name,
        amount=amount,
        currency=invoice.currency,
        figures={"amount": round(amount, 2), **figures},
    )
