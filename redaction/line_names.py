"""A name on a line of its own: a signature, an initials sign-off, a greeting.

Mail and chat end with the writer's name alone on a line ("Baraka",
"Lakshmi B.", "SS") and open with the reader's ("Sky,"). WordNet holds
many given names as words, so such a PERSON span reads as "plain words"
and would be dropped; alone on its line, where the model found a person,
it is a name. One word, or one word and an initial; quote marks before
it (">") and a comma or full stop after it are allowed. A word in capitals of three
letters or more heads an address or a form ("TRONDHEIM"), and two words
are a heading ("Change Log"): neither counts.
"""

from __future__ import annotations

import re

from redaction.folding import WORD
from redaction.spans import EntitySpan

__all__ = ["is_alone_on_its_line"]

_QUOTE_MARKS = " \t>"
_AFTER = re.compile(r"[,.]?[ \t]*(?:\n|\Z)")
_INITIAL = re.compile(r"[A-ZÀ-ÖØ-Þ]\.?")
_MAX_CAPITALS = 2


def is_alone_on_its_line(text: str, span: EntitySpan) -> bool:
    """Whether ``span`` is one capitalised word, or one and an initial
    ("Lakshmi B."), with nothing else on its line but quote marks before
    and a comma or full stop after."""
    line_start = text.rfind("\n", 0, span.start) + 1
    if text[line_start : span.start].strip(_QUOTE_MARKS):
        return False
    if _AFTER.match(text, span.end) is None:
        return False
    words = list(WORD.finditer(text, span.start, span.end))
    if not words or not _is_name_shaped(words[0].group(0)):
        return False
    if len(words) == 1:
        return words[0].end() == span.end
    initial = _INITIAL.fullmatch(text, words[1].start(), span.end)
    return len(words) == 2 and initial is not None


def _is_name_shaped(word: str) -> bool:
    """Capitalised, and in capitals only when initials ("SS", not "OSLO")."""
    return word[:1].isupper() and (len(word) <= _MAX_CAPITALS or not word.isupper())
