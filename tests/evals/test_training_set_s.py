"""Set-specific checks for training set S (German- and Dutch-language business text)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from evals.redaction.training import set_s, set_s_numbers, set_s_values

SET_FILE = Path(set_s.__file__).with_name("s.jsonl")


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in SET_FILE.read_text(encoding="utf-8").splitlines()
    ]


def _labelled(rec: dict[str, Any], kind: str) -> list[str]:
    return [
        rec["text"][s["start"] : s["end"]] for s in rec["spans"] if s["type"] == kind
    ]


def test_size_languages_and_empty_share(records: list[dict[str, Any]]) -> None:
    assert len(records) == 1500
    langs = Counter(rec["tags"][1] for rec in records)
    assert langs == {"de": 900, "nl": 600}
    assert sum(1 for rec in records if not rec["spans"]) == 300


def test_titles_stay_outside_person_spans(records: list[dict[str, Any]]) -> None:
    titles = (
        "Herr",
        "Herrn",
        "Frau",
        "Hr.",
        "Fr.",
        "Dr.",
        "Dhr.",
        "Mevr.",
        "meneer",
        "mevrouw",
        "de heer",
        "i.A.",
        "i.V.",
    )
    for rec in records:
        for name in _labelled(rec, "PERSON"):
            assert not name.startswith(titles), (rec["id"], name)
            assert not name.startswith("@") and not name.endswith("'sche"), (
                rec["id"],
                name,
            )


def test_ia_signature_labels_family_name_only(records: list[dict[str, Any]]) -> None:
    seen = 0
    for rec in records:
        if "i.A. " not in rec["text"]:
            continue
        start = rec["text"].index("i.A. ") + 5
        span = next(s for s in rec["spans"] if s["start"] == start)
        assert span["type"] == "PERSON"
        seen += 1
    assert seen >= 10


def test_sche_adjective_labels_the_name(records: list[dict[str, Any]]) -> None:
    hits = [rec for rec in records if "'sche" in rec["text"]]
    assert hits
    for rec in hits:
        cut = rec["text"].index("'sche")
        assert any(s["type"] == "PERSON" and s["end"] == cut for s in rec["spans"]), (
            rec["id"]
        )


def test_streets_named_after_people_are_locations(
    records: list[dict[str, Any]],
) -> None:
    streets = [
        name
        for rec in records
        for name in _labelled(rec, "LOCATION")
        if "Adenauer" in name or "Johan de Witt" in name
    ]
    assert streets
    for rec in records:
        for name in _labelled(rec, "PERSON"):
            assert "straße" not in name.lower() and "straat" not in name.lower(), rec[
                "id"
            ]


def test_family_name_firms_are_organisations(records: list[dict[str, Any]]) -> None:
    firms = [name for rec in records for name in _labelled(rec, "ORGANIZATION")]
    assert any("& Söhne" in name for name in firms)
    assert any(name.endswith("B.V.") for name in firms)


def test_trap_words_in_empty_texts(records: list[dict[str, Any]]) -> None:
    empty = " ".join(rec["text"] for rec in records if not rec["spans"])
    for word in (
        "frankiert",
        "Koch",
        "Bauer",
        "Klein",
        "Weiß",
        "Fuchs",
        "Wolf",
        "Schneider",
        "Donnerstag",
        "Ihnen",
        "bakker",
        "visser",
        "donderdag",
    ):
        assert word in empty, word


def test_dutch_particles_capitalised_only_when_standing_alone(
    records: list[dict[str, Any]],
) -> None:
    for rec in records:
        if rec["tags"][1] != "nl":
            continue
        for name in _labelled(rec, "PERSON"):
            words = name.split(" ")
            if len(words) > 1 and words[0] in ("Van", "De", "Ter") and "," not in name:
                # a capital particle opens a name only when no given name precedes it
                assert not any(
                    w[:1].islower() and w not in set_s_values.PARTICLES
                    for w in words[1:]
                ), (rec["id"], name)


def test_check_digits(records: list[dict[str, Any]]) -> None:
    for rec in records:
        for value in _labelled(rec, "IBAN_CODE"):
            assert set_s_numbers.iban_ok(value), rec["id"]
        for value in _labelled(rec, "CREDIT_CARD"):
            assert set_s_numbers.luhn_ok(value), rec["id"]
