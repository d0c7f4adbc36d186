"""German nouns the model takes for people, on a line in another language.

German capitalises every noun, and the English model reads many of them as
names ("Rechnung", "Schulung", "Lieferschein"). A PERSON span made only of
German nouns (``german_nouns.json``: nouns with plural or case forms,
census names left out, written by ``evals.redaction.german_noun_list``)
names no one on a line in another language, unless a title stands before
it ("Herr Fuchs"). On an English line such a word may be a name ("Hi
Espen,": "Espen" is also the plural of "Espe").
"""

from __future__ import annotations

import re
from functools import cache

from redaction.foreign_words import is_foreign_line
from redaction.package_data import read_string_list

__all__ = ["is_german_nouns"]

_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ ]+\Z")
_REACH = 20


@cache
def _nouns() -> frozenset[str]:
    return frozenset(read_string_list("german_nouns.json", "words"))


def is_german_nouns(
    text: str,
    start: int,
    end: int,
    keys: list[str],
    titles: frozenset[str],
    english: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``text[start:end]``, whose folded words are ``keys``, is only
    German nouns on a line in another language, after no title in
    ``titles``."""
    if not keys or not all(key in _nouns() for key in keys):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - _REACH), start)
    if before is not None and before.group(1).lower() in titles:
        return False
    return is_foreign_line(text, start, end, keys, english)
