"""Set K regenerates byte for byte and its labels sit on the text they name."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest

from evals.redaction.training import set_k

_TYPES = {
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "CREDIT_CARD",
    "LOCATION",
    "ORGANIZATION",
    "IP_ADDRESS",
    "URL",
}


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
    """Every span has a known type, fits its text and is trimmed."""
    for row in rows:
        text = row["text"]
        for span in row["spans"]:
            assert span["type"] in _TYPES, row["id"]
            assert 0 <= span["start"] < span["end"] <= len(text), row["id"]
            value = text[span["start"] : span["end"]]
            assert value == value.strip(), row["id"]


def test_set_has_the_promised_size_and_shape(rows: list[dict[str, Any]]) -> None:
    """1,500 texts of 100 to 1,200 characters, 15 % without a value."""
    assert len(rows) == set_k.TOTAL == 1500
    assert all(100 <= len(row["text"]) <= 1200 for row in rows)
    assert sum(1 for row in rows if not row["spans"]) == set_k.WITHOUT_VALUE


def test_spans_do_not_overlap(rows: list[dict[str, Any]]) -> None:
    """Spans come in text order and never share a character."""
    for row in rows:
        ends = [(s["start"], s["end"]) for s in row["spans"]]
        for (_, end), (start, _) in itertools.pairwise(ends):
            assert end <= start, row["id"]
