"""Detectors over invoices and helpdesk tickets, on hand-built records."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.billing.detectors.disputes import billing_disputes
from copilot.billing.detectors.draft_invoices import stale_draft_invoices
from copilot.billing.detectors.overdue_invoices import overdue_invoices
from copilot.billing.records import BillingTicket, Invoice
from copilot.billing.thresholds import BillingThresholds
from copilot.facts import Severity
from tests.billing.builders import invoice, portfolio, ticket

T = BillingThresholds()


@pytest.mark.parametrize(
    ("move", "severity"),
    [
        (invoice(), Severity.CRITICAL),  # 33 days late
        (invoice(due_date=date(2026, 11, 30)), Severity.WARNING),
        (invoice(payment_state="partial", amount_residual=600.0), Severity.CRITICAL),
        (invoice(payment_state="paid", amount_residual=0.0), None),
        (invoice(payment_state="in_payment"), None),
        (invoice(due_date=date(2026, 12, 4)), None),
        (invoice(move_type="out_refund"), None),
        (invoice(state="draft"), None),
    ],
    ids=[
        "late",
        "recent",
        "partial",
        "paid",
        "in-payment",
        "due-today",
        "refund",
        "draft",
    ],
)
def test_overdue_invoices(move: Invoice, severity: Severity | None) -> None:
    """Posted customer invoices, unpaid or partly paid, due before today."""
    found = overdue_invoices(portfolio(invoices=(move,)), T)
    assert [b.severity for b in found] == ([] if severity is None else [severity])
    for b in found:
        assert b.amount == move.amount_residual
        assert b.owner_name == "Sam Seller"


@pytest.mark.parametrize(
    ("move", "flagged"),
    [
        (invoice(state="draft", name="/", invoice_date=None), True),
        (invoice(state="draft", invoice_date=date(2026, 11, 30)), False),
        (invoice(state="draft", invoice_date=None, created=date(2026, 11, 27)), False),
        (invoice(state="draft", invoice_date=None, created=date(2026, 11, 26)), True),
        (invoice(), False),
    ],
    ids=["old", "recent-date", "seven-days", "eight-days", "posted"],
)
def test_stale_draft_invoices(move: Invoice, flagged: bool) -> None:
    """Drafts older than seven days, by invoice date else creation date."""
    found = stale_draft_invoices(portfolio(invoices=(move,)), T)
    assert bool(found) is flagged


@pytest.mark.parametrize(
    ("tk", "severity"),
    [
        (ticket(), Severity.WARNING),
        (ticket(category="Invoicing", priority="3"), Severity.CRITICAL),
        (ticket(category="Technical"), None),
        (ticket(category=None), None),
    ],
)
def test_billing_disputes(tk: BillingTicket, severity: Severity | None) -> None:
    """Open tickets whose category names billing; urgent ones are critical."""
    found = billing_disputes(portfolio(tickets=(tk,)), T)
    assert [b.severity for b in found] == ([] if severity is None else [severity])


def test_no_helpdesk_means_no_disputes() -> None:
    """`tickets is None` (no helpdesk app) yields nothing, without error."""
    assert billing_disputes(portfolio(tickets=None), T) == []
