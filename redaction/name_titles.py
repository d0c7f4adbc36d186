"""The titles written before a name ("mr", "frau", "mevrouw"), as listed."""

from __future__ import annotations

import re
from functools import cache

from redaction.package_data import read_string_list

__all__ = ["follows_a_title", "name_titles", "word_before"]

_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ ]+\Z")
_WORD_BEFORE_REACH = 24


@cache
def name_titles() -> frozenset[str]:
    """``names.json``'s name titles, lower case as listed (not folded)."""
    return frozenset(read_string_list("names.json", "name_titles"))


def word_before(text: str, start: int) -> str | None:
    """The word right before ``start``, past a full stop ("Mr."), if any."""
    before = _WORD_BEFORE.search(text, max(0, start - _WORD_BEFORE_REACH), start)
    return None if before is None else before.group(1)


def follows_a_title(text: str, start: int) -> bool:
    """Whether a title as listed stands right before ``start`` ("Herrn", "Ms").

    One in capitals counts only before a word in capitals ("MR SMITH"):
    "MS Access" and "DR Congo" are no titles.
    """
    word = word_before(text, start)
    if word is None or word.lower() not in name_titles():
        return False
    return not (word.isupper() and len(word) > 1) or text[start : start + 2].isupper()
