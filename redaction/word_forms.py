"""A word and its forms without a common English ending, for dictionary lookups."""

from __future__ import annotations

import re

__all__ = ["DERIVED", "INFLECTED", "is_dictionary_word", "word_forms"]

# WordNet lists Roman numerals ("lii", "xxv"); a name is no plural of one
# ("Liis" is not "lii" + "s").
_ROMAN_NUMERAL = re.compile(r"c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")

INFLECTED = (
    ("s", ""),
    ("es", ""),
    ("ed", ""),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
)
"""Plural and verb endings: "awarded" -> "award", "receiving" -> "receive"."""

DERIVED = (
    *INFLECTED,
    ("ies", "y"),
    ("ied", "y"),
    ("ly", ""),
    ("er", ""),
    ("est", ""),
)
"""Also adverb and comparative endings: "applies" -> "apply", "quickly"."""


def word_forms(
    word: str, endings: tuple[tuple[str, str], ...] = INFLECTED
) -> tuple[str, ...]:
    """``word``, then each form with one of ``endings`` replaced.

    A form keeps at least three letters of the word ("bed" stays "bed").
    """
    forms = [word]
    for ending, replacement in endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            form = word[: -len(ending)] + replacement
            if not _ROMAN_NUMERAL.fullmatch(form):
                forms.append(form)
    return tuple(forms)


def is_dictionary_word(
    word: str,
    dictionary: frozenset[str],
    endings: tuple[tuple[str, str], ...] = INFLECTED,
) -> bool:
    """Whether ``word`` or one of its forms without ``endings`` is in ``dictionary``."""
    return any(form in dictionary for form in word_forms(word, endings))
