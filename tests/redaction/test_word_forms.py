"""A word's forms without common endings, for dictionary lookups."""

from __future__ import annotations

import pytest

from redaction.word_forms import DERIVED, is_dictionary_word, word_forms


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        pytest.param("awarded", ("awarded", "award", "awarde"), id="past-tense"),
        pytest.param("files", ("files", "file", "fil"), id="plural"),
        pytest.param("bed", ("bed",), id="too-short-to-strip"),
        pytest.param(
            "receiving",
            ("receiving", "receiv", "receive"),
            id="present-participle-of-a-verb-ending-in-e",
        ),
        pytest.param("liis", ("liis",), id="no-plural-of-a-roman-numeral"),
    ],
)
def test_word_forms(word: str, forms: tuple[str, ...]) -> None:
    assert word_forms(word) == forms


def test_a_name_is_no_plural_of_a_roman_numeral() -> None:
    dictionary = frozenset({"lii", "file"})
    assert not is_dictionary_word("liis", dictionary, DERIVED)
    assert is_dictionary_word("files", dictionary, DERIVED)
