"""read_group: groupings, date buckets and labels, aggregates, lazy mode, order."""

from __future__ import annotations

import re
from typing import Any

import pytest

from copilot.sandbox import OdooStore
from copilot.sandbox.grouping import read_group
from copilot.sandbox.periods import period_of, zone

BRUSSELS = {"lang": "en_US", "tz": "Europe/Brussels"}


@pytest.mark.parametrize(
    ("value", "granularity", "label", "bounds"),
    [
        ("2026-12-04", "day", "04 Dec 2026", ("2026-12-04", "2026-12-05")),
        ("2026-10-27", "week", "W44 2026", ("2026-10-25", "2026-11-01")),
        ("2026-12-31", "week", "W1 2027", ("2026-12-27", "2027-01-03")),
        ("2026-12-04", "month", "December 2026", ("2026-12-01", "2027-01-01")),
        ("2026-12-04", "quarter", "Q4 2026", ("2026-10-01", "2027-01-01")),
        ("2026-12-04", "year", "2026", ("2026-01-01", "2027-01-01")),
    ],
)
def test_date_buckets_follow_odoo_labels(
    value: str, granularity: str, label: str, bounds: tuple[str, str]
) -> None:
    """Labels are Odoo 17's babel formats in en_US (weeks start on Sunday)."""
    period = period_of(value, "date", granularity, None, "en_US")
    assert (period.label, period.range_from, period.range_to) == (label, *bounds)


def test_datetime_buckets_use_the_user_time_zone() -> None:
    """A UTC datetime is bucketed on the local day; bounds go back to UTC."""
    period = period_of("2026-12-04 23:30:00", "datetime", "day", None, "en_US")
    assert period.label == "04 Dec 2026"
    local = period_of(
        "2026-12-04 23:30:00", "datetime", "day", zone("Europe/Brussels"), "en_US"
    )
    assert (local.label, local.range_from, local.range_to) == (
        "05 Dec 2026", "2026-12-04 23:00:00", "2026-12-05 23:00:00"
    )  # fmt: skip


def test_lazy_groups_by_first_field_and_passes_the_rest(
    shared_store: OdooStore,
) -> None:
    """Lazy mode counts in ``<field>_count`` and carries the other groupbys."""
    groups = read_group(
        shared_store, "account.analytic.line", [("project_id", "=", 1)],
        ["unit_amount"], ["date:month", "employee_id"], context=BRUSSELS,
    )  # fmt: skip
    first = groups[0]
    assert first["date:month"] == "September 2026"
    assert first["date_count"] == 4
    assert first["__context"] == {"group_by": ["employee_id"]}
    assert first["__range"] == {
        "date:month": {"from": "2026-09-01", "to": "2026-10-01"}
    }
    assert sum(g["date_count"] for g in groups) == 189


def test_aggregates_and_aliases(shared_store: OdooStore) -> None:
    """``f:sum``, bare numeric ``f`` (sum), ``alias:func(f)`` and count."""
    (group,) = read_group(
        shared_store, "project.task", [("project_id", "=", 3)],
        ["allocated_hours:max", "effective_hours", "n:count(id)", "name"],
        [], lazy=False,
    )  # fmt: skip
    assert group == {
        "__count": 4, "allocated_hours": 76.0, "effective_hours": 0.0, "n": 4,
        "__domain": [["project_id", "=", 3]],
    }  # fmt: skip


@pytest.mark.parametrize(
    ("groupby", "key", "first"),
    [
        (["state"], "state", "01_in_progress"),
        (["stage_id"], "stage_id", [1, "New"]),
        (["name"], "name", "Bathroom"),
    ],
)
def test_group_values_by_field_type(
    shared_store: OdooStore, groupby: list[str], key: str, first: Any
) -> None:
    """Selection and char groups give the raw value, many2one ``[id, name]``."""
    groups = read_group(
        shared_store, "project.task", [("project_id", "in", [1, 3])], [], groupby
    )
    assert groups[0][key] == first


def test_orderby_an_aggregate(shared_store: OdooStore) -> None:
    """Groups can be ordered by an aggregate, descending."""
    groups = read_group(
        shared_store, "account.analytic.line", [("project_id", "!=", False)],
        ["unit_amount:sum"], ["project_id"], orderby="unit_amount desc", lazy=False,
    )  # fmt: skip
    totals = [g["unit_amount"] for g in groups]
    assert totals == sorted(totals, reverse=True)
    assert groups[0]["project_id"] == [1, "Office Design"]


def test_empty_many2one_group_comes_last_with_false(shared_store: OdooStore) -> None:
    """Records without a value form a ``False`` group, after the others."""
    groups = read_group(shared_store, "project.task", [], [], ["milestone_id"])
    assert groups[-1]["milestone_id"] is False
    assert groups[-1]["__domain"] == [["milestone_id", "=", False]]


def test_invalid_groupby_field(shared_store: OdooStore) -> None:
    """Grouping by an unknown field fails like any unknown field."""
    with pytest.raises(
        ValueError, match=re.escape("Invalid field 'nope' on model 'project.task'")
    ):
        read_group(shared_store, "project.task", [], [], ["nope"])
