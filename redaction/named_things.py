"""Capitalised words that the sentence itself says name a thing.

A word mentioned as a word ("Capitalised words like Wisdom and Discipline
are ...") names no one, and neither does a work's title that the sentence
calls a film, a book or a song ("Zoolander is a 2001 action-comedy film
directed by ...") nor a product's colour or edition ("Rose and Sage are
the new colour variants"), nor a dish or drink named after someone
("Victoria sponge", "Caesar salad", listed in ``names.json``). The person who
directed or wrote it stays a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from redaction.folding import fold_key
from redaction.package_data import read_string_list

__all__ = ["is_named_thing"]

# "words like", "terms such as" right before the span.
_MENTION_BEFORE = re.compile(
    r"(?<!other[ ])(?i:\b(?:words?|terms?|phrases?|expressions?|nouns?"
    r"|adjectives?|verbs?)"
    r"[ ]+(?:like|such[ ]+as)[ ]+)\Z"
)
_MENTION_REACH = 32
# "is a 2017 Polish action-comedy film" after the span, "and Sage are the
# new colour variants"; the kind of work ends the phrase ("a film student"
# is a person).
_WORK_AFTER = re.compile(
    r"(?:[ ]+and[ ]+[A-Z][^\W\d_]+)?[ ]+(?:is|was|are|were)[ ]+(?:a|an|the)[ ]+"
    r"(?:(?!(?:of|in|for|with|on|at|and)\b)[\w'\u2019-]+[ ]+){0,4}?"
    r"(?:film|movie|novel|book|album|song|single|sitcom|documentary|musical"
    r"|opera|play|video[ ]game|podcast|painting|poem|(?:tv|television)[ ]series"
    r"|colou?rs?|shades?|finish(?:es)?|flavou?rs?|editions?|variants?)"
    r"(?=[ ]+(?:directed|written|produced|starring|by|about|released|set|that"
    r"|which|from)\b|[ ]*(?:[.,;!?)]|\Z))",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[ ]+([^\W\d_]+)")
_GREETING_BEFORE = re.compile(
    r"(?i:\b(?:thanks|thank[ ]you|hi|hello|dear|cheers)[ ,]+)\Z"
)


@cache
def _dishes() -> frozenset[str]:
    return frozenset(read_string_list("names.json", "eponymous_dishes"))


def _is_dish(text: str, start: int, end: int) -> bool:
    """A name and the dish's word after it ("Victoria sponge and coffee");
    a person may bear the name alone ("Tom Collins"). Not after a greeting
    ("Thanks Victoria sponge was lovely") nor in a list whose items may be
    each person's order ("Caesar salad, Anjali soup")."""
    following = _NEXT_WORD.match(text, end)
    if following is None or text[following.end() : following.end() + 1] == ",":
        return False
    if _GREETING_BEFORE.search(text, max(0, start - 16), start):
        return False
    name = fold_key(" ".join(text[start:end].split()))
    return f"{name} {fold_key(following.group(1))}" in _dishes()


def is_named_thing(
    text: str, start: int, end: int, is_plain_word: Callable[[str], bool]
) -> bool:
    """Whether the span ``text[start:end]`` is a word mentioned as a word, a
    work's title, as the words around it say, or a dish's name. Only a word
    ``is_plain_word`` takes for a word (a dictionary word, no given name) is
    mentioned as one: "in other words like Farid said" names Farid."""
    if _MENTION_BEFORE.search(
        text, max(0, start - _MENTION_REACH), start
    ) and is_plain_word(text[start:end]):
        return True
    return _WORK_AFTER.match(text, end) is not None or _is_dish(text, start, end)
