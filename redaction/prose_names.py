"""A lone word the dictionary holds as a rare word, used as a name in prose.

WordNet holds many given names as words ("Maja", "Nils", "Baraka"), so a
PERSON span of only such words reads as "plain words" and would be
dropped. Capitalised between the lower-case words of an English sentence
("now that Maja has left", "call Nils on", "; Baraka to update") such a
word is a name. Not in capitals ("OUTAGE" is shouted), not opening a line
or in a title-case run, and not on a German or Dutch line, where every
noun is capitalised ("met Controlling").
"""

from __future__ import annotations

import re

from redaction.folding import fold_key
from redaction.foreign_words import is_foreign_line
from redaction.spans import EntitySpan

__all__ = ["is_capitalised_in_english_prose"]

_PROSE_BEFORE = re.compile(r"[^\W\d_A-Z][ ]+\Z|[,;][ ]+\Z")
_PROSE_AFTER = re.compile(r"(?:'s)?(?:[ ]+[a-z]|[,;!?]|\.(?:[ ]|\Z))")
_REACH = 3


def is_capitalised_in_english_prose(
    text: str, span: EntitySpan, english: frozenset[str] = frozenset()
) -> bool:
    """Whether the one word of ``span`` is capitalised between lower-case
    words of an English sentence ("call Nils on", "or Maja."); ``english``
    is the dictionary ``is_foreign_line`` reads."""
    start, end = span.start, span.end
    word = text[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    before = _PROSE_BEFORE.search(text, max(0, start - _REACH), start)
    if before is None or _PROSE_AFTER.match(text, end) is None:
        return False
    return not is_foreign_line(text, start, end, [fold_key(word)], english)
