"""Month and weekday words written as a date: "16 Jan 2025", "since Thu".

"Jan", "May", "Sun" and "June" are first names too. Beside a number, after
a word that announces a time ("in", "since", "until", "next", "every"...)
opening a range after "from" ("from Jan to Mar") or as a line's label
before a number or a cell ("Mon: 4h call", "Jan<TAB>$1,200") they are a
date, not a person; "a mail from Jan" and "Jan: can you check?" are a
person's. A weekday written in full is a date after "by", "on", "for" or
"due" too ("submit by Sunday"; not "requested by Sunday", "by Sunday
Okafor"); a month is not ("approved by June").

Months of German, Dutch, French, Spanish, Italian and Portuguese are dates
after a day ("12. Juni", "14 juni", "12 de junio"), before a year ("Mai
2025") or after a word of time ("im Juni"); "Julio" and "Mai" are names
too, so a number after them is not enough.
"""

from __future__ import annotations

import re
from functools import cache

from redaction.folding import WORD, fold_key
from redaction.package_data import read_string_list

__all__ = ["date_and_month_words", "is_date_word"]

_NUMBER_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?[ .,/-]{0,2}\Z")
_NUMBER_AFTER = re.compile(r"[ .,/-]{0,2}\d")
_DAY_BEFORE = re.compile(r"\d(?:er|º|ª)?\.?[ ]+(?:(?i:de)[ ]+)?\Z")
_YEAR_AFTER = re.compile(r"[ ]+\d{4}\b")
_DAY_REACH = 8
_REACH = 6
_TIME_WORD_BEFORE = re.compile(
    r"(?i:\b(?:in|since|until|till|before|after|during|next|last|this|"
    r"every|each|early|late|mid|end of|start of|ce|le|am|im|seit|bis|ab|"
    r"(?:moved|postponed|pushed|shifted|rescheduled|delayed)[ ]+to))[ ]+\Z"
)
_TIME_REACH = 20
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
# "submit by Sunday"; after a participle "by" names who did it ("requested
# by Sunday"), and "from" is a person's ("a call from Sunday") unless it
# opens a range (above).
_WEEKDAY_TIME_WORD_BEFORE = re.compile(
    r"(?i:(?<!ed[ ])(?<!done[ ])(?<!sent[ ])\bby|\bon|\bfor|\bdue)[ ]+\Z"
)
_CAPITALISED_AFTER = re.compile(r"[ ]+[A-Z]")
# "from Jan to Mar" is a date; "a mail from Jan" is a person's.
_FROM_BEFORE = re.compile(r"(?i:\bfrom)[ ]+\Z")
_RANGE_AFTER = re.compile(r"[ ]*(?:-|\u2013|to\b|until\b|onwards\b)")
_LINE_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t>*-]*\Z")
_LINE_LABEL_AFTER = re.compile(r"[ ]?(?:[\t|;]|:[ ]*\d)")
# "Summer, autumn and winter rates": a season listed with another is no name.
_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
_LISTED_AFTER = re.compile(
    r"(?:[ ]*,[ ]*(?:(?:and|or)[ ]+)?|[ ]+(?:and|or|to)[ ]+|[ ]*[/&][ ]*)"
    r"(?P<next>[^\W\d_]+)"
)


@cache
def _date_words() -> frozenset[str]:
    """Months, their abbreviations and weekdays, in English."""
    return frozenset(read_string_list("patterns.json", "date_words")) | frozenset(
        read_string_list("patterns.json", "months")
    )


@cache
def date_and_month_words() -> frozenset[str]:
    """Months and weekdays in English and the other languages listed."""
    return _date_words() | frozenset(
        read_string_list("patterns.json", "foreign_date_words")
    )


@cache
def _foreign_months() -> frozenset[str]:
    return frozenset(read_string_list("patterns.json", "foreign_months"))


def is_date_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a month or weekday written as a date,
    or a season listed with another (also in the span: "Summer, autumn")."""
    keys = [fold_key(word) for word in WORD.findall(text, start, end)]
    if len(keys) > 1 and all(key in _SEASONS for key in keys):
        return True
    key = fold_key(text[start:end].rstrip("."))
    if key in _SEASONS:
        listed = _LISTED_AFTER.match(text, end)
        return listed is not None and fold_key(listed.group("next")) in _SEASONS
    if key in _foreign_months():
        return _is_foreign_month_date(text, start, end)
    if key not in _date_words():
        return False
    before = text[max(0, start - _REACH) : start]
    return (
        _NUMBER_BEFORE.search(before) is not None
        or _NUMBER_AFTER.match(text, end) is not None
        or _after_time_word(text, start)
        or (
            key in _WEEKDAYS
            and _WEEKDAY_TIME_WORD_BEFORE.search(text, max(0, start - _REACH), start)
            is not None
            and _CAPITALISED_AFTER.match(text, end) is None
        )
        or (
            _FROM_BEFORE.search(text, max(0, start - _REACH), start) is not None
            and _RANGE_AFTER.match(text, end) is not None
        )
        or (
            _LINE_LABEL_BEFORE.search(text, max(0, start - _REACH), start) is not None
            and _LINE_LABEL_AFTER.match(text, end) is not None
        )
    )


def _is_foreign_month_date(text: str, start: int, end: int) -> bool:
    """A month of another language after a day, before a year or after a
    word of time."""
    return (
        _DAY_BEFORE.search(text, max(0, start - _DAY_REACH), start) is not None
        or _YEAR_AFTER.match(text, end) is not None
        or _after_time_word(text, start)
    )


def _after_time_word(text: str, start: int) -> bool:
    """Whether a word that announces a time stands before ``start``."""
    window = max(0, start - _TIME_REACH)
    return _TIME_WORD_BEFORE.search(text, window, start) is not None
