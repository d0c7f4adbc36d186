"""People's names that are part of an address: places, not people.

The model reads street and town names as people. A PERSON span inside a
street or postcode line the analyzer found, right after one ("Apt.
864\nArtilleros"), right before a house number ("Dalmatinova 43"), or
opening with a street word ("Rua Oscar Freire") becomes LOCATION.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from redaction.folding import WORD, fold_key
from redaction.name_context import cities_named_like_people
from redaction.recognizers.pattern_data import words
from redaction.spans import EntitySpan, filled_line

__all__ = ["places_in_addresses"]

_PERSON = "PERSON"
_LOCATION = "LOCATION"
# Separators, and the marks that open quoted or bulleted address lines.
_BETWEEN_ADDRESS_PARTS = re.compile(
    r"(?:[\s,;>?*\u2022\u00b7]|(?i:(?:\d+(?:st|nd|rd|th)|ground|first|second|third"
    r"|fourth|fifth|top)[ ]+floor\b))*"
)
# A house number after a street's name: "Dalmatinova 43", "Miła 57a, ...",
# "Ilichova 23 Suite 274"; not a year ("Holst 2024") nor a count or amount
# ("Megan Holst 12 hours", "Paid Jan 250 EUR").
_HOUSE_NUMBER = re.compile(
    r"[ ]\d{1,4}[a-zA-Z]?"
    r"(?=[ ]*(?:$|[,;)\n]|\.(?!\d)|(?i:apt|suite|st|street|floor|unit|box)\b))"
)
_YEAR = re.compile(r"[ ](?:19|20)\d\d\b")
_COMMA = re.compile(r",[ ]+")
_COMMA_LINE_AFTER = re.compile(r"[ \t]*\n[ \t]*,")
_POSTCODE_ENDING_THE_LINE = re.compile(
    r",?[ ]+(?:[^\W\d_]{2,3}[ ]+)?(?!(?:19|20)\d\d\b)\d{3,5}(?:[ -]\d{2,4})?"
    r"[ \t]*(?:\n|\Z)"
)
_STREET_CROSSING_AFTER = re.compile(
    r"[ ]+and[ ]+(?:[A-ZÀ-Þ][^\W\d_]*[ ]+){0,3}[^\W\d_]+[ ]+\d{1,4}[a-z]?"
    r"(?=[ \t]*(?:[,.?!;\n]|\Z))"
)


@cache
def _street_words_before() -> frozenset[str]:
    """Street words written before the street's name ("Rua", "Avenida"),
    less those that are surnames too: an Italian record writes the surname
    first ("Corso Leandro")."""
    surnames = frozenset(words("street_words_before_also_surnames"))
    return frozenset(words("street_words_before")) - surnames


def places_in_addresses(
    text: str, spans: list[EntitySpan], is_first_name: Callable[[str], bool]
) -> list[EntitySpan]:
    """A PERSON that is part of an address is a place.

    The model reads street and town names as people: a PERSON span inside
    a street or postcode line, right after one ("Apt. 864\nArtilleros",
    "Apt 301, second floor, Jackson"), right before a house number
    ("Dalmatinova 43"), or opening with a street word ("Rua Oscar Freire")
    becomes LOCATION. So does a line with no census first name right above
    a line that is a place ("Chiclana de la Frontera\nSpain"): a town over
    its country. A person's line above a town ("Ana Ruiz\nMadrid") keeps
    its first name. A city named like a person before a comma and a place
    is a place ("flies to Warren, USA"), and so is a town's or region's
    line by its marks (``_is_town_line``).
    """
    lines = [
        (span.start, span.end)
        for span in spans
        if span.entity_type == _LOCATION
        and any(char.isdigit() for char in text[span.start : span.end])
    ]
    place_lines = {
        line[0]
        for line in (filled_line(text, s) for s in spans if s.entity_type == _LOCATION)
        if line is not None
    }
    place_starts = {s.start for s in spans if s.entity_type == _LOCATION}
    return [
        span.retyped(_LOCATION)
        if span.entity_type == _PERSON
        and (
            _is_in_address(text, span, lines)
            or _is_above_a_place(text, span, place_lines, is_first_name)
            or _is_city_before_a_place(text, span, place_starts)
            or _is_town_line(text, span, is_first_name)
        )
        else span
        for span in spans
    ]


def _is_town_line(
    text: str, span: EntitySpan, is_first_name: Callable[[str], bool]
) -> bool:
    """A town's or region's line of an address, by its marks: the line
    opens with a comma (", Nan\n 00617"), the next line does ("Garður\n,
    NC"), or a postcode ends the line after the name ("Lyss, BE 50662",
    "ANNERSTAD 340 12"), the name having no census first name; or the name
    is joined by "and" to a street and its number, a crossing ("Maarit and
    Hersnapvej 75")."""
    line_start = text.rfind("\n", 0, span.start) + 1
    if text[line_start : span.start].strip() == ",":
        return True
    names = WORD.findall(text, span.start, span.end)
    if any(is_first_name(word) for word in names):
        return False
    return bool(
        _COMMA_LINE_AFTER.match(text, span.end)
        or _POSTCODE_ENDING_THE_LINE.match(text, span.end)
        or _STREET_CROSSING_AFTER.match(text, span.end)
    )


def _is_city_before_a_place(
    text: str, span: EntitySpan, place_starts: set[int]
) -> bool:
    """A city named like a person before a comma and a place ("flies to
    Warren, USA")."""
    comma = _COMMA.match(text, span.end)
    return (
        comma is not None
        and comma.end() in place_starts
        and fold_key(text[span.start : span.end]) in cities_named_like_people()
    )


def _is_above_a_place(
    text: str,
    span: EntitySpan,
    place_lines: set[int],
    is_first_name: Callable[[str], bool],
) -> bool:
    line = filled_line(text, span)
    return (
        line is not None
        and line[1] + 1 in place_lines
        and not any(is_first_name(word) for word in WORD.findall(text, *line))
    )


def _is_in_address(text: str, span: EntitySpan, lines: list[tuple[int, int]]) -> bool:
    if _HOUSE_NUMBER.match(text, span.end) and not _YEAR.match(text, span.end):
        return True
    first, _, rest = text[span.start : span.end].partition(" ")
    if rest and first in _street_words_before():
        return True
    return any(
        (start < span.end and span.start < end)
        or (
            end <= span.start
            and _BETWEEN_ADDRESS_PARTS.fullmatch(text, end, span.start) is not None
        )
        for start, end in lines
    )
