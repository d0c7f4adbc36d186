"""A list's number glued to a name is read apart by the model, at the same length."""

from __future__ import annotations

import pytest

from redaction import PresidioAnalyzer
from redaction.list_numbers import spaced_list_numbers
from tests.support.people import people_found

# Every name below is invented for these tests.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("1.Zorvetta Quelbrink", "1 Zorvetta Quelbrink", id="glued"),
        pytest.param("see 12.Zorvetta", "see 12 Zorvetta", id="two-digits"),
        pytest.param("Upgrade to 17.0", "Upgrade to 17.0", id="version"),
        pytest.param("INV.2024.Zorvetta", "INV.2024.Zorvetta", id="dotted-reference"),
        pytest.param("1.QUELBRINK/ZORVETTA", "1.QUELBRINK/ZORVETTA", id="capitals"),
        pytest.param("v1.Final", "v1.Final", id="number-inside-a-word"),
        pytest.param("1. Zorvetta", "1. Zorvetta", id="already-apart"),
    ],
)  # fmt: skip
def test_spaced_list_numbers(text: str, expected: str) -> None:
    spaced = spaced_list_numbers(text)
    assert spaced == expected
    assert len(spaced) == len(text)


def test_the_model_finds_a_name_after_a_glued_number(
    ner_analyzer: PresidioAnalyzer,
) -> None:
    text = "1.Megan Quelbrink and 2.Ivo Brannigan joined."
    found = people_found(ner_analyzer, text)
    assert "Megan Quelbrink" in found
    assert "Ivo Brannigan" in found
