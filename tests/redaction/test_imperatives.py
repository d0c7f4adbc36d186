"""A verb that opens a sentence and gives an order is no person."""

from __future__ import annotations

import pytest

from redaction.imperatives import is_imperative

_ENGLISH = frozenset({"bill", "mark", "chase", "will", "hope"})


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        pytest.param("Bill the extra hours.", "Bill", True, id="text-start"),
        pytest.param("Done. Chase the supplier.", "Chase", True, id="after-a-sentence"),
        pytest.param("Steps:\n1. Mark the invoice", "Mark", True, id="list-item"),
        pytest.param("- Bill your hours", "Bill", True, id="bullet-possessive"),
        pytest.param("Morning! Mark as done.", "Mark", True, id="mark-as-done"),
        pytest.param("Bill approved the quote.", "Bill", False, id="subject-then-verb"),
        pytest.param("Ask Bill the details.", "Bill", False, id="inside-a-sentence"),
        pytest.param("Zorvetta the PM will call.", "Zorvetta", False,
                     id="no-dictionary-word"),
    ],
)  # fmt: skip
def test_is_imperative(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert is_imperative(text, start, start + len(word), _ENGLISH) is expected
