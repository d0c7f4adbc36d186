"""Detectors over timesheets: unlinked time, missing time, validation."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.billing.detectors.missing_time import missing_time
from copilot.billing.detectors.unlinked_time import unlinked_timesheets
from copilot.billing.detectors.validation import (
    VALIDATION_UNAVAILABLE,
    timesheets_unvalidated,
)
from copilot.billing.portfolio import workdays_before
from copilot.billing.records import TimesheetGroup
from copilot.billing.thresholds import BillingThresholds
from tests.billing.builders import group, portfolio, project, task

T = BillingThresholds()


@pytest.mark.parametrize(
    ("billable", "groups", "hours"),
    [
        (True, (group(),), 4.0),
        (True, (group(sale_line_id=100, invoice_type="non_billable"),), 4.0),
        (True, (group(sale_line_id=100, invoice_type="billable_time"),), None),
        (False, (group(),), None),
        (
            True,
            (group(), group(sale_line_id=100, invoice_type="billable_time")),
            4.0,
        ),
    ],
    ids=["unlinked", "typed-off", "linked", "internal", "mixed"],
)
def test_unlinked_timesheets(
    billable: bool, groups: tuple[TimesheetGroup, ...], hours: float | None
) -> None:
    """Billable projects only; hours without a sale line or typed non-billable."""
    folio = portfolio(
        projects=(project(is_billable=billable),), timesheet_groups=groups
    )
    found = unlinked_timesheets(folio, T)
    assert [b.hours for b in found] == ([] if hours is None else [hours])
    for b in found:
        assert {r.id for r in b.evidence[1:]} == {901, 902}


@pytest.mark.parametrize(
    ("assignees", "loggers", "names", "expected"),
    [
        ((8,), frozenset(), {8: "Ann"}, [8]),
        ((8,), frozenset({8}), {8: "Ann"}, []),
        ((8, 9), frozenset({9}), {8: "Ann", 9: "Bo"}, [8]),
        ((1,), frozenset(), {}, []),  # archived user or bot: not in names
    ],
    ids=["idle", "logged", "one-of-two", "inactive"],
)
def test_missing_time(
    assignees: tuple[int, ...],
    loggers: frozenset[int],
    names: dict[int, str],
    expected: list[int],
) -> None:
    """Active assignees of open tasks with no time since the cutoff."""
    folio = portfolio(
        tasks=(task(assignee_ids=assignees),),
        recent_loggers=loggers,
        user_names=names,
    )
    found = missing_time(folio, T)
    assert [b.owner_id for b in found] == expected


@pytest.mark.parametrize(
    ("today", "workdays", "expected"),
    [
        (date(2026, 12, 4), 3, date(2026, 12, 1)),  # Friday -> Tuesday
        (date(2026, 12, 7), 3, date(2026, 12, 2)),  # Monday -> Wednesday before
        (date(2026, 12, 7), 1, date(2026, 12, 4)),
    ],
)
def test_workdays_skip_weekends(today: date, workdays: int, expected: date) -> None:
    """Working days are Monday to Friday."""
    assert workdays_before(today, workdays) == expected


def test_validation_unavailable_yields_nothing() -> None:
    """Without a validation field (Community) nothing is claimed; the scan
    reports the plain notice instead."""
    folio = portfolio(unvalidated=(group(),), validation_available=False)
    assert timesheets_unvalidated(folio, T) == []
    assert "not available" in VALIDATION_UNAVAILABLE


def test_validation_available_reports_per_project() -> None:
    """With a validation field, unvalidated hours are summed per project."""
    folio = portfolio(
        unvalidated=(group(hours=3.0), group(hours=2.5, line_ids=(903,))),
        validation_available=True,
    )
    found = timesheets_unvalidated(folio, T)
    assert [b.hours for b in found] == [5.5]
    assert found[0].figures["lines"] == 3
