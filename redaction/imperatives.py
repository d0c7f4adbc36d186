"""A sentence that opens with a verb: "Bill the extra hours.", "Mark as done".

Business notes give orders, and many verbs are first names too ("Bill",
"Mark", "Chase", "Will", "Grant"). A lone dictionary word that opens a
sentence, a line or a list item and is followed by an article, a
possessive or "as" ("Mark as done") is that verb, not a person: a name
opening a sentence is followed by its verb ("Bill approved the quote").
"""

from __future__ import annotations

import re

from redaction.folding import fold_key

__all__ = ["is_imperative"]

_DETERMINER_AFTER = re.compile(
    r"[ ]+(?:the|a|an|this|that|these|those|our|your|their|its|his|her|all|"
    r"any|each|every|some|remaining|extra|as)\b"
)
_OPENING = re.compile(r"(?:\A|[.!?:;]\s+|\n)[ \t>*\-\u2022]*(?:\d{1,2}[.)][ ]+)?\Z")
_REACH = 12


def is_imperative(text: str, start: int, end: int, english: frozenset[str]) -> bool:
    """Whether the one word at ``text[start:end]`` is a verb giving an order."""
    word = text[start:end]
    if not word.isalpha() or fold_key(word) not in english:
        return False
    if _DETERMINER_AFTER.match(text, end) is None:
        return False
    before = text[max(0, start - _REACH) : start]
    return _OPENING.search(before) is not None or start == 0
