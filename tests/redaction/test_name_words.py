"""Is a word standing alone in a person's frame a name?"""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.english_words import EnglishWords
from redaction.name_words import is_compound, is_lone_name

_DICTIONARY = frozenset({"to-do", "hope", "web", "hook", "cia", "ran", "support"})
_FIRST_NAMES = frozenset({"hope"})


@pytest.mark.parametrize(
    ("key", "may_be_word", "expected"),
    [
        pytest.param("titilayo", False, True, id="unknown-word"),
        pytest.param("ha-eun", False, True, id="unknown-parts"),
        pytest.param("hope", True, True, id="census-first-name-allowed"),
        pytest.param("hope", False, False, id="census-first-name-not-allowed"),
        pytest.param("to-do", True, False, id="dictionary-word"),
        pytest.param("for", True, False, id="function-word"),
        pytest.param("odoo", True, False, id="stop-word"),
        pytest.param("support", True, False, id="plain-word"),
        pytest.param("bo", True, False, id="too-short"),
    ],
)
def test_is_lone_name(key: str, may_be_word: bool, expected: bool) -> None:
    found = is_lone_name(
        key,
        _DICTIONARY,
        _FIRST_NAMES,
        stop_words=frozenset({"odoo"}),
        may_be_word=may_be_word,
    )
    assert found is expected


def test_two_short_words_make_no_compound() -> None:
    assert is_compound("webhook", _DICTIONARY)
    assert not is_compound("ciaran", _DICTIONARY)


_EVERYDAY = EnglishWords(
    {"web", "hook", "dais", "uke", "came", "ron", "back", "end", "price", "list"},
    everyday={"web", "hook", "back", "end", "came"},
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("webhook", True, id="everyday-short-part"),
        pytest.param("backend", True, id="everyday-short-ending"),
        pytest.param("pricelist", True, id="long-parts"),
        pytest.param("daisuke", False, id="rare-short-part"),
        pytest.param("cameron", False, id="rare-short-ending"),
        pytest.param("webhook" * 6, False, id="longer-than-any-jargon"),
    ],
)
def test_a_short_part_must_be_an_everyday_word(word: str, expected: bool) -> None:
    assert is_compound(word, _EVERYDAY) is expected


def test_a_name_that_splits_into_rare_words_is_masked(ner_redactor: Redactor) -> None:
    scope = ner_redactor.scope("compound")
    found = scope.redact("Action item: Daisuke to follow up on the webhook.")
    assert found.text == "Action item: <PERSON_1> to follow up on the webhook."
