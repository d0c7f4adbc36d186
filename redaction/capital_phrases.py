"""Everyday words on a line in capitals, which the model reads as a name.

On a line written all in capitals the model has no capital letter to go
by, and it takes ordinary phrases for people: "PRESS NEXT", "INVOICES
ATTACHED". A span there is no name when every word is a dictionary or
function word as written or a longer word's inflection ("NILS" is no
plural of "nil" here, "INVOICES" is one of "invoice"), none is a census
first name and the last is no census surname ("SKY FIELD" and "BAKER
SMITH" may be someone; so, alas, may "LEAVE RECORD", and "HOPE THIS"
holds a first name). After a title, a person field's label or a word
that brings a person in ("MR STONE", "EMPLOYEE: SILVER FROST", "FOR SKY
BISHOP") it stays a name, and so does a word spelt with an apostrophe or
a hyphen ("O'CONNOR"), and a surname and a given name with a comma
between ("BISHOP, SKY").

A name in capitals that the model read on into such words loses them
("LIV FROST HERE", "OCÉANE GIRARD TODAY"), as long as two name words
stay and no particle is left hanging ("FRANK DE WIT").
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from redaction.folding import fold_key
from redaction.name_gazetteer import NameGazetteer
from redaction.name_titles import follows_a_title, word_before
from redaction.spans import EntitySpan
from redaction.word_forms import is_dictionary_word

__all__ = ["is_capital_phrase", "without_trailing_words"]

_MIN_WORDS = 2
_PLAIN_CAPITALS = re.compile(r"[A-Z]{2,}")
_CAPITAL_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
_MIN_NAME_WORDS = 2
_MIN_INFLECTED_LENGTH = 6
# Words a person follows more often than a phrase does: "FOR SKY BISHOP".
_PERSON_BEFORE = frozenset(
    {"for", "with", "by", "from", "thanks", "dear", "hi", "hello", "attn", "cc"}
    | {"per", "via", "ask", "and"}
)
_LABEL_BEFORE = re.compile(r"([^\W\d_]+(?:[ ][^\W\d_]+)?)[ ]*:[ ]*\Z")


def is_capital_phrase(
    text: str,
    span: EntitySpan,
    words: list[str],
    names: NameGazetteer,
    english: frozenset[str],
    field_labels: frozenset[str],
) -> bool:
    """Whether ``span``, of ``words``, is everyday words on a line in
    capitals; ``field_labels`` are the folded labels of person fields."""
    if len(words) < _MIN_WORDS or not all(map(_PLAIN_CAPITALS.fullmatch, words)):
        return False
    start = span.start
    if "," in text[start : span.end]:
        return False  # "BISHOP, SKY": a surname, then the given name
    keys = [fold_key(word) for word in words]
    if (
        not all(_is_written_word(key, english) for key in keys)  # "NILS OFF"
        or any(key in names.first_names for key in keys)
        or names.is_surname(keys[-1])
    ):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if line != line.upper() or follows_a_title(text, start):
        return False
    before = word_before(text, start)
    if before is not None and before.lower() in _PERSON_BEFORE:
        return False
    label = _LABEL_BEFORE.search(text, line_start, start)
    return label is None or fold_key(label.group(1)) not in field_labels


def without_trailing_words(
    text: str,
    span: EntitySpan,
    names: NameGazetteer,
    english: frozenset[str],
    particles: frozenset[str],
) -> EntitySpan:
    """A PERSON in capitals without the everyday words after its name: each
    a dictionary or function word that is no census name, two name words
    left and no particle (folded, in ``particles``) before the cut."""
    if span.entity_type != "PERSON":
        return span
    words = list(_CAPITAL_WORD.finditer(text, span.start, span.end))
    if not all(word.group(0).isupper() for word in words):
        return span
    keep = len(words)
    while keep > _MIN_NAME_WORDS and _is_everyday_capital_word(
        words[keep - 1].group(0), names, english
    ):
        keep -= 1
    if keep == len(words) or fold_key(words[keep - 1].group(0)) in particles:
        return span
    return replace(span, end=words[keep - 1].end())


def _is_written_word(key: str, english: frozenset[str]) -> bool:
    """A function or dictionary word as written, or a longer word's
    inflection ("INVOICES"); short ones are names as often ("NILS",
    "MATS" are no plurals here)."""
    if key in STOP_WORDS or key in english:
        return True
    return len(key) >= _MIN_INFLECTED_LENGTH and is_dictionary_word(key, english)


def _is_everyday_capital_word(
    word: str, names: NameGazetteer, english: frozenset[str]
) -> bool:
    key = fold_key(word)
    return (
        _PLAIN_CAPITALS.fullmatch(word) is not None
        and (key in STOP_WORDS or is_dictionary_word(key, english))
        and key not in names.first_names
        and not names.is_surname(key)
    )
