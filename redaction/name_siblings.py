"""The other items of a list that holds a person: people too, if they look it.

A list puts like with like. In "Attendees: Wlodarczyk, <person>, ..." or
"a) <person> b) Wlodarczyk" the items beside a found person are people
when they read as names. Two kinds of list are followed:

- items joined by a comma, "and", "or", "&" or "/" ("Oyelaran, Jan and
  Piet"); a sibling found this way can lead to the next one;
- items after list marks of one kind ("1.", "2)", "b)", "-", "*", "•"):
  when a found person opens an item, the words opening the other items of
  that kind are checked.

An item's name is the run of up to three name words nearest the person or
the mark: capitalised words of letters, lower case after the first letter
(no acronym, no "GitHub"), that no dictionary, allowed term, place word or
organisation word knows. So "Thanks Wlodarczyk, <person>" gives
"Wlodarczyk", and "- Review budget" or "Odoo, <person>" give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from redaction.name_words import UnknownWords
from redaction.spans import EntitySpan

__all__ = ["NameSiblings"]

_PERSON = "PERSON"
_SCORE = 0.5
_MAX_WORDS = 3
_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ɏ][^\W\d_]+(?:['\u2019-][^\W\d_]+)*"
_SEPARATOR = (
    r"(?:[ \t]*,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+|[ \t]*/[ \t]*)"
)
_INITIAL = r"[A-ZÀ-ÖØ-Þ]\.[ ]?"
_RIGHT = re.compile(
    rf"{_SEPARATOR}((?:{_INITIAL})?(?:{_WORD})(?:[ ]{_WORD}){{0,{_MAX_WORDS - 1}}})"
)
_LEFT = re.compile(
    rf"((?:{_INITIAL})?(?:{_WORD}[ ]){{0,{_MAX_WORDS - 1}}}{_WORD}){_SEPARATOR}\Z"
)
_LEADING_INITIAL = re.compile(_INITIAL)
_TRAILING_INITIAL = re.compile(rf"(?<![\w.]){_INITIAL}\Z")
_NAME_WORD = re.compile(_WORD)
# A list mark right before a found person: a number or letter anywhere
# ("a) Jan b) Piet"), a bullet only at a line's start.
_MARK_BEFORE = re.compile(
    r"(?:(?:^|(?<=\s))(\d{1,3}[.)]|[a-z]\))|(?:^|(?<=\n))[ \t]*([-*•]))[ \t]+\Z"
)
_REACH = 48


class NameSiblings:
    """Finds the name-like items listed beside found people."""

    def __init__(
        self, unknown: UnknownWords, is_first_name: Callable[[str], bool]
    ) -> None:
        self._unknown = unknown
        self._is_first_name = is_first_name

    def find(self, text: str, spans: Sequence[EntitySpan]) -> list[EntitySpan]:
        """New PERSON spans for the siblings of the PERSON spans in ``spans``."""
        covered = bytearray(len(text))
        for span in spans:
            covered[span.start : span.end] = b"\x01" * span.length
        people = [(s.start, s.end) for s in spans if s.entity_type == _PERSON]
        found: list[tuple[int, int]] = []
        frontier = people
        while frontier:
            fresh = [
                item
                for start, end in frontier
                for item in self._joined(text, start, end)
                if not any(covered[item[0] : item[1]])
            ]
            for start, end in fresh:
                covered[start:end] = b"\x01" * (end - start)
            found.extend(fresh)
            frontier = fresh
        kinds = {
            kind
            for start, _ in [*people, *found]
            if (kind := _mark_before(text, start))
        }
        for kind in sorted(kinds):
            for item in self._marked(text, kind):
                if not any(covered[item[0] : item[1]]):
                    covered[item[0] : item[1]] = b"\x01" * (item[1] - item[0])
                    found.append(item)
        return [EntitySpan(_PERSON, s, e, _SCORE) for s, e in sorted(set(found))]

    def _joined(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The items joined to ``[start, end)`` by a separator, either side."""
        out: list[tuple[int, int]] = []
        after = _RIGHT.match(text, end, min(len(text), end + _REACH))
        if after is not None:
            item = self._leading_name(text, after.start(1), after.end(1))
            if item:
                out.append(item)
        window = max(0, start - _REACH)
        before = _LEFT.search(text[window:start])
        if before is not None:
            item = self._trailing_name(
                text, window + before.start(1), window + before.end(1)
            )
            if item:
                out.append(item)
        return out

    def is_name(self, word: str) -> bool:
        """Name-like, or a census first name, even one that is a word too
        ("Faith and <person>")."""
        if self._unknown.is_name_like(word):
            return True
        return (
            self._unknown.has_dictionary
            and word[1:].islower()
            and not self._unknown.is_known(word)
            and self._is_first_name(word)
        )

    def _marked(self, text: str, kind: str) -> list[tuple[int, int]]:
        """Names opening the items of the lists marked by ``kind``."""
        out = []
        for mark in re.finditer(_mark_pattern(kind), text):
            name_end = min(len(text), mark.end() + _REACH)
            item = self._leading_name(text, mark.end(), name_end)
            if item:
                out.append(item)
        return out

    def _leading_name(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The run of name words that opens ``text[start:end]``, with the
        initial before it ("M. Farrow")."""
        initial = _LEADING_INITIAL.match(text, start, end)
        words_from = initial.end() if initial else start
        last = None
        for count, word in enumerate(_NAME_WORD.finditer(text, words_from, end)):
            expected = words_from if last is None else last + 1
            if count >= _MAX_WORDS or word.start() != expected:
                break
            # After an initial any capitalised word is the surname ("M. Farrow").
            if not (initial and last is None) and not self.is_name(word.group(0)):
                break
            last = word.end()
        return None if last is None else (start, last)

    def _trailing_name(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The run of name words that closes ``text[start:end]``, with the
        initial before it."""
        words = list(_NAME_WORD.finditer(text, start, end))
        first = None
        for word in reversed(words):
            if first is not None and word.end() + 1 != first:
                break
            initial = _TRAILING_INITIAL.search(text, start, word.start())
            if initial and first is None:
                return initial.start(), end  # "M. Farrow": any surname.
            if not self.is_name(word.group(0)):
                break
            first = word.start()
        if first is None:
            return None
        initial = _TRAILING_INITIAL.search(text, start, first)
        return (initial.start() if initial else first, end)


def _mark_before(text: str, start: int) -> str | None:
    """The kind of list mark right before ``start``, if one is there."""
    line_start = text.rfind("\n", max(0, start - 16), start) + 1
    mark = _MARK_BEFORE.search(text, max(line_start, start - 8), start)
    if mark is None:
        return None
    return _mark_kind(mark.group(1) or mark.group(2))


def _mark_kind(mark: str) -> str:
    if mark[0].isdigit():
        return "number" + mark[-1]
    if mark[0].isalpha():
        return "letter"
    return mark


def _mark_pattern(kind: str) -> str:
    if kind.startswith("number"):
        return rf"(?:^|(?<=\s))\d{{1,3}}{re.escape(kind[-1])}[ \t]+"
    if kind == "letter":
        return r"(?:^|(?<=\s))[a-z]\)[ \t]+"
    return rf"(?m:^)[ \t]*{re.escape(kind)}[ \t]+"
