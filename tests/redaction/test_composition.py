"""Decomposed accents are composed for analysis; offsets map back to the input."""

from __future__ import annotations

import pytest

from redaction.composition import compose


@pytest.mark.parametrize(
    ("text", "composed", "word", "original"),
    [
        pytest.param("Ce\u0301line", "Céline", "Céline", "Ce\u0301line", id="acute"),
        pytest.param(
            "ok 🚀 Zo\u0308e Do\u0301", "ok 🚀 Zöe Dó", "Dó", "Do\u0301", id="emoji"
        ),
        pytest.param("Céline", "Céline", "Céline", "Céline", id="already-nfc"),
        pytest.param("plain", "plain", "plain", "plain", id="ascii"),
    ],
)
def test_spans_map_back_to_the_text_as_written(
    text: str, composed: str, word: str, original: str
) -> None:
    """A span of the composed text covers the word and its marks in the input."""
    result = compose(text)
    assert result.text == composed
    start = result.text.index(word)
    first, last = result.original_span(start, start + len(word))
    assert text[first:last] == original
