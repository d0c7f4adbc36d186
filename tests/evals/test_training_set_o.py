"""Set O regenerates byte for byte and every label it records holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from evals.redaction.training import set_o


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return set_o.generate()


def test_counts_and_length_bounds(records: list[dict[str, Any]]) -> None:
    """Texts hold 60 to 1,200 characters; the planned shares label nothing
    or name places and firms without a person."""
    assert len(records) == set_o.TEXT_COUNT
    assert all(60 <= len(r["text"]) <= 1200 for r in records)
    assert sum(not r["spans"] for r in records) == set_o.EMPTY_COUNT
    no_person = [
        r
        for r in records
        if r["spans"] and all(s["type"] != "PERSON" for s in r["spans"])
    ]
    assert len(no_person) == set_o.NO_PERSON_COUNT


def test_person_and_namesake_place_share_a_family_name(
    records: list[dict[str, Any]],
) -> None:
    """The texts built to confuse the model put a person next to a street or
    firm bearing the same family name, each labelled with its own type."""
    shared = 0
    for row in records:
        values = {
            kind: [row["text"][s["start"] : s["end"]] for s in row["spans"]
                   if s["type"] == kind]
            for kind in ("PERSON", "LOCATION", "ORGANIZATION")
        }  # fmt: skip
        families = {p.split()[-1] for p in values["PERSON"] if " " in p}
        places = " ".join(values["LOCATION"] + values["ORGANIZATION"])
        shared += any(f in places for f in families)
    assert shared > len(records) // 5


@pytest.mark.parametrize(
    ("header", "body"),
    [
        ("=== bad_empty empty", "Deliver to {p1} at {so}."),
        ("=== bad_place empty", "Stock moved to {addr}."),
        ("=== bad_noperson noperson", "Call {p1.given} at {firm}."),
        ("=== bad_unflagged", "Deliver to {firm} at {addr}."),
    ],
)
def test_template_reader_refuses_a_label_its_flag_forbids(
    tmp_path: Path, header: str, body: str
) -> None:
    """A template flagged empty with a labelled placeholder, flagged
    noperson with a person, or unflagged without a person is refused."""
    path = tmp_path / "templates.txt"
    path.write_text(f"{header}\n{body}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad_"):
        set_o.read_templates(path)
