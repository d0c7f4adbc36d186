"""Month and weekday words written as part of a date: "16 Jan 2025", "Thu 26 Sep".

"Jan", "May", "Sun" and "June" are first names too; beside a number
they are a date, not a person.
"""

from __future__ import annotations

import re
from functools import cache

from redaction.folding import fold_key
from redaction.package_data import read_string_list

__all__ = ["is_date_word"]

_NUMBER_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?[ .,/-]{0,2}\Z")
_NUMBER_AFTER = re.compile(r"[ .,/-]{0,2}\d")
_REACH = 6


@cache
def _date_words() -> frozenset[str]:
    return frozenset(read_string_list("patterns.json", "date_words"))


def is_date_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a month or weekday beside a number."""
    if fold_key(text[start:end].rstrip(".")) not in _date_words():
        return False
    before = text[max(0, start - _REACH) : start]
    return (
        _NUMBER_BEFORE.search(before) is not None
        or _NUMBER_AFTER.match(text, end) is not None
    )
