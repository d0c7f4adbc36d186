"""Set H regenerates byte for byte and its labels sit on the text they name."""

from __future__ import annotations

import json
from typing import Any

import pytest

from evals.redaction.training import set_h


@pytest.fixture(scope="module")
def generated() -> list[str]:
    return set_h.generate()


@pytest.fixture(scope="module")
def rows(generated: list[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in generated]


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
