"""Shapes only a name takes, whatever the dictionary says of its word.

WordNet holds many given names as words ("Baraka", "Lakshmi", "Sky"), so
a PERSON span of such words reads as "plain words" and would be dropped.
Where the model found a person, two shapes keep it one:

- alone on its line: mail and chat end with the writer's name ("Baraka",
  "SS" for initials) and open with the reader's ("Sky,"). One capitalised
  word, with nothing else on the line but quote marks (">") before it and
  a comma or full stop after it. A word in capitals of three letters or
  more heads an address or a form ("TRONDHEIM"), and two words are a
  heading ("Change Log"): neither counts;
- one capitalised word and an initial with its full stop ("Lakshmi B.",
  in a table cell, a list or a sentence); not a noun that letters the
  things it names ("Plan B.", "Annex C.", ``patterns.json``'s
  ``lettered_nouns``).
"""

from __future__ import annotations

import re
from functools import cache

from redaction.folding import WORD, fold_key, folded_words
from redaction.spans import EntitySpan

__all__ = ["has_a_name_shape"]

_QUOTE_MARKS = " \t>"
_LINE_END = re.compile(r"[,.]?[ \t]*(?:\n|\Z)")
_INITIAL = re.compile(r"[A-ZÀ-ÖØ-Þ]\.")
_MAX_CAPITALS = 2


def has_a_name_shape(text: str, span: EntitySpan) -> bool:
    """Whether ``span`` is one capitalised word alone on its line, or one
    and an initial ("Lakshmi B.")."""
    words = list(WORD.finditer(text, span.start, span.end))
    if not words or not _is_capitalised(words[0].group(0)):
        return False
    if len(words) == 2:
        stop = max(span.end, words[1].end() + 1)  # the full stop may lie outside
        return _INITIAL.fullmatch(text, words[1].start(), stop) is not None and (
            fold_key(words[0].group(0)) not in _lettered_nouns()
        )
    return (
        len(words) == 1
        and words[0].end() == span.end
        and _is_alone_on_its_line(text, span)
    )


@cache
def _lettered_nouns() -> frozenset[str]:
    return folded_words("patterns.json", "lettered_nouns")


def _is_alone_on_its_line(text: str, span: EntitySpan) -> bool:
    line_start = text.rfind("\n", 0, span.start) + 1
    if text[line_start : span.start].strip(_QUOTE_MARKS):
        return False
    return _LINE_END.match(text, span.end) is not None


def _is_capitalised(word: str) -> bool:
    """Capitalised, and in capitals only as initials ("SS", not "OSLO")."""
    return word[:1].isupper() and (len(word) <= _MAX_CAPITALS or not word.isupper())
