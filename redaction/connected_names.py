"""Two parts of one name with a particle between them are one name.

Iberian, Arabic, German and Dutch names hold a particle or a connector
between their parts: "Mercedes Gutiérrez y Quiroga", "Gonçalo Gonçalves
das Neves", "Youssef bint Hamad". The model often finds the parts on
either side as two names and leaves the word between them readable. Two
PERSON spans with only a particle between them are joined into one, and
so is a PERSON span and one word after the particle that the model read as
a firm or a place ("Gutiérrez y Quiroga" has "Quiroga" a firm). A
connector that also means "and" ("y", "e", "i") joins only after a name
of two words or more, so that "María y José" stay two people. A nickname
in quotes or brackets between a given name and a surname ('Rachel "Sunny"
Ashworth', "Emily (Chema) Carter") is part of the name too: the span grows
over it and over the surname after it, found or not, when that word may
be a surname.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from redaction.spans import EntitySpan

__all__ = ["joined_across_particles"]

_PERSON = "PERSON"
_NAME_TYPES = frozenset({_PERSON, "ORGANIZATION", "LOCATION"})
_PARTICLE_GAP = re.compile(
    r"[ ]+(?P<particle>da|das|de|del|della|der|des|di|do|dos|du|la|le|van|von|"
    r"vom|zu|zum|zur|ten|ter|bin|bint|ibn|ben|al|el|ap|y|e|i)[ ]+"
)
_AND = frozenset({"y", "e", "i"})
_NICKNAME = r"[ ]+[\"'\u201c\u2018(][A-Z][A-Za-z]+[\"'\u201d\u2019)][ ]+"
_NICKNAME_GAP = re.compile(_NICKNAME)
_MARKS = "\u02bb'\u2019"  # an okina or an apostrophe opening a surname
_NICKNAME_THEN_SURNAME = re.compile(
    _NICKNAME + r"(?P<surname>[\u02bb'\u2019]?[A-ZÀ-ÖØ-Þ][\w'\u2019\u02bb-]*)"
)


def joined_across_particles(
    text: str, spans: Sequence[EntitySpan], may_be_surname: Callable[[str], bool]
) -> list[EntitySpan]:
    """``spans`` with each pair of PERSON spans a particle joins made one,
    and each name grown over a nickname and the surname after it;
    ``may_be_surname`` tells a word that may be a surname ("Ashworth")."""
    ordered = sorted(spans, key=lambda span: (span.start, span.end))
    joined: list[EntitySpan] = []
    grown_from = -1  # where the last span's nickname and surname begin
    for span in ordered:
        previous = joined[-1] if joined else None
        if previous is not None and grown_from <= span.start < previous.end:
            # the nickname or surname the last name grew over
            joined[-1] = replace(previous, end=max(previous.end, span.end))
            continue
        if previous is not None and _is_joined(text, previous, span):
            joined[-1] = replace(previous, end=span.end, canonical=None)
            continue
        grown = _with_nickname(text, span, may_be_surname)
        grown_from = span.end if grown is not span else len(text) + 1
        joined.append(grown)
    return joined


def _with_nickname(
    text: str, span: EntitySpan, may_be_surname: Callable[[str], bool]
) -> EntitySpan:
    """A PERSON span grown over a nickname and the surname after it."""
    if span.entity_type != _PERSON:
        return span
    found = _NICKNAME_THEN_SURNAME.match(text, span.end)
    if found is None or not may_be_surname(found.group("surname").lstrip(_MARKS)):
        return span
    return replace(span, end=found.end(), canonical=None)


def _is_joined(text: str, first: EntitySpan, second: EntitySpan) -> bool:
    if first.entity_type != _PERSON or second.entity_type not in _NAME_TYPES:
        return False
    if second.entity_type != _PERSON and " " in text[second.start : second.end]:
        return False  # "Quiroga" read as a firm joins; "de Brix Logistics" not
    if _NICKNAME_GAP.fullmatch(text, first.end, second.start):
        return True
    gap = _PARTICLE_GAP.fullmatch(text, first.end, second.start)
    if gap is None:
        return False
    if gap.group("particle") in _AND:
        return len(text[first.start : first.end].split()) >= 2
    return True
