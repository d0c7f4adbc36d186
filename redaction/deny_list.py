"""Names, addresses and numbers known from Odoo, matched wherever they appear."""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from copilot.errors import RedactionError
from redaction.common_words import is_distinctive
from redaction.confidential_ids import ConfidentialPatterns
from redaction.folding import WORD, fold, fold_key
from redaction.package_data import read_string_list
from redaction.spans import EntitySpan, SpanSource
from redaction.term_index import MatchKind, Term, TermIndex, value_keys

__all__ = ["DenyList", "DenyListEntry"]

logger = logging.getLogger(__name__)

_ENTITY_TYPE = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*")


@dataclass(frozen=True)
class DenyListEntry:
    """One confidential value, such as an Odoo partner, user or employee name.

    ``entity_type`` is a placeholder type such as ``PERSON`` or
    ``ORGANIZATION``; ``value`` is the full value as Odoo stores it.
    """

    entity_type: str
    value: str

    def __post_init__(self) -> None:
        if not _ENTITY_TYPE.fullmatch(self.entity_type):
            raise RedactionError(
                "deny-list entity types are upper-case words joined by '_'"
            )


@cache
def _legal_forms() -> tuple[tuple[str, ...], ...]:
    forms = {
        tuple(WORD.findall(fold(form).text))
        for form in read_string_list("matching.json", "legal_forms")
    }
    return tuple(sorted((form for form in forms if form), key=len, reverse=True))


def _person_parts(value: str) -> set[tuple[str, ...]]:
    """First name, surname and each single word of a person's name."""
    names = [tuple(WORD.findall(fold(part).text)) for part in value.split()]
    names = [name for name in names if name]
    if len(names) < 2:
        return set()
    surname = tuple(word for name in names[1:] for word in name)
    parts: set[tuple[str, ...]] = {names[0], surname}
    parts.update((word,) for name in names for word in name)
    return {part for part in parts if is_distinctive(part)}


def _person_reversed(value: str) -> str | None:
    """The name written surname first ("Vandermoortel, Ilse"), if it differs."""
    names = value.split()
    if len(names) < 2:
        return None
    return " ".join([*names[1:], names[0]])


def _without_legal_form(value: str) -> str | None:
    """The company name without its legal form ("Acme Brussels" for "... NV")."""
    words = tuple(WORD.findall(fold(value).text))
    for form in _legal_forms():
        if len(words) > len(form) and words[-len(form) :] == form:
            kept = words[: -len(form)]
            return " ".join(kept) if is_distinctive(kept) else None
    return None


def _is_too_common(kind: MatchKind, key: str) -> bool:
    """A one-word value such as "Support" or "A" would mask ordinary text."""
    return kind is MatchKind.WORDS and " " not in key and not is_distinctive((key,))


class DenyList:
    """Known confidential values, matched case- and accent-insensitively.

    A person's first name or surname alone is matched too, unless it is
    shared by two different people, short, or a common word; a value that is
    itself one short or common word ("Support") is not matched at all. Phone
    numbers match whatever their spacing, punctuation or country prefix;
    IBANs and other numbers whatever their grouping.
    """

    def __init__(
        self,
        index: TermIndex,
        entry_count: int,
        patterns: ConfidentialPatterns | None = None,
    ) -> None:
        self._index = index
        self._entry_count = entry_count
        self._patterns = patterns

    @classmethod
    def from_entries(
        cls,
        entries: Iterable[DenyListEntry],
        patterns: ConfidentialPatterns | None = None,
    ) -> DenyList:
        """Compile ``entries`` into one index; later duplicates are ignored.

        ``patterns`` adds the firm's confidential identifier patterns: their
        matches are known values too.
        """
        index = TermIndex()
        partials: dict[str, set[Term]] = defaultdict(set)
        person_types = read_string_list("matching.json", "partial_name_types")
        company_types = read_string_list("matching.json", "legal_form_types")
        count = 0
        skipped = 0
        for entry in entries:
            count += 1
            term = Term(entry.entity_type, entry.value.strip())
            for kind, key in value_keys(entry.entity_type, entry.value):
                if _is_too_common(kind, key):
                    skipped += 1
                    continue
                index.add(kind, key, term)
            if entry.entity_type in person_types:
                cls._collect_person_forms(index, term, partials)
            if entry.entity_type in company_types:
                short = _without_legal_form(entry.value)
                if short is not None:
                    partials[short].add(term)
        dropped = cls._add_unambiguous(index, partials)
        logger.debug(
            "deny-list compiled: %d entries, %d keys, %d common values and "
            "%d ambiguous name parts skipped",
            count,
            len(index),
            skipped,
            dropped,
        )
        return cls(index, count, patterns)

    @staticmethod
    def _collect_person_forms(
        index: TermIndex, term: Term, partials: dict[str, set[Term]]
    ) -> None:
        reversed_name = _person_reversed(term.canonical)
        if reversed_name is not None:
            for kind, key in value_keys(term.entity_type, reversed_name):
                index.add(kind, key, term)
        for part in _person_parts(term.canonical):
            partials[" ".join(part)].add(term)

    @staticmethod
    def _add_unambiguous(index: TermIndex, partials: dict[str, set[Term]]) -> int:
        dropped = 0
        for key, terms in partials.items():
            people = {fold_key(term.canonical) for term in terms}
            if len(people) != 1:
                dropped += 1
                continue
            index.add(MatchKind.WORDS, key, min(terms, key=lambda t: t.entity_type))
        return dropped

    @classmethod
    def empty(cls) -> DenyList:
        """A deny-list that matches nothing."""
        return cls(TermIndex(), 0)

    def __len__(self) -> int:
        return self._entry_count

    def find(self, text: str) -> list[EntitySpan]:
        """Return every known value in ``text``, possibly overlapping."""
        found = self._index.find(text, SpanSource.DENY_LIST)
        if self._patterns:
            found.extend(self._patterns.find(text))
        return found
