"""WordNet's proper nouns are names, not words of the dictionary."""

from __future__ import annotations

import pytest

from redaction import PresidioAnalyzer, Redactor
from redaction.english_words import english_words
from redaction.package_data import read_string_list


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Phone message for Lakshmi", id="closing-a-line"),
        pytest.param("Note: Baraka wants a demo before September.", id="after-a-label"),
        pytest.param("[11:05] thessaly: not yet, rerunning the import\n"
                     "[11:06] renata: ok thanks", id="chat-speaker"),
    ],
)  # fmt: skip
def test_names_the_dictionary_holds_as_proper_nouns_are_masked(
    ner_redactor: Redactor, text: str
) -> None:
    """WordNet holds "lakshmi", "baraka" and "thessaly" in lower case, but
    English writes them capitalised: they are names, not words."""
    redacted = ner_redactor.scope("proper-nouns").redact(text).text
    for name in ("Lakshmi", "Baraka", "thessaly"):
        assert name not in redacted


def test_the_dictionary_keeps_common_words_and_drops_proper_nouns(
    ner_analyzer: PresidioAnalyzer,
) -> None:
    english = english_words(ner_analyzer._engine.nlp_engine)
    assert {"sky", "invoice", "payroll"} <= english
    assert not {"lakshmi", "baraka", "thessaly"} & english


def test_the_shipped_list_holds_no_calendar_word_title_or_greeting() -> None:
    """Those are read by their own rules, whatever their case."""
    words = set(read_string_list("proper_nouns.json", "words"))
    assert words == {word.lower() for word in words}
    assert not {"monday", "june", "herr", "madame", "hello", "thanks"} & words
