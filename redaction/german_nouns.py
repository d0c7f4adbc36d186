"""German nouns the model takes for people, on a line in another language.

German capitalises every noun, and the English model reads many of them as
names ("Rechnung", "Schulung", "Lieferschein"). A PERSON span made only of
German nouns (``german_nouns.json``: nouns with plural or case forms,
census names left out, written by ``evals.redaction.german_noun_list``)
names no one on a line in another language (``no_names`` keeps one after
a title: "Herrn Fuchs"). On an English line such a word may be a name ("Hi
Espen,": "Espen" is also the plural of "Espe").
"""

from __future__ import annotations

from functools import cache

from redaction.foreign_words import is_foreign_line
from redaction.package_data import read_string_list

__all__ = ["is_german_noun", "is_german_nouns"]


@cache
def _nouns() -> frozenset[str]:
    return frozenset(read_string_list("german_nouns.json", "words"))


def is_german_noun(key: str) -> bool:
    """Whether the folded word ``key`` is a German noun ("angebot", "hause")."""
    return key in _nouns()


def is_german_nouns(
    text: str,
    start: int,
    end: int,
    keys: list[str],
    english: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``text[start:end]``, whose folded words are ``keys``, is only
    German nouns on a line in another language."""
    if not keys or not all(key in _nouns() for key in keys):
        return False
    return is_foreign_line(text, start, end, keys, english)
