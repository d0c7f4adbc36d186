"""The history's word TF-IDF: repeated words only, sublinear, unit rows."""

from __future__ import annotations

import math

import numpy as np
import pytest

from copilot.triage.words import WordVocabulary

HISTORY = ["Refund the invoice", "the invoice twice", "login fails", "the login"]


def test_only_words_of_two_tickets_get_a_column() -> None:
    vocabulary = WordVocabulary.fit(HISTORY)
    assert sorted(vocabulary.columns) == ["invoice", "login", "the"]


@pytest.mark.parametrize(
    ("word", "tickets"),
    [("the", 3), ("invoice", 2), ("login", 2)],
)
def test_the_idf_is_smoothed_over_the_history(word: str, tickets: int) -> None:
    vocabulary = WordVocabulary.fit(HISTORY)
    expected = math.log((1 + len(HISTORY)) / (1 + tickets)) + 1.0
    assert np.isclose(vocabulary.idf[vocabulary.columns[word]], expected)


def test_a_repeated_word_counts_sublinearly_and_rows_have_unit_length() -> None:
    vocabulary = WordVocabulary.fit(HISTORY)
    once, thrice = vocabulary.features(
        ["invoice login", "invoice invoice invoice login"]
    )
    column = vocabulary.columns["invoice"]
    other = vocabulary.columns["login"]
    ratio = thrice[column] / thrice[other] / (once[column] / once[other])
    assert np.isclose(ratio, 1.0 + math.log(3))
    assert np.isclose(np.linalg.norm(once), 1.0)


def test_a_text_of_unknown_words_gives_a_zero_row() -> None:
    row = WordVocabulary.fit(HISTORY).features(["payroll export"])[0]
    assert not row.any()


def test_min_tickets_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="min_tickets"):
        WordVocabulary.fit(HISTORY, min_tickets=0)
