"""A finding's edges without the quotes and brackets around the value.

The model and the patterns sometimes take in a closing quote or bracket
("Milestone 'Preparation Phase'", "2026-11-30)"). The vault keeps the
first spelling it is given for a value, so the same value found once with
and once without the mark would come back with the mark doubled when the
text is restored ("Phase''"). A quote at a name's edges is trimmed; any
other edge bracket or quote only when its partner is not inside the span.
White space at either edge is trimmed too: the model sometimes takes in the
line break after a name ("Dear Dear\n"), and masking it would join two
lines of the text. A name's possessive "'s" is no part of the name, nor
is a pronoun's contraction before it ("I'm Abelardo Trevisano").
"""

from __future__ import annotations

import re
from dataclasses import replace

from redaction.spans import EntitySpan

__all__ = ["without_contraction", "without_possessive", "without_stray_marks"]

_NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
_QUOTES = "'\"\u2018\u2019\u201c\u201d"
_PAIRS = {")": "(", "]": "[", "}": "{", "\u2019": "\u2018", "\u201d": "\u201c"}
_OPENING = {opener: closer for closer, opener in _PAIRS.items()}
_LEADING_CONTRACTION = re.compile(
    r"(?i:i|you|we|they|he|she)['\u2019](?i:m|re|ve|ll|d|s)[ ]+(?=\S)"
)


def without_stray_marks(text: str, span: EntitySpan) -> EntitySpan | None:
    """``span`` trimmed of edge space, quotes and unpaired brackets; None if empty."""
    start, end = span.start, span.end
    is_name = span.entity_type in _NAME_TYPES
    while end > start and _is_stray_end(text, start, end, is_name=is_name):
        end -= 1
    while end > start and _is_stray_start(text, start, end, is_name=is_name):
        start += 1
    if start >= end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return replace(span, start=start, end=end)


def _is_stray_end(text: str, start: int, end: int, *, is_name: bool) -> bool:
    mark = text[end - 1]
    if mark.isspace():
        return True
    if is_name and mark in _QUOTES:
        return True
    opener = _PAIRS.get(mark)
    return opener is not None and opener not in text[start : end - 1]


def _is_stray_start(text: str, start: int, end: int, *, is_name: bool) -> bool:
    mark = text[start]
    if mark.isspace():
        return True
    if is_name and mark in _QUOTES:
        return True
    closer = _OPENING.get(mark)
    return closer is not None and closer not in text[start + 1 : end]


def without_possessive(text: str, span: EntitySpan) -> EntitySpan:
    """ "Megan Smith's" is masked as "Megan Smith": the "'s" is no part of it."""
    if span.length < 4:
        return span
    if text[span.end - 1] in "sS" and text[span.end - 2] in "'\u2019":
        return replace(span, end=span.end - 2)
    return span


def without_contraction(text: str, span: EntitySpan) -> EntitySpan:
    """ "I'm Abelardo Trevisano" is masked as "Abelardo Trevisano"."""
    found = _LEADING_CONTRACTION.match(text, span.start, span.end)
    return span if found is None else replace(span, start=found.end())
