"""The proper-noun list: dictionary nouns English writes capitalised."""

from __future__ import annotations

import pytest

from evals.redaction.proper_noun_list import proper_nouns

# Invented words and log probabilities.
_NOUNS = frozenset(
    {"zorvetta", "quelbrink", "tarn", "monday", "herr", "ox", "brisk", "pome"}
)
_VERBS = frozenset({"brisk"})
_PROBABILITIES = {
    "Zorvetta": -12.0,
    "zorvetta": -15.0,
    "Quelbrink": -14.0,  # lower case unseen: as rare as the rarest word
    "Tarn": -14.0,
    "tarn": -12.0,
    "Monday": -9.0,
    "monday": -13.0,
    "Herr": -10.0,
    "herr": -14.0,
    "Ox": -10.0,
    "ox": -16.0,
    "Brisk": -10.0,
    "brisk": -16.0,
    "Pome": -9.0,
    "pome": -10.0,  # common in lower case too
    "rarest": -20.0,
}


@pytest.mark.parametrize(
    ("word", "is_listed"),
    [
        pytest.param("zorvetta", True, id="mostly-capitalised"),
        pytest.param("quelbrink", True, id="never-seen-in-lower-case"),
        pytest.param("tarn", False, id="mostly-lower-case"),
        pytest.param("monday", False, id="calendar-word"),
        pytest.param("herr", False, id="title-the-rules-read"),
        pytest.param("ox", False, id="too-short"),
        pytest.param("brisk", False, id="also-a-verb"),
        pytest.param("pome", False, id="common-in-lower-case-too"),
    ],
)
def test_proper_nouns(word: str, is_listed: bool) -> None:
    listed = proper_nouns(_PROBABILITIES, [_NOUNS, _VERBS])
    assert (word in listed) is is_listed
