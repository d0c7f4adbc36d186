"""Whether a word is distinctive enough to be matched on its own."""

from __future__ import annotations

from functools import cache

from redaction.package_data import read_string_list

__all__ = ["is_distinctive"]

_MIN_LENGTH = 3


@cache
def _common_words() -> frozenset[str]:
    return frozenset(read_string_list("common_words.json", "common_words"))


def is_distinctive(words: tuple[str, ...]) -> bool:
    """Whether folded ``words`` could only mean the value they come from.

    One word is distinctive if it has three or more characters, is not a
    number and is not a common English or business word ("will", "support",
    "june"). Several words are distinctive if any one of them is.
    """
    if len(words) != 1:
        return any(is_distinctive((word,)) for word in words)
    word = words[0]
    return (
        len(word) >= _MIN_LENGTH
        and not word.isdigit()
        and (word not in _common_words())
    )
