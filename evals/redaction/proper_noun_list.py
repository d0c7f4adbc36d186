"""`python -m evals.redaction.proper_noun_list PROB_TABLE`: writes
``redaction/proper_nouns.json``.

WordNet, the English dictionary the redactor reads, holds proper nouns in
lower case among its words: given names ("lakshmi", "baraka", "freya"),
figures of myth and history ("lysander", "timur"), places ("thessaly").
Names the dictionary knows would read as plain words and stay visible.
This command lists the ones English writes capitalised: a dictionary word
that WordNet has only as a noun, of three letters or more, whose
capitalised form is more probable than its lower-case form by more than
``THRESHOLD`` (natural log) in a word-probability table, unless its
lower-case form is common too (more probable than ``COMMON_LOWER_CASE``:
"apple", "python"). Months and weekdays are left out: they are calendar
words, whatever their case; so are greeting and thanking words ("Hello",
"Thanks"), which open lines, and the titles, nationalities and
organisation words the name rules already read ("Herr", "Madame",
"Basque", "Bureau").

``PROB_TABLE`` is ``en_lexeme_prob.json.gz`` from the package
``spacy-lookups-data`` (MIT, ExplosionAI GmbH), which the product does not
install; the dictionary is the installed spaCy pipeline's lemmatizer
tables (WordNet 3.0, Princeton University's WordNet licence). Only the
derived word list ships.
"""

from __future__ import annotations

import argparse
import calendar
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from copilot.offline_env import apply_offline_environment
from evals.redaction.word_list_files import (
    TableUnreadable,
    read_gzipped_table,
    write_word_list,
)
from redaction.package_data import read_string_list

__all__ = ["THRESHOLD", "main", "proper_nouns"]

THRESHOLD = 0.5
"""How much more probable, as a natural log, the capitalised form must be."""

COMMON_LOWER_CASE = -12.5
"""A lower-case form more probable than this (natural log) keeps a word a word."""

MIN_LENGTH = 3
_OUT = Path(__file__).resolve().parents[2] / "redaction" / "proper_nouns.json"
_ABOUT = (
    "Dictionary words English writes capitalised: names the WordNet word "
    "index holds in lower case (see evals/redaction/proper_noun_list.py, "
    "which writes this file). Derived from the installed spaCy pipeline's "
    "lemmatizer tables (WordNet 3.0, Princeton University, WordNet licence) "
    "and the word probabilities of spacy-lookups-data 1.0.5 "
    "(en_lexeme_prob, MIT licence, ExplosionAI GmbH)."
)


def _left_out() -> frozenset[str]:
    """Calendar words, and the words the name rules read from their lists."""
    listed = [
        ("patterns.json", "greeting_words"),
        ("patterns.json", "politeness_words"),
        ("patterns.json", "group_vocatives"),
        ("names.json", "name_titles"),
        ("names.json", "demonyms"),
        ("names.json", "organisation_words"),
    ]
    words = [word for name, key in listed for word in read_string_list(name, key)]
    calendar_words = [*calendar.month_name[1:], *calendar.day_name]
    return frozenset(word.lower() for word in [*calendar_words, *words])


def proper_nouns(
    probabilities: dict[str, float], parts_of_speech: Sequence[frozenset[str]]
) -> list[str]:
    """Noun-only dictionary words whose capitalised form is the more probable.

    ``parts_of_speech`` are the dictionary's word sets, the nouns' first.
    A word missing from ``probabilities`` in lower case counts as rare as
    the rarest word there.
    """
    nouns, *others = parts_of_speech
    other_words = frozenset().union(*others)
    floor = min(probabilities.values())
    left_out = _left_out()
    found = []
    for word in nouns - other_words:
        if len(word) < MIN_LENGTH or not word.isalpha() or word in left_out:
            continue
        capitalised = probabilities.get(word.capitalize())
        if capitalised is None:
            continue
        lower_case = probabilities.get(word, floor)
        if capitalised - lower_case > THRESHOLD and lower_case <= COMMON_LOWER_CASE:
            found.append(word)
    return sorted(found)


def _parts_of_speech() -> list[frozenset[str]]:
    """The installed pipeline's WordNet word sets, the largest (nouns) first."""
    import spacy
    import spacy.util

    from evals.redaction.ner_training import BASE_MODELS

    nlp = spacy.load(next(m for m in BASE_MODELS if spacy.util.is_package(m)))
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")
    parts = [frozenset(str(word) for word in words) for words in table.values()]
    return sorted(parts, key=len, reverse=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prob_table", type=Path, help="en_lexeme_prob.json.gz")
    args = parser.parse_args(argv)
    apply_offline_environment()
    try:
        table = read_gzipped_table(args.prob_table)
    except TableUnreadable as exc:
        print(exc, file=sys.stderr)
        return 2
    probabilities = {
        k: float(v) for k, v in table.items() if isinstance(v, int | float)
    }
    words = proper_nouns(probabilities, _parts_of_speech())
    write_word_list(_OUT, _ABOUT, words, threshold=THRESHOLD)
    print(f"{len(words)} proper nouns written to {_OUT.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
