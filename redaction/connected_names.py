"""Two parts of one name with a particle between them are one name.

Iberian, Arabic, German and Dutch names hold a particle or a connector
between their parts: "Mercedes Gutiérrez y Quiroga", "Gonçalo Gonçalves
das Neves", "Youssef bint Hamad". The model often finds the parts on
either side as two names and leaves the word between them readable. Two
PERSON spans with only a particle between them are joined into one when
the second is one surname ("María López y José Pérez" are two people);
after a connector that surname may be one the model read as a firm
("Gutiérrez y Quiroga" has "Quiroga" a firm; not "Ana Souza do
Financeiro"). A connector that also means "and" ("y", "e", "i") joins only
after a name of two words or more, so that "María y José" stay two
people. A nickname in quotes or brackets between a given name and a
surname ('Rachel "Sunny" Ashworth', "Emily (Chema) Carter") is part of the
name too: the span grows over it and over the surname after it, found or
not, when that word may be a surname.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from redaction.recognizers.pattern_data import particle_alternation, particles
from redaction.recognizers.pattern_data import words as word_list
from redaction.spans import EntitySpan

__all__ = ["joined_across_particles"]

_PERSON = "PERSON"
_JOINED_TYPES = frozenset({_PERSON, "ORGANIZATION"})
_NICKNAME_WORD = re.compile(r"[A-Z][a-z]+")
_AND = frozenset({"y", "e", "i"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_MARKS = "\u02bb'\u2019"  # an okina or an apostrophe opening a surname


@dataclass(frozen=True)
class _Grammar:
    """The particles of ``patterns.json`` and the patterns built on them."""

    patronymic: frozenset[str]
    team_words: frozenset[str]
    particle_gap: re.Pattern[str]
    particle_word: re.Pattern[str]
    nickname_gap: re.Pattern[str]
    nickname_then_surname: re.Pattern[str]


@cache
def _grammar() -> _Grammar:
    connecting = particle_alternation("connecting")
    # A nickname in quotes or brackets, and the particles of the surname after.
    nickname = (
        r"[ ]+[\"'\u201c\u2018(][A-Z][a-z]+[\"'\u201d\u2019)][ ]+"
        r"(?:(?:" + connecting + r")[ ]+){0,2}"
    )
    return _Grammar(
        patronymic=particles("patronymic"),
        team_words=frozenset(word_list("team_words")),
        particle_gap=re.compile(r"[ ]+(?P<particle>" + connecting + r"|y|e|i)[ ]+"),
        particle_word=re.compile(connecting),
        nickname_gap=re.compile(nickname),
        nickname_then_surname=re.compile(
            nickname + r"(?P<surname>[\u02bb'\u2019]?[^\W\d_][\w'\u2019\u02bb-]*)"
        ),
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
    found = _grammar().nickname_then_surname.match(text, span.end)
    if found is None or not _is_nickname(text, span.end):
        return span
    surname = found.group("surname").lstrip(_MARKS)
    if not surname[:1].isupper() or not may_be_surname(surname):
        return span
    return replace(span, end=found.end(), canonical=None)


def _is_joined(text: str, first: EntitySpan, second: EntitySpan) -> bool:
    """Whether ``second`` is the rest of ``first``'s name: a surname after a
    particle or a nickname. The surname is one word, a firm's reading of it
    too ("Quiroga"), no place ("Anna Hansen i Oslo"); after an Arabic
    patronymic particle more words may follow ("bint Hamad Abdel-Aziz")."""
    if first.entity_type != _PERSON or second.entity_type not in _JOINED_TYPES:
        return False
    grammar = _grammar()
    if grammar.nickname_gap.fullmatch(text, first.end, second.start):
        return second.entity_type == _PERSON and _is_nickname(text, first.end)
    gap = grammar.particle_gap.fullmatch(text, first.end, second.start)
    if gap is None:
        return False
    particle = gap.group("particle")
    is_one_word = _is_one_surname(text[second.start : second.end])
    if particle in grammar.patronymic:
        return is_one_word or second.entity_type == _PERSON
    if not is_one_word:
        return False  # "María López y José Pérez", "Costa do Banco Central"
    if particle in _AND:
        return len(text[first.start : first.end].split()) >= 2
    return second.entity_type == _PERSON  # not "Souza do Financeiro"


def _is_nickname(text: str, start: int) -> bool:
    """Whether the quoted or bracketed word at ``start`` reads as a nickname:
    a capital and lower case ("Sunny", "Chema"), no word in capitals ("IT",
    "VIP") and no team ("Ops", "Sales")."""
    nickname = _NICKNAME_WORD.search(text, start)
    return (
        nickname is not None and nickname.group(0).lower() not in _grammar().team_words
    )


def _is_one_surname(name: str) -> bool:
    """Whether ``name`` is one surname, with its particles and a suffix
    ("Arrieta", "dos Santos", "Arrieta Sr."); not "José Pérez"."""
    words = [word for word in name.split() if word.rstrip(".").lower() not in _SUFFIXES]
    while len(words) > 1 and _grammar().particle_word.fullmatch(words[0]):
        words.pop(0)
    return len(words) == 1
