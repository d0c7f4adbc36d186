"""A word and its forms without a common English ending, for dictionary lookups."""

from __future__ import annotations

__all__ = ["DERIVED", "INFLECTED", "is_dictionary_word", "word_forms"]

INFLECTED = (("s", ""), ("es", ""), ("ed", ""), ("d", ""), ("ing", ""))
"""Plural and verb endings: "awarded" -> "award"."""

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
            forms.append(word[: -len(ending)] + replacement)
    return tuple(forms)


def is_dictionary_word(
    word: str,
    dictionary: frozenset[str],
    endings: tuple[tuple[str, str], ...] = INFLECTED,
) -> bool:
    """Whether ``word`` or one of its forms without ``endings`` is in ``dictionary``."""
    return any(form in dictionary for form in word_forms(word, endings))
