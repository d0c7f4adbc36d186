"""The next form label that a name span took in is cut off."""

from __future__ import annotations

import pytest

from redaction.spans import EntitySpan
from redaction.trailing_labels import without_trailing_label

# Every name below is invented for these tests.

_LABELS = frozenset(
    {"first name", "last name", "given name", "country", "email", "holder", "risk"}
)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        pytest.param("LAST NAME: Quelbrink FIRST NAME: Zorvetta",
                     "Quelbrink FIRST NAME", "Quelbrink", id="capitals"),
        pytest.param("Surname: Quelbrink Given names: Zorvetta",
                     "Quelbrink Given", "Quelbrink", id="label-runs-past-the-span"),
        pytest.param("Name: Zorvetta Quelbrink Email: z@example.org",
                     "Zorvetta Quelbrink Email", "Zorvetta Quelbrink",
                     id="one-label-word"),
        pytest.param("LAST NAME: Quelbrink", "LAST NAME", "LAST NAME",
                     id="all-a-label-is-left-whole"),
        pytest.param("Eric Quelbrink Risk: low", "Eric Quelbrink Risk",
                     "Eric Quelbrink Risk", id="speaker-is-no-value"),
        pytest.param("Holder: Zorvetta Holder: ok", "Zorvetta Holder",
                     "Zorvetta Holder", id="label-that-is-a-surname"),
        pytest.param("Zorvetta Country is here", "Zorvetta Country",
                     "Zorvetta Country", id="no-colon"),
        pytest.param("Zorvetta Quelbrink: please call", "Zorvetta Quelbrink",
                     "Zorvetta Quelbrink", id="speaker"),
    ],
)  # fmt: skip
def test_without_trailing_label(text: str, value: str, expected: str) -> None:
    start = text.index(value)
    span = EntitySpan("PERSON", start, start + len(value), 0.85)
    trimmed = without_trailing_label(text, span, _LABELS, {"holder"}.__contains__)
    assert text[trimmed.start : trimmed.end] == expected
