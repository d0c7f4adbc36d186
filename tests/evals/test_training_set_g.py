"""Set G regenerates byte for byte and every label it records holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from evals.redaction.training import set_g
from evals.redaction.training.set_g_values import iban_is_valid, luhn_is_valid
from tests.support.labelled_rows import assert_spans_hold


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return set_g.generate()


def test_generator_rewrites_the_file_byte_for_byte(
    records: list[dict[str, Any]],
) -> None:
    """The shipped g.jsonl is exactly what the seeded generator writes."""
    assert set_g.to_jsonl(records) == set_g.OUTPUT.read_text(encoding="utf-8")


def test_spans_lie_inside_text_without_edge_whitespace(
    records: list[dict[str, Any]],
) -> None:
    """Each span is a known type, inside its text, trimmed, in order."""
    assert_spans_hold(records)


def test_texts_keep_length_bounds_and_share_without_values(
    records: list[dict[str, Any]],
) -> None:
    """Texts hold 100 to 1,200 characters and 15 % of them label nothing."""
    assert len(records) == set_g.TEXT_COUNT
    assert all(100 <= len(r["text"]) <= 1200 for r in records)
    empty = [r for r in records if not r["spans"]]
    assert len(empty) == set_g.EMPTY_COUNT


def test_ibans_and_cards_pass_their_checks(records: list[dict[str, Any]]) -> None:
    """Invented IBANs carry correct check digits and cards pass Luhn."""
    checks = {"IBAN_CODE": iban_is_valid, "CREDIT_CARD": luhn_is_valid}
    for record in records:
        for span in record["spans"]:
            if span["type"] in checks:
                value = record["text"][span["start"] : span["end"]]
                assert checks[span["type"]](value), value


def test_templates_marked_empty_label_nothing(tmp_path: Path) -> None:
    """A template flagged empty that holds a person placeholder is refused."""
    path = tmp_path / "templates.txt"
    path.write_text("=== bad empty\nHi {p1:given}, see {tool}.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad"):
        set_g.read_templates(path)
