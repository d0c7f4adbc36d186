"""Ids of stored rows as callers write them."""

from __future__ import annotations

import pytest

from copilot.store import ID_RULE, MAX_ID, parse_id


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1", 1), ("007", 7), (str(MAX_ID), MAX_ID), (12, 12)],
)
def test_whole_numbers_in_range_are_ids(value: object, expected: int) -> None:
    """Digits or an int from 1 to the largest INTEGER the store holds."""
    assert parse_id(value) == expected


@pytest.mark.parametrize(
    "value",
    ["", " 1", "abc", "0", "-1", "+5", "1.5", "1e3", "٣", str(MAX_ID + 1), 0, True],
)
def test_anything_else_is_refused_with_one_message(value: object) -> None:
    """Every malformed id gets the same message, never the value sent."""
    with pytest.raises(ValueError, match=f"^{ID_RULE}$"):
        parse_id(value)
