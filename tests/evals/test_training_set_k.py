"""Set K regenerates byte for byte and its labels sit on the text they name."""

from __future__ import annotations

import json
from typing import Any

import pytest

from evals.redaction.training import set_k


@pytest.fixture(scope="module")
def generated() -> list[str]:
    return set_k.generate()


@pytest.fixture(scope="module")
def rows(generated: list[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in generated]


def test_set_has_the_promised_size_and_shape(rows: list[dict[str, Any]]) -> None:
    """1,500 texts of 100 to 1,200 characters, 15 % without a value."""
    assert len(rows) == set_k.TOTAL == 1500
    assert all(100 <= len(row["text"]) <= 1200 for row in rows)
    assert sum(1 for row in rows if not row["spans"]) == set_k.WITHOUT_VALUE
