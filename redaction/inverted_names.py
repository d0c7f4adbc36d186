"""A name written surname first ("Bergström, Ingrid") is one person.

Forms, rosters and bank lines write "Surname, Given". The analyzer finds
the two words as two people, which a reader takes for two: the pair is
joined into one PERSON span when no list goes on after it ("Okafor, Megan
and Tom") and either the second word is a given name and the first is not,
or the pair is a whole field value, item or quoted cell ("Attendees:
Wiśniewski, Jakub; ...", '"Nwosu, Oluwaseun",Head of Finance') and not two
given names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from redaction.spans import EntitySpan

__all__ = ["joined_inverted_names"]

_PERSON = "PERSON"
_COMMA = ", "
_LIST_GOES_ON = re.compile(r"(?:,[ ]+[^\W\d_]+)?[ ]+(?:and|&|or)[ ]")
_ONE_WORD = re.compile(r"[^\W\d_][^\W\d_'\u2019-]*")
# A quoted CSV cell is an item too: '"Nwosu, Oluwaseun",Head of Finance'.
_ITEM_BEFORE = re.compile(r'(?:^|\n|[:;][ ]*|(?:^|\n|,)")[ \t]*\Z')
_ITEM_AFTER = re.compile(r'[ \t]*(?:;|\n|\Z|\.(?:\s|\Z))|"(?:,|\n|\Z)')
_ITEM_REACH = 4


def joined_inverted_names(
    text: str,
    spans: Sequence[EntitySpan],
    is_given_name: Callable[[str], bool],
) -> list[EntitySpan]:
    """``spans`` with each "Surname, Given" pair of PERSON spans made one."""
    ordered = sorted(spans, key=lambda span: (span.start, span.end))
    joined: list[EntitySpan] = []
    for span in ordered:
        previous = joined[-1] if joined else None
        if previous is not None and _is_inverted_pair(
            text, previous, span, is_given_name
        ):
            joined[-1] = replace(previous, end=span.end, canonical=None)
            continue
        joined.append(span)
    return joined


def _is_inverted_pair(
    text: str,
    surname: EntitySpan,
    given: EntitySpan,
    is_given_name: Callable[[str], bool],
) -> bool:
    if surname.entity_type != _PERSON or given.entity_type != _PERSON:
        return False
    if text[surname.end : given.start] != _COMMA:
        return False
    first, second = text[surname.start : surname.end], text[given.start : given.end]
    if (
        _ONE_WORD.fullmatch(first) is None
        or _ONE_WORD.fullmatch(second) is None
        or _LIST_GOES_ON.match(text, given.end) is not None
        or is_given_name(first)
    ):
        return False
    is_item = (
        _ITEM_BEFORE.search(text, max(0, surname.start - _ITEM_REACH), surname.start)
        is not None
        and _ITEM_AFTER.match(text, given.end) is not None
    )
    return is_given_name(second) or is_item
