"""Detectors over sale lines and milestones, on hand-built records."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.billing.detectors.delivered import delivered_not_invoiced
from copilot.billing.detectors.milestones import (
    milestones_late,
    milestones_not_invoiced,
)
from copilot.billing.detectors.over_sold import hours_over_sold, tasks_over_allocated
from copilot.billing.records import SaleLine
from copilot.billing.thresholds import BillingThresholds
from copilot.facts import Severity
from tests.billing.builders import line, milestone, portfolio, project, task

T = BillingThresholds()


@pytest.mark.parametrize(
    ("sale_line", "amount"),
    [
        (line(), 1000.0),
        (line(delivered=10, invoiced=4, amount_to_invoice=600.0), 600.0),
        (line(discount=10.0, amount_to_invoice=900.0), 900.0),
        # prepaid: to invoice is the ordered 40 h, only 10 h are delivered
        (line(to_invoice=40, amount_to_invoice=4000.0), 1000.0),
        (line(invoiced=10, invoice_status="invoiced", amount_to_invoice=0.0), None),
        (line(delivered=0, to_invoice=0, invoice_status="no"), None),
        (line(delivered_method="milestones", delivered=1, ordered=1), None),
    ],
    ids=["plain", "partly", "discount", "prepaid", "invoiced", "nothing", "mstone"],
)
def test_delivered_not_invoiced_amounts(
    sale_line: SaleLine, amount: float | None
) -> None:
    """The uninvoiced delivered part at the net price, capped at Odoo's amount."""
    found = delivered_not_invoiced(portfolio(sale_lines=(sale_line,)), T)
    assert [b.amount for b in found] == ([] if amount is None else [amount])
    for b in found:
        assert b.owner_name == "Sam Seller"
        assert b.evidence[0].model == "sale.order.line"


@pytest.mark.parametrize(
    ("first", "severity"),
    [(date(2026, 11, 30), Severity.WARNING), (date(2026, 10, 1), Severity.CRITICAL)],
)
def test_delivered_not_invoiced_severity_follows_age(
    first: date, severity: Severity
) -> None:
    """Time uninvoiced for 30 days or more is critical."""
    found = delivered_not_invoiced(
        portfolio(sale_lines=(line(first_uninvoiced=first),)), T
    )
    assert found[0].severity is severity
    assert found[0].figures["age_days"] == (date(2026, 12, 4) - first).days


MILESTONE_LINE = line(
    delivered_method="milestones", ordered=1, delivered=1, amount_to_invoice=2500.0
)


@pytest.mark.parametrize(
    ("stone", "sale_line", "flagged"),
    [
        (milestone(), MILESTONE_LINE, True),
        (milestone(is_reached=False), MILESTONE_LINE, False),
        (milestone(sale_line_id=None), MILESTONE_LINE, False),
        (
            milestone(),
            line(
                delivered_method="milestones",
                ordered=1,
                delivered=1,
                invoiced=1,
                invoice_status="invoiced",
                amount_to_invoice=0.0,
            ),
            False,
        ),
    ],
    ids=["reached", "not-reached", "no-line", "invoiced"],
)
def test_milestone_not_invoiced(
    stone: object, sale_line: SaleLine, flagged: bool
) -> None:
    """Only a reached milestone whose line still has an amount to invoice."""
    found = milestones_not_invoiced(
        portfolio(milestones=(stone,), sale_lines=(sale_line,)), T
    )
    assert bool(found) is flagged
    if flagged:
        assert found[0].amount == 100.0  # 1 unit at the line's price


@pytest.mark.parametrize(
    ("deadline", "reached", "severity"),
    [
        (date(2026, 12, 1), False, Severity.WARNING),
        (date(2026, 11, 1), False, Severity.CRITICAL),
        (date(2026, 12, 4), False, None),
        (date(2026, 11, 1), True, None),
        (None, False, None),
    ],
)
def test_milestones_late(
    deadline: date | None, reached: bool, severity: Severity | None
) -> None:
    """Past the deadline and not reached; two weeks late is critical."""
    stone = milestone(deadline=deadline, is_reached=reached, sale_line_id=None)
    found = milestones_late(portfolio(milestones=(stone,)), T)
    assert [b.severity for b in found] == ([] if severity is None else [severity])
    for b in found:
        assert b.owner_name == "Pia Manager"


@pytest.mark.parametrize(
    ("sale_line", "hours", "severity"),
    [
        # recorded line 47: 25 h sold, 107 h delivered, invoiced on timesheets
        (
            line(ordered=25, delivered=107, to_invoice=107, price_unit=200.0),
            82.0,
            Severity.WARNING,
        ),
        # prepaid: Odoo asks to invoice the ordered 20 h
        (line(ordered=20, delivered=30, to_invoice=20), 10.0, Severity.CRITICAL),
        (line(ordered=20, delivered=20, to_invoice=20), None, None),
        (line(ordered=0, delivered=5), None, None),
        (line(ordered=1, delivered=2, delivered_method="milestones"), None, None),
    ],
    ids=["line-47", "prepaid", "exact", "unordered", "milestones"],
)
def test_hours_over_sold(
    sale_line: SaleLine, hours: float | None, severity: Severity | None
) -> None:
    """Delivered over ordered; unbillable (critical) on prepaid lines."""
    found = hours_over_sold(portfolio(sale_lines=(sale_line,)), T)
    assert [b.hours for b in found] == ([] if hours is None else [hours])
    assert [b.severity for b in found] == ([] if severity is None else [severity])
    for b in found:
        assert b.amount == pytest.approx((b.hours or 0) * sale_line.net_price)


@pytest.mark.parametrize(
    ("billable", "allocated", "logged", "sold_line", "amount"),
    [
        (True, 10.0, 14.0, True, 400.0),
        (True, 10.0, 14.0, False, None),
        (False, 10.0, 14.0, True, "none"),
        (True, 10.0, 9.0, True, "none"),
        (True, 0.0, 9.0, True, "none"),
    ],
    ids=["valued", "no-rate", "internal", "under", "unallocated"],
)
def test_tasks_over_allocated(
    billable: bool,
    allocated: float,
    logged: float,
    sold_line: bool,
    amount: float | str | None,
) -> None:
    """Only billable projects; valued at the project's sold rate when known."""
    owner = project(is_billable=billable, sale_line_id=100 if sold_line else None)
    folio = portfolio(
        projects=(owner,),
        tasks=(task(allocated_hours=allocated, effective_hours=logged),),
        sale_lines=(line(),),
    )
    found = tasks_over_allocated(folio, T)
    if amount == "none":
        assert found == []
        return
    assert len(found) == 1
    assert found[0].amount == amount
    assert found[0].owner_name == "Pia Manager"
