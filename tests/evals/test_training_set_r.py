"""Set R holds the hard cases it was written for, labelled as intended."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from evals.redaction.training import set_r

_FILE = Path(set_r.__file__).with_name("r.jsonl")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    lines = _FILE.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _values(rows: list[dict[str, Any]], kind: str) -> Iterator[tuple[str, str, int]]:
    """(text, value, end) of every span of one type."""
    for row in rows:
        for span in row["spans"]:
            if span["type"] == kind:
                value = row["text"][span["start"] : span["end"]]
                yield row["text"], value, span["end"]


def test_a_fifth_of_the_texts_label_nothing(rows: list[dict[str, Any]]) -> None:
    empty = [row for row in rows if not row["spans"]]
    assert len(rows) == 1500
    assert 270 <= len(empty) <= 330
    assert all("none" in row["tags"] for row in empty)


def test_the_empty_texts_keep_their_traps(rows: list[dict[str, Any]]) -> None:
    """Will, Grant, Hope, Summer, Rose and masked cards stand in texts that
    label nothing."""
    empty = " ".join(row["text"] for row in rows if not row["spans"])
    for word in ("Will", "Grant", "Hope", "Summer", "Rose", "Harper", "****"):
        assert word in empty, word


def test_names_come_from_thirty_cultures_and_more(rows: list[dict[str, Any]]) -> None:
    cultures = {
        tag for row in rows for tag in row["tags"] if tag.startswith("culture:")
    }
    assert len(cultures) >= 30


def test_every_name_form_is_labelled(rows: list[dict[str, Any]]) -> None:
    names = [value for _, value, _ in _values(rows, "PERSON")]
    assert any(value.islower() and " " in value for value in names)
    assert any(value.isupper() and " " in value for value in names)
    assert any(re.fullmatch(r"[A-ZÀ-Þ][\w'-]+, \w+", value) for value in names)
    assert any(re.fullmatch(r"[A-Z]\. [\w -]+", value) for value in names)
    assert any(re.fullmatch(r"[a-z]+[._][a-z]+", value) for value in names)
    folded = [f" {value.lower()} " for value in names]
    for particle in (" van der ", " de la ", " bin ", " binti ", " al-", " thi "):
        assert any(particle in value for value in folded), particle


def test_titles_at_signs_and_possessives_stay_outside(
    rows: list[dict[str, Any]],
) -> None:
    before = after = 0
    for text, value, end in _values(rows, "PERSON"):
        start = end - len(value)
        if text[:start].endswith("@"):
            before += 1
        if text[end:].startswith("'s"):
            after += 1
        assert not re.match(r"(Mr|Mrs|Ms|Miss|Dr|Prof|Mx)\.? ", value), value
    assert before >= 20
    assert after >= 20


def test_word_names_are_people_when_they_name_someone(
    rows: list[dict[str, Any]],
) -> None:
    words = {"Will", "Grant", "Hope", "Faith", "Joy", "Rose", "Summer", "Dawn"}
    names = {value.split()[0] for _, value, _ in _values(rows, "PERSON")}
    assert len(words & names) >= 5


def test_people_named_places_and_firms_are_not_people(
    rows: list[dict[str, Any]],
) -> None:
    streets = {value for _, value, _ in _values(rows, "LOCATION")}
    assert any("Nomsa Khumalo Drive" in value for value in streets)
    people = {value for _, value, _ in _values(rows, "PERSON")}
    assert not any("Drive" in value or "Street" in value for value in people)
    firms = {value for _, value, _ in _values(rows, "ORGANIZATION")}
    assert any(value.endswith((" LLP", " and Sons", " Group")) for value in firms)


def test_names_open_and_close_texts(rows: list[dict[str, Any]]) -> None:
    opening = closing = 0
    for row in rows:
        people = [span for span in row["spans"] if span["type"] == "PERSON"]
        if people and people[0]["start"] == 0:
            opening += 1
        if people and people[-1]["end"] == len(row["text"]):
            closing += 1
    assert opening >= 50
    assert closing >= 50
