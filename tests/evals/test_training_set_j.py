"""Set J regenerates byte for byte and every label it records holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from evals.redaction.training import set_j
from evals.redaction.training.set_j_pools import Pools
from evals.redaction.training.set_j_render import read_templates


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return set_j.generate()


def test_counts_lengths_and_share_without_values(
    records: list[dict[str, Any]],
) -> None:
    """1,600 texts of 100 to 1,200 characters; 240 label nothing."""
    assert len(records) == set_j.TEXT_COUNT
    assert all(100 <= len(r["text"]) <= 1200 for r in records)
    assert sum(1 for r in records if not r["spans"]) == set_j.EMPTY_COUNT
    assert len({r["tags"][0] for r in records}) >= 80


def test_pools_hold_at_least_400_given_and_family_names() -> None:
    """The name pools are wide enough for the brief's diversity."""
    given, family = Pools.load().name_count()
    assert given >= 400
    assert family >= 400


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("=== bad empty\nHi {p1:given}, see {tool}.\n", "marked empty"),
        ("=== bad\nSee {tool} on {weekday}.\n", "labels nothing"),
        ("=== bad\nHi {p1:nickname}.\n", "unknown person form"),
        ("=== bad\nHi {pet1}.\n", "unknown slot"),
    ],
)
def test_malformed_templates_are_refused(
    tmp_path: Path, body: str, message: str
) -> None:
    """A template whose labels contradict its flag, or that is unknown, fails."""
    path = tmp_path / "templates.txt"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        read_templates(path)
