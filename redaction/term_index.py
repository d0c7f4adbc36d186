"""A dictionary of known values matched over a text's word tokens in one pass.

Values are stored under folded keys of one of three kinds: the words of a
name, the exact characters of an address, or the compact characters of a
number. A text is scanned once: every run of adjacent word tokens is looked
up in hash tables, so the cost grows with the text, not with the number of
known values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import cache

from redaction.folding import WORD, FoldedText, fold
from redaction.package_data import read_string_list
from redaction.spans import EntitySpan, SpanSource

__all__ = ["MatchKind", "Term", "TermIndex", "match_kind", "value_keys"]

_SPACES = re.compile(r"\s+")
# Tokens separated by more than this many non-space characters never belong
# to one value; "+32 (0)470" and "https://" fit, whitespace is free.
_MAX_GAP = 3
_MAX_TOKENS = 48
_HEAD = 4
# Compact keys (numbers) keep their leading characters up to this length, so
# a lookup stops as soon as the digits read so far begin no key.
_MAX_COMPACT_PREFIX = 64
_MIN_PHONE_DIGITS = 7


def _is_joining(gap: str) -> bool:
    return len(gap) <= _MAX_GAP or len("".join(gap.split())) <= _MAX_GAP


def _with_sign(folded: FoldedText, token: re.Match[str]) -> int:
    """Start of ``token``, moved onto a "+" written right before a number."""
    start = token.start()
    if start and folded.text[start - 1] == "+" and token.group(0)[0].isdigit():
        return start - 1
    return start


class MatchKind(Enum):
    """How a value is compared with text."""

    WORDS = "words"
    EXACT = "exact"
    COMPACT = "compact"


@dataclass(frozen=True)
class Term:
    """What a matched key stands for."""

    entity_type: str
    canonical: str


@cache
def match_kind(entity_type: str) -> MatchKind:
    """Return how values of ``entity_type`` are compared with text."""
    if entity_type in read_string_list("matching.json", "compact_types"):
        return MatchKind.COMPACT
    if entity_type in read_string_list("matching.json", "exact_types"):
        return MatchKind.EXACT
    return MatchKind.WORDS


def _exact_key(folded: str) -> str:
    tokens = list(WORD.finditer(folded))
    if not tokens:
        return ""
    return _SPACES.sub(" ", folded[tokens[0].start() : tokens[-1].end()])


@cache
def _country_codes() -> frozenset[str]:
    # libphonenumber's table, shipped with the phone recognizer's dependency.
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    return frozenset(str(code) for code in COUNTRY_CODE_TO_REGION_CODE)


def _split_country(international: str) -> tuple[str, str] | None:
    # Country calling codes are a prefix code (ITU-T E.164): at most one fits.
    for length in (1, 2, 3):
        if international[:length] in _country_codes():
            return international[:length], international[length:]
    return None


def _phone_keys(raw: str, digits: str) -> set[str]:
    """The digit strings under which one phone number may be written."""
    keys = {digits}
    is_plus = raw.lstrip().startswith("+")
    if is_plus or digits.startswith("00"):
        international = digits if is_plus else digits[2:]
        keys.update({international, "00" + international})
        split = _split_country(international)
        if split is not None:
            country, national = split
            national = national.removeprefix("0")
            keys.update(
                {
                    national,
                    "0" + national,
                    country + national,
                    country + "0" + national,
                    "00" + country + national,
                    "00" + country + "0" + national,
                }
            )
    elif digits.startswith("0"):
        keys.add(digits[1:])
    return {key for key in keys if len(key) >= _MIN_PHONE_DIGITS}


def value_keys(entity_type: str, value: str) -> tuple[tuple[MatchKind, str], ...]:
    """Return the keys under which ``value`` is matched; empty if none."""
    folded = fold(value).text
    tokens = WORD.findall(folded)
    if not tokens:
        return ()
    kind = match_kind(entity_type)
    if kind is MatchKind.WORDS:
        return ((kind, " ".join(tokens)),)
    if kind is MatchKind.EXACT:
        return ((kind, _exact_key(folded)),)
    compact = "".join(tokens)
    if entity_type == "PHONE_NUMBER":
        return tuple((kind, key) for key in sorted(_phone_keys(value, compact)))
    return ((kind, compact),)


@dataclass
class _Table:
    terms: dict[str, Term] = field(default_factory=dict)
    # Word tables: every leading run of a key's words ("ilse", "ilse van").
    # Compact tables: every key's leading characters (up to
    # _MAX_COMPACT_PREFIX), to skip other tokens and end a lookup early.
    prefixes: set[str] = field(default_factory=set)
    max_length: int = 0


def _is_compact_prefix(compact: str, table: _Table) -> bool:
    """Whether ``compact`` may still grow into one of the table's keys."""
    if len(compact) > _MAX_COMPACT_PREFIX:
        return len(compact) <= table.max_length
    return compact in table.prefixes


def _with_closing_period(text: str, stop: int, canonical: str) -> int:
    """``stop`` past the periods the value was seen with ("Tamar R." again):
    its placeholder puts them back, so it must stand in for them too."""
    periods = len(canonical) - len(canonical.rstrip("."))
    while periods and text.startswith(".", stop):
        stop += 1
        periods -= 1
    return stop


class TermIndex:
    """Known values, found case- and accent-insensitively in any text."""

    def __init__(self) -> None:
        # One attribute per kind: hashing an Enum member runs Python code,
        # and the lookups below run once per token.
        self._words = _Table()
        self._exact = _Table()
        self._compact = _Table()
        self._tables = (self._words, self._exact, self._compact)

    def _table(self, kind: MatchKind) -> _Table:
        if kind is MatchKind.WORDS:
            return self._words
        return self._exact if kind is MatchKind.EXACT else self._compact

    def __len__(self) -> int:
        return sum(len(table.terms) for table in self._tables)

    def add(self, kind: MatchKind, key: str, term: Term) -> bool:
        """Store ``term`` under ``key``; the first term stored for a key wins."""
        table = self._table(kind)
        if not key or key in table.terms:
            return False
        table.terms[key] = term
        table.max_length = max(table.max_length, len(key))
        if kind is MatchKind.COMPACT:
            longest = min(len(key), _MAX_COMPACT_PREFIX)
            table.prefixes.update(key[:size] for size in range(1, longest + 1))
            return True
        # A lookup stops after _MAX_TOKENS words: longer prefixes are never
        # asked for, and building them all would be quadratic in the key.
        words = WORD.findall(key)[:_MAX_TOKENS]
        prefix = ""
        for word in words:
            prefix = f"{prefix} {word}" if prefix else word
            table.prefixes.add(prefix)
        return True

    def find(self, text: str, source: SpanSource) -> list[EntitySpan]:
        """Return a span for the longest known value starting at each token."""
        if not len(self):
            return []
        folded = fold(text)
        matches = list(WORD.finditer(folded.text))
        tokens = [(m.start(), m.end()) for m in matches]
        spans: list[EntitySpan] = []
        # Looked up once per text, not once per token: this loop is hot.
        word_starts = self._words.prefixes
        exact_starts = self._exact.prefixes
        compact_starts = self._compact.prefixes
        for index, match in enumerate(matches):
            token = match.group(0)
            if (
                token not in word_starts
                and token not in exact_starts
                and token[:_HEAD] not in compact_starts
            ):
                continue
            hit = self._longest_at(folded, tokens, index)
            if hit is not None:
                term, end = hit
                start, stop = folded.original_span(_with_sign(folded, match), end)
                stop = _with_closing_period(text, stop, term.canonical)
                spans.append(
                    EntitySpan(
                        term.entity_type, start, stop, 1.0, source, term.canonical
                    )
                )
        return spans

    def _longest_at(
        self, folded: FoldedText, tokens: list[tuple[int, int]], index: int
    ) -> tuple[Term, int] | None:
        words_table = self._words
        exact_table = self._exact
        compact_table = self._compact
        start = tokens[index][0]
        words = ""
        compact = ""
        is_words_alive = bool(words_table.terms)
        is_exact_alive = bool(exact_table.terms)
        is_compact_alive = bool(compact_table.terms)
        best: tuple[Term, int] | None = None
        for position in range(index, min(len(tokens), index + _MAX_TOKENS)):
            token_start, token_end = tokens[position]
            if position > index and not _is_joining(
                folded.text[tokens[position - 1][1] : token_start]
            ):
                break
            token = folded.text[token_start:token_end]
            words = f"{words} {token}" if words else token
            compact += token
            found: Term | None = None
            if is_words_alive:
                is_words_alive = words in words_table.prefixes
                found = words_table.terms.get(words) if is_words_alive else None
            if is_exact_alive:
                is_exact_alive = words in exact_table.prefixes
                if is_exact_alive:
                    exact = _SPACES.sub(" ", folded.text[start:token_end])
                    found = exact_table.terms.get(exact) or found
            if is_compact_alive:
                is_compact_alive = _is_compact_prefix(compact, compact_table)
                if is_compact_alive:
                    found = compact_table.terms.get(compact) or found
            if found is not None:
                best = (found, token_end)
            if not (is_words_alive or is_exact_alive or is_compact_alive):
                break
        return best
