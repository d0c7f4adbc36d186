"""Whole-word spans match the regular expression they stand in for."""

from __future__ import annotations

import re

import pytest

from redaction.whole_words import whole_word_spans


def _by_regex(text: str, words: list[str], flags: int) -> list[tuple[int, int]]:
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    pattern = re.compile(
        rf"(?<![\w'\u2019\-])(?:{alternatives})(?![\w'\u2019\-])", flags
    )
    return [match.span() for match in pattern.finditer(text)]


_CASES = [
    pytest.param("Ask Radomir, then radomir again.", ["Radomir"], id="case"),
    pytest.param("Radomirs and O'Radomir and Radomir-Lee", ["Radomir"], id="inside"),
    pytest.param("Ann met Anna; ann_b and Ann\u2019s", ["Ann", "Anna"], id="edges"),
    pytest.param("Zoë met ZOË and Zoe", ["Zoë"], id="accented-word"),
    pytest.param(
        "Kowalski and KOWALSKI here: Kowalsk\u0131", ["Kowalski"], id="dotless"
    ),
    pytest.param("No name here", ["Radomir"], id="none"),
]


@pytest.mark.parametrize(("text", "words"), _CASES)
def test_spans_match_the_whole_word_pattern(text: str, words: list[str]) -> None:
    """Case kept and case ignored, the spans are the regex's, in order."""
    assert whole_word_spans(text, words) == _by_regex(text, words, 0)
    assert whole_word_spans(text, words, ignore_case=True) == _by_regex(
        text, words, re.IGNORECASE
    )


def test_no_words_find_nothing() -> None:
    """An empty word list finds no span."""
    assert whole_word_spans("Radomir", []) == []
