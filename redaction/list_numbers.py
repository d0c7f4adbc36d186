"""A list's number glued to the name after it is read apart by the model.

"1.Megan Rivers 2.Ivo Brannigan": spaCy's tokenizer keeps "1.Megan" as one
token, and the model never reads such a token as a name. For the model only,
the full stop between a list's number and a word in title case is read as
a space. The text keeps its length, so every offset still points into the
caller's text; the pattern recognizers read the caller's text unchanged.
Version numbers ("17.0"), dotted references ("INV.2024") and capitals
("1.JANSEN/SJOERD", see ``recognizers.passenger_names``) are left alone.
A name found with the list number before it is masked without the number.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redaction.spans import EntitySpan

__all__ = ["spaced_list_numbers", "without_list_number"]

_GLUED = re.compile(r"(?<![\w.])(\d{1,3})\.(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")
_LEADING = re.compile(r"\d{1,3}[.)][ ]?(?=[^\W\d_])")
_NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})


def spaced_list_numbers(text: str) -> str:
    """``text`` with a space for the full stop of each glued list number."""
    return _GLUED.sub(lambda number: number.group(1) + " ", text)


def without_list_number(text: str, span: EntitySpan) -> EntitySpan:
    """A name's span without the list number it begins with ("1.JANSEN/SJOERD"
    as "JANSEN/SJOERD", "2) Megan Rivers" as "Megan Rivers")."""
    number = _LEADING.match(text, span.start, span.end)
    if span.entity_type not in _NAME_TYPES or number is None:
        return span
    return replace(span, start=number.end())
