"""A list's number glued to a name is read apart by the model, at the same length."""

from __future__ import annotations

import pytest

from redaction import PresidioAnalyzer
from redaction.list_numbers import spaced_list_numbers, without_list_number
from redaction.spans import EntitySpan
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


@pytest.mark.parametrize(
    ("text", "entity_type", "expected"),
    [
        pytest.param("1.QUELBRINK/ZORVETTA", "PERSON", "QUELBRINK/ZORVETTA",
                     id="glued"),
        pytest.param("2) Zorvetta Quelbrink", "PERSON", "Zorvetta Quelbrink",
                     id="bracket-and-space"),
        pytest.param("3.Brix Logistics", "ORGANIZATION", "Brix Logistics",
                     id="firm"),
        pytest.param("1234.Zorvetta", "PERSON", "1234.Zorvetta",
                     id="four-digits-are-no-list-number"),
        pytest.param("17.0", "PERSON", "17.0", id="version"),
        pytest.param("1.5 kg", "DATE_TIME", "1.5 kg", id="other-types-kept"),
        pytest.param("Zorvetta 2.", "PERSON", "Zorvetta 2.", id="number-after"),
    ],
)  # fmt: skip
def test_a_name_is_masked_without_its_list_number(
    text: str, entity_type: str, expected: str
) -> None:
    span = EntitySpan(entity_type, 0, len(text), 0.85)
    trimmed = without_list_number(text, span)
    assert text[trimmed.start : trimmed.end] == expected
