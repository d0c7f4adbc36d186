"""Set H regenerates byte for byte and its labels sit on the text they name."""

from __future__ import annotations

import json
from typing import Any

import pytest

from evals.redaction.training import set_h

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
    return set_h.generate()


@pytest.fixture(scope="module")
def rows(generated: list[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in generated]


def test_regenerated_set_equals_the_file(generated: list[str]) -> None:
    """The shipped file is exactly the generator's output."""
    shipped = set_h.OUT_PATH.read_text(encoding="utf-8")
    assert shipped == "".join(line + "\n" for line in generated)


def test_span_offsets_lie_inside_text_without_outer_whitespace(
    rows: list[dict[str, Any]],
) -> None:
    """Every span is non-empty, inside its text, typed and trimmed."""
    for row in rows:
        text = row["text"]
        for span in row["spans"]:
            start, end = span["start"], span["end"]
            assert 0 <= start < end <= len(text), row["id"]
            value = text[start:end]
            assert value == value.strip(), (row["id"], value)
            assert span["type"] in _TYPES, row["id"]


def test_spans_are_ordered_and_do_not_overlap(rows: list[dict[str, Any]]) -> None:
    """Spans come in text order, each ending before the next starts."""
    for row in rows:
        ends = [0]
        for span in row["spans"]:
            assert span["start"] >= ends[-1], row["id"]
            ends.append(span["end"])


def test_size_lengths_and_share_without_values(rows: list[dict[str, Any]]) -> None:
    """At least 1,500 texts of 100 to 1,200 characters, about 15 % unlabelled."""
    assert len(rows) >= 1500
    assert all(100 <= len(row["text"]) <= 1200 for row in rows)
    empty = sum(1 for row in rows if not row["spans"])
    assert 0.13 <= empty / len(rows) <= 0.17


def test_handles_are_labelled_without_the_at_sign(rows: list[dict[str, Any]]) -> None:
    """A span never starts with the "@" of a chat handle."""
    for row in rows:
        for span in row["spans"]:
            if span["type"] == "PERSON":
                assert not row["text"][span["start"]].startswith("@")
