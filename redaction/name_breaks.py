"""A person's name does not run over a line break or a sentence's end.

The model and the name rules sometimes read on past a name: "Larissa.
Absent: Tom" gives "Larissa. Absent", "We need Plan B. Next steps" gives
"Plan B. Next", and a greeting line joins the next line's first word. A
PERSON span is cut where it crosses a line break, the end of a quoted
field ('"Nwosu, Oluwaseun",Head'), a long dash between spaces ("re: Ly
-- Élodie wants"; a hyphen is left: "Dean - Rose found" is two people,
whose pieces alone would read as words), an arrow ("Rotterdam → Preston"),
or a full stop, "!" or "?" followed
by a capitalised word, unless the words on both sides are name words
("Anna-Lena\nKowalczyk" written over two lines), a title ("Dr. Nolan")
or an initial ("J. Smith") stands before a word that may be a name, a
particle ("G. De Luca") or an elided one ("S. O'Connor"). Each piece
keeps the span's type and score; the name typer then drops a piece of
only dictionary or common words ("Absent").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from redaction.folding import fold_key
from redaction.name_titles import name_titles
from redaction.package_data import read_string_list
from redaction.spans import EntitySpan

__all__ = ["NameBreaks"]

# A line break, or a sentence's end before a capitalised word. The group
# "cut" is what stays out of both pieces.
_BREAK = re.compile(
    r"(?P<cut>[ \t]*\r?\n[\s]*|[.!?][ \t]+|[\"\u201d][ \t]*[,;|\t][ \t]*"
    r"|[ \t]+(?:--|[\u2013\u2014])[ \t]+|[ \t]*(?:\u2192|->)[ \t]*)(?=\S)"
)
_DASHES = "-\u2013\u2014"
_ARROWS = "\u2192"
_FIELD_ENDS = '"\u201d'
_LAST_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*\Z")
_FIRST_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_PERSON = "PERSON"
# A surname with an elided particle: "O'Connor", "D'Souza".
_ELIDED_PARTICLE = re.compile(r"[A-Z]['\u2019][A-Z]")
# Left at a piece's end by the cut: "Hello Bartholomew -\nGood".
_TRAILING_MARKS = " \t-\u2013\u2014,;:"


class NameBreaks:
    """Cuts PERSON spans at line breaks and sentence ends between non-names."""

    def __init__(
        self,
        is_name_word: Callable[[str], bool],
        is_plain_word: Callable[[str], bool],
        is_census_name: Callable[[str], bool] = lambda word: False,
    ) -> None:
        """``is_name_word``: only a name could be this word ("Bartholomew",
        not "Will"); ``is_plain_word``: a common or dictionary word that is
        no census name ("Next", "What"; not "Smith"); ``is_census_name``: on
        the census lists, even when a common word ("Baker").
        """
        self._is_name_word = is_name_word
        self._is_plain_word = is_plain_word
        self._is_census_name = is_census_name
        self._titles = name_titles()
        self._particles = frozenset(read_string_list("patterns.json", "name_particles"))

    def split(self, text: str, span: EntitySpan) -> list[EntitySpan]:
        """``span`` as one or more pieces, in order; others pass unchanged."""
        if span.entity_type != _PERSON:
            return [span]
        pieces: list[EntitySpan] = []
        start = span.start
        for found in _BREAK.finditer(text, span.start, span.end):
            cut_start, cut_end = found.span("cut")
            if not self._is_break(text, start, cut_start, cut_end, span.end):
                continue
            piece_end = _without_trailing_marks(text, start, cut_start)
            if piece_end > start:
                pieces.append(replace(span, start=start, end=piece_end))
            start = cut_end
        if start == span.start:
            return [span]
        if start < span.end:
            pieces.append(replace(span, start=start, end=span.end))
        return pieces

    def _is_break(
        self, text: str, start: int, cut_start: int, cut_end: int, end: int
    ) -> bool:
        """Whether the text between the two pieces ends the name."""
        cut = text[cut_start:cut_end]
        if cut[:1] in _FIELD_ENDS or cut.strip(" \t")[:1] in _DASHES + _ARROWS:
            return True  # a field's end ('"Nwosu, Oluwaseun",Head', "Ly -- Élodie")
        after = _FIRST_WORD.match(text, cut_end, end)
        if "\n" not in cut and (after is None or not after.group(0)[0].isupper()):
            # "Dr. smith" or "St. 5": no sentence starts here.
            return False
        before = _LAST_WORD.search(text, start, cut_start)
        if before is None or after is None:
            return True
        left, right = before.group(0), after.group(0)
        if "\n" not in cut and fold_key(left) in self._titles:
            return False  # "Dr. Nolan"
        if len(left) == 1 and left.isupper() and "\n" not in cut:
            # An initial ends no sentence before a name or another initial:
            # "J. Smith", "D. Baker", "S. T. Fisher"; "Plan B. Next" does.
            if len(right) == 1 and right.isupper():
                return False
            if right.lower() in self._particles or _ELIDED_PARTICLE.match(right):
                return False  # "G. De Luca", "S. O'Connor"
            return self._is_plain_word(right) and not self._is_census_name(right)
        return not (self._is_name_word(left) and self._is_name_word(right))


def _without_trailing_marks(text: str, start: int, end: int) -> int:
    """Where ``[start, end)`` ends once spaces, dashes and commas are off."""
    while end > start and text[end - 1] in _TRAILING_MARKS:
        end -= 1
    return end
