"""Odoo's JSON-RPC values become Python values at the adapter boundary."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from copilot.odoo import normalize as n


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(False, None), ([8, "YourCompany, Joel Willis"], 8), (5, 5), (None, None)],
)
def test_many2one_id(raw: object, expected: int | None) -> None:
    """A many2one arrives as a pair, a bare id or False."""
    assert n.many2one_id(raw) == expected


def test_many2one_name_of_pair_and_empty() -> None:
    """The display name is the pair's second item; False has none."""
    assert n.many2one_name([8, "Deco Addict"]) == "Deco Addict"
    assert n.many2one_name(False) is None


def test_false_is_empty_for_every_kind() -> None:
    """Odoo sends False for empty strings, numbers, dates and lists alike."""
    assert n.as_text(False) == ""
    assert n.as_float(False) == 0.0
    assert n.as_date(False) is None
    assert n.as_datetime(False) is None
    assert n.as_ids(False) == ()


def test_datetimes_are_utc_aware() -> None:
    """Odoo datetimes are naive UTC strings; the adapter makes them aware."""
    assert n.as_datetime("2026-12-06 15:00:09") == datetime(
        2026, 12, 6, 15, 0, 9, tzinfo=UTC
    )
    assert n.as_date("2026-12-06 15:00:09") == date(2026, 12, 6)


def test_unexpected_types_are_rejected() -> None:
    """A value of the wrong shape is an error, not a silent zero."""
    with pytest.raises(ValueError, match="expected a number"):
        n.as_float("twelve")
    with pytest.raises(ValueError, match="many2one"):
        n.many2one_id({"id": 1})
