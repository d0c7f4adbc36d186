"""Set M regenerates byte for byte and every label it records holds."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from evals.redaction.training import set_m
from evals.redaction.training.set_m_values import iban_is_valid, luhn_is_valid
from tests.support.labelled_rows import assert_spans_hold


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return set_m.generate()


def test_generator_rewrites_the_file_byte_for_byte(
    records: list[dict[str, Any]],
) -> None:
    """The shipped m.jsonl is exactly what the seeded generator writes."""
    assert set_m.to_jsonl(records) == set_m.OUTPUT.read_text(encoding="utf-8")


def test_spans_lie_inside_text_without_edge_whitespace(
    records: list[dict[str, Any]],
) -> None:
    """Each span is a known type, inside its text, trimmed, in order."""
    assert_spans_hold(records)


def test_texts_are_short_and_some_label_nothing(
    records: list[dict[str, Any]],
) -> None:
    """Texts hold 60 to 400 characters and 19 % of them label nothing."""
    assert len(records) == set_m.TEXT_COUNT
    assert all(60 <= len(r["text"]) <= 400 for r in records)
    empty = [r for r in records if not r["spans"]]
    assert len(empty) == set_m.EMPTY_COUNT


def test_every_template_is_used(records: list[dict[str, Any]]) -> None:
    """Each of the (at least 80) templates shapes some text."""
    templates = set_m.read_templates(set_m.TEMPLATES)
    used = Counter(r["tags"][0] for r in records)
    assert len(templates) >= 80
    assert {t.name for t in templates} == set(used)


def test_person_spans_hold_no_title_at_sign_or_possessive(
    records: list[dict[str, Any]],
) -> None:
    """A name span never starts with "@" or a title, nor ends in "'s"."""
    for record in records:
        for span in record["spans"]:
            if span["type"] == "PERSON":
                value = record["text"][span["start"] : span["end"]]
                assert not value.startswith(("@", "Mr ", "Ms ", "Dr ")), value
                assert not value.endswith("'s"), value


def test_ibans_and_cards_pass_their_checks(records: list[dict[str, Any]]) -> None:
    """Invented IBANs carry correct check digits and cards pass Luhn."""
    checks = {"IBAN_CODE": iban_is_valid, "CREDIT_CARD": luhn_is_valid}
    for record in records:
        for span in record["spans"]:
            if span["type"] in checks:
                value = record["text"][span["start"] : span["end"]]
                assert checks[span["type"]](value), value


@pytest.mark.parametrize(
    ("value", "check"),
    [
        ("DE89 3704 0044 0532 0130 01", iban_is_valid),
        ("4111 1111 1111 1112", luhn_is_valid),
    ],
)
def test_checks_refuse_a_wrong_digit(value: str, check: Any) -> None:
    """A number one digit off fails its check."""
    assert not check(value)


def test_template_marked_empty_that_names_someone_is_refused(
    tmp_path: Path,
) -> None:
    """A template flagged empty that holds a person placeholder is refused."""
    path = tmp_path / "templates.txt"
    path.write_text("=== bad empty\nHi {p1:given}, see you.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad"):
        set_m.read_templates(path)


def test_template_with_unknown_form_is_refused(tmp_path: Path) -> None:
    """A person form the generator does not know is refused, not skipped."""
    path = tmp_path / "templates.txt"
    path.write_text("=== odd\nHi {p1:nickname}.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="odd"):
        set_m.read_templates(path)
