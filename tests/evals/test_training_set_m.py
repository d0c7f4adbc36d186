"""Set M regenerates byte for byte and every label it records holds."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from evals.redaction.training import set_m
from evals.redaction.training.set_m_values import iban_is_valid, luhn_is_valid


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return set_m.generate()


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
