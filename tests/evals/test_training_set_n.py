"""Set N regenerates byte for byte and every label it records holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from evals.redaction.training import set_n


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return set_n.generate()


def test_texts_keep_length_bounds_and_share_without_values(
    records: list[dict[str, Any]],
) -> None:
    """Texts hold 60 to 1,200 characters and a fifth of them label nothing."""
    assert len(records) == set_n.TEXT_COUNT
    assert all(60 <= len(r["text"]) <= 1200 for r in records)
    empty = [r for r in records if not r["spans"]]
    assert len(empty) == set_n.EMPTY_COUNT


def test_ids_are_sequential(records: list[dict[str, Any]]) -> None:
    """Ids run N-0001, N-0002, ... in file order."""
    assert [r["id"] for r in records] == [
        f"N-{i:04d}" for i in range(1, len(records) + 1)
    ]


def test_person_spans_carry_no_at_sign_or_possessive(
    records: list[dict[str, Any]],
) -> None:
    """A PERSON span is the name only: no "@" and no trailing "'s"."""
    for record in records:
        for span in record["spans"]:
            if span["type"] == "PERSON":
                value = record["text"][span["start"] : span["end"]]
                assert "@" not in value, value
                assert not value.endswith("'s"), value


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("=== bad empty\nHi {p1:given}, see {product}.\n", "marked empty"),
        ("=== bad\nSee {product} in the {room}.\n", "labels nothing"),
        ("=== bad\nHi {p1}, see {product}.\n", "person needs"),
        ("=== bad\nHi {p1:given}, see {gadget}.\n", "unknown placeholder"),
    ],
)
def test_template_reader_refuses_bad_templates(
    tmp_path: Path, body: str, reason: str
) -> None:
    """Empty templates that label, unlabelled ones not marked empty,
    persons without a form, and unknown kinds are refused by name."""
    path = tmp_path / "templates.txt"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=f"bad: {reason}"):
        set_n.read_templates(path)
