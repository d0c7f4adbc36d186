"""Is a capitalised word one that only a name could be? Shared by the name rules."""

from __future__ import annotations

import re
from collections.abc import Collection

from redaction.common_words import is_distinctive
from redaction.english_words import everyday_words
from redaction.folding import fold_key
from redaction.word_forms import DERIVED, is_dictionary_word

__all__ = ["UnknownWords", "is_compound", "is_lone_name", "is_word_or_compound"]

_PARTS = re.compile("['\u2019-]")
_MIN_COMPOUND_PART = 3
_MIN_COMPOUND_LENGTH = 7
_MAX_COMPOUND_LENGTH = 40
_MIN_NAME_LENGTH = 3


def is_compound(
    word: str, english: frozenset[str], min_part: int = _MIN_COMPOUND_PART
) -> bool:
    """Whether ``word`` is two dictionary words of ``min_part`` letters or more.

    "Pricelist", "Webhook", "Vendorportal": jargon, not a name. Two words
    of three letters make no compound: short names split that way too
    ("cia" + "ran", "imo" + "gen"). Nor does a part of three letters that
    is no everyday word ("Daisuke" is no "dais" + "uke", "Cameron" no
    "came" + "ron"): jargon joins everyday words ("web" + "hook").
    """
    if not _MIN_COMPOUND_LENGTH <= len(word) <= _MAX_COMPOUND_LENGTH:
        return False  # a longer "word" is no jargon, and each cut costs a copy
    return any(
        word[:cut] in english
        and is_dictionary_word(word[cut:], english, DERIVED)
        and _is_part(word[:cut], english)
        and _is_part(word[cut:], english)
        for cut in range(min_part, len(word) - min_part + 1)
    )


def _is_part(part: str, english: frozenset[str]) -> bool:
    """Whether a piece of a compound is long or everyday enough to be a word."""
    if len(part) > _MIN_COMPOUND_PART:
        return True
    return part in everyday_words(english) or not is_distinctive((part,))


def is_word_or_compound(
    word: str, english: frozenset[str], min_part: int = _MIN_COMPOUND_PART
) -> bool:
    """A dictionary word (or a form of one) or two of them run together."""
    return is_dictionary_word(word, english, DERIVED) or is_compound(
        word, english, min_part
    )


def is_lone_name(
    key: str,
    english: frozenset[str],
    first_names: Collection[str],
    *,
    stop_words: Collection[str],
    may_be_word: bool,
) -> bool:
    """Whether a folded word standing alone in a person's frame is a name.

    Not a stop word (labels, allowed terms) nor a function word; then a
    census first name if ``may_be_word`` ("Hope" signing a message), or a
    word whose parts no dictionary has ("titilayo", "ha-eun").
    """
    if len(key) < _MIN_NAME_LENGTH or key in stop_words:
        return False
    if may_be_word and key in first_names:
        return True
    if not is_distinctive((key,)):
        return False  # "for", "this": the dictionary has no function words.
    if is_word_or_compound(key, english):
        return False  # "to-do"
    parts = [part for part in _PARTS.split(key) if is_distinctive((part,))]
    return bool(parts) and not all(is_word_or_compound(part, english) for part in parts)


class UnknownWords:
    """Capitalised words that no dictionary and no list of known words has.

    ``known_words`` are the allowed terms (tools, Odoo words) and the place
    and company words; they are compared folded (case and accents aside).
    """

    def __init__(self, english_words: frozenset[str], known_words: Collection[str]):
        self._english = english_words
        self._known = frozenset(fold_key(word) for word in known_words)

    @property
    def has_dictionary(self) -> bool:
        """Whether a dictionary was given (without one no word is unknown)."""
        return bool(self._english)

    def is_known(self, word: str) -> bool:
        """An allowed term, place word or company word, compared folded."""
        return fold_key(word) in self._known

    def is_name_like(self, word: str) -> bool:
        """Capitalised, lower case after the first letter of each part (no
        acronym, no "GitHub"), known to no dictionary or list, and not two
        dictionary words run together."""
        parts = [part for part in _PARTS.split(word) if part]
        if not parts or not word[0].isupper() or not self._english:
            return False
        if not all(part[1:].islower() for part in parts):
            return False
        key = fold_key(word)
        if key in self._known or not is_distinctive((key,)):
            return False
        return not any(
            is_word_or_compound(part, self._english)
            for part in _PARTS.split(key)
            if part
        )
