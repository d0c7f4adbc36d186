"""Set K regenerates byte for byte and its labels sit on the text they name."""

from __future__ import annotations

import json
from typing import Any

import pytest

from evals.redaction.training import set_k
from tests.support.labelled_rows import assert_spans_hold


@pytest.fixture(scope="module")
def generated() -> list[str]:
    return set_k.generate()


@pytest.fixture(scope="module")
def rows(generated: list[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in generated]


def test_regenerated_set_equals_the_file(generated: list[str]) -> None:
    """The shipped file is exactly the generator's output."""
    shipped = set_k.OUT_PATH.read_text(encoding="utf-8")
    assert shipped == "".join(line + "\n" for line in generated)


def test_spans_lie_inside_the_text_without_outer_whitespace(
    rows: list[dict[str, Any]],
) -> None:
    """Each span is a known type, inside its text, trimmed, in order."""
    assert_spans_hold(rows)


def test_set_has_the_promised_size_and_shape(rows: list[dict[str, Any]]) -> None:
    """1,500 texts of 100 to 1,200 characters, 15 % without a value."""
    assert len(rows) == set_k.TOTAL == 1500
    assert all(100 <= len(row["text"]) <= 1200 for row in rows)
    assert sum(1 for row in rows if not row["spans"]) == set_k.WITHOUT_VALUE
