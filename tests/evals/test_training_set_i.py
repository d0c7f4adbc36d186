"""Training set I: the file is the generator's exact output and every span is clean."""

from __future__ import annotations

import json

import pytest

from evals.redaction.training.set_i import OUTPUT
from evals.redaction.training.set_i_pools import load_pools


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    """The committed file, parsed line by line."""
    lines = OUTPUT.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_set_shape_matches_its_readme(rows: list[dict[str, object]]) -> None:
    """At least 1,500 texts of 100 to 1,200 characters, about 15 % without a value."""
    assert len(rows) >= 1500
    assert all(100 <= len(str(row["text"])) <= 1200 for row in rows)
    empty = sum(1 for row in rows if not row["spans"])
    assert 0.13 <= empty / len(rows) <= 0.17


def test_pools_meet_the_diversity_floor() -> None:
    """Over 400 given names and 400 family names, and at least 80 templates."""
    pools = load_pools()
    assert len(set(pools.given) | set(pools.word_given)) >= 400
    assert len(set(pools.surnames) | set(pools.word_surnames)) >= 400
    assert len({template.name for template in pools.templates}) >= 80
