"""Set L regenerates byte for byte and every label it records holds."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from evals.redaction.training import set_l
from evals.redaction.training.set_l_pools import load_pools


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return set_l.generate()


def test_texts_keep_length_bounds_and_share_without_values(
    records: list[dict[str, Any]],
) -> None:
    """Texts hold 60 to 1,200 characters and a fifth of them label nothing."""
    assert len(records) == set_l.TEXT_COUNT
    assert all(60 <= len(r["text"]) <= 1200 for r in records)
    empty = [r for r in records if not r["spans"]]
    assert len(empty) == set_l.EMPTY_COUNT


def test_person_spans_hold_the_name_only(records: list[dict[str, Any]]) -> None:
    """No "@", title or possessive inside a PERSON span, and a labelled
    full name lies inside a span wherever else it occurs in the text."""
    for record in records:
        text = record["text"]
        covered = {
            index
            for span in record["spans"]
            for index in range(span["start"], span["end"])
        }
        for span in record["spans"]:
            value = text[span["start"] : span["end"]]
            if span["type"] != "PERSON":
                continue
            assert not value.startswith(("@", "Dr ", "Mr ", "Ms ")), value
            assert not value.endswith("'s"), value
            if " " in value:
                for match in re.finditer(re.escape(value), text):
                    assert match.start() in covered, (record["id"], value)


def test_pools_and_templates_are_wide_enough() -> None:
    """At least 400 given and 400 family names and 80 template shapes."""
    pools = load_pools()
    assert len(pools.given) >= 400
    assert len(pools.family) >= 400
    assert len(pools.templates) >= 80


@pytest.mark.parametrize(
    "body",
    [
        "Mark as done, {p1:given}.",
        "Chase {org} for the invoice.",
        "Will do. {p1:echo}",
    ],
)
def test_templates_marked_empty_label_nothing(tmp_path: Path, body: str) -> None:
    """A template flagged empty that holds a labelled placeholder is refused."""
    path = tmp_path / "templates.txt"
    path.write_text(f"=== bad empty\n{body}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad"):
        set_l.read_templates(path)


def test_unknown_placeholders_are_refused(tmp_path: Path) -> None:
    """A misspelt placeholder or person form stops the reader."""
    path = tmp_path / "templates.txt"
    path.write_text("=== typo\nHi {p1:nick}, see {tol}.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="typo"):
        set_l.read_templates(path)
