"""Reversible placeholders for the originals seen within one scope.

The vault lives in memory only. Its records are plain data so that an
encrypted store can later persist and reload them (``records`` and
``from_records``); nothing here writes them anywhere.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from redaction.common_words import is_distinctive
from redaction.placeholders import (
    Placeholder,
    blank_placeholders,
    format_placeholder,
    replace_placeholders,
)
from redaction.spans import EntitySpan, SpanSource
from redaction.term_index import MatchKind, Term, TermIndex, value_keys

__all__ = ["PseudonymVault", "VaultRecord"]

# Shorter values ("10", "AB") are still replaced where the analyzer found
# them, but are not searched for elsewhere: they would mask every match.
_MIN_INDEXED_LENGTH = 5


@dataclass(frozen=True)
class VaultRecord:
    """One original and the placeholder that stands for it in a scope.

    ``is_searched`` says whether the value is looked for in later texts and
    by the leak guard, or only replaced where it was found.
    """

    entity_type: str
    number: int
    original: str
    is_searched: bool = True

    @property
    def placeholder(self) -> str:
        """The placeholder as written into redacted text."""
        return format_placeholder(self.entity_type, self.number)


def _is_indexable(kind: MatchKind, key: str) -> bool:
    if kind is MatchKind.WORDS:
        return len(key) >= 3 and is_distinctive(tuple(key.split()))
    return len(key) >= _MIN_INDEXED_LENGTH


class PseudonymVault:
    """Assigns ``<TYPE_N>`` placeholders and puts originals back.

    The same value, compared case- and accent-insensitively (phone numbers by
    their digits), always gets the same placeholder; distinct values never
    share one. Safe to use from several threads.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: dict[Placeholder, VaultRecord] = {}
        self._by_original: dict[str, VaultRecord] = {}
        self._by_key: dict[tuple[MatchKind, str], VaultRecord] = {}
        self._counters: Counter[str] = Counter()
        self._searched: set[Placeholder] = set()
        self._index = TermIndex()
        # A value is looked up again for every span that holds it.
        self._keys: dict[tuple[str, str], tuple[tuple[MatchKind, str], ...]] = {}
        # Keys once offered to the index: offering one again changes nothing
        # (the first term stored for a key wins), so it is not re-checked.
        self._offered: set[tuple[MatchKind, str]] = set()

    @classmethod
    def from_records(cls, records: Iterable[VaultRecord]) -> PseudonymVault:
        """Rebuild a vault from records it produced earlier."""
        vault = cls()
        with vault._lock:
            for record in records:
                vault._store(record)
        return vault

    def __len__(self) -> int:
        return len(self._records)

    def records(self) -> tuple[VaultRecord, ...]:
        """Every record, in the order the placeholders were assigned."""
        with self._lock:
            return tuple(
                replace(record, is_searched=key in self._searched)
                for key, record in self._records.items()
            )

    def placeholder_for(
        self, entity_type: str, original: str, *, is_searched: bool = True
    ) -> str:
        """The placeholder for ``original``, assigning the next one if new.

        With ``is_searched`` the value is also looked for in later texts and
        by the leak guard; a value once searched stays searched.
        """
        keys = self._keys_of(entity_type, original)
        with self._lock:
            record = self._by_original.get(original)
            for key in keys:
                record = record or self._by_key.get(key)
            if record is None:
                self._counters[entity_type] += 1
                record = VaultRecord(
                    entity_type, self._counters[entity_type], original, is_searched
                )
                self._store(record)
            else:
                self._remember(record, keys, is_searched=is_searched)
            return record.placeholder

    def _store(self, record: VaultRecord) -> None:
        number = record.number
        self._counters[record.entity_type] = max(
            self._counters[record.entity_type], number
        )
        self._records[(record.entity_type, number)] = record
        self._by_original[record.original] = record
        keys = self._keys_of(record.entity_type, record.original)
        self._remember(record, keys, is_searched=record.is_searched)

    def _remember(
        self,
        record: VaultRecord,
        keys: tuple[tuple[MatchKind, str], ...],
        *,
        is_searched: bool,
    ) -> None:
        for kind_and_key in keys:
            self._by_key.setdefault(kind_and_key, record)
        placeholder = (record.entity_type, record.number)
        if not is_searched:
            return
        if placeholder not in self._searched:
            self._searched.add(placeholder)
            keys = keys + self._keys_of(record.entity_type, record.original)
        term = Term(record.entity_type, record.original)
        for kind_and_key in keys:
            if kind_and_key in self._offered:
                continue
            self._offered.add(kind_and_key)
            if _is_indexable(*kind_and_key):
                self._index.add(*kind_and_key, term)

    def _keys_of(
        self, entity_type: str, original: str
    ) -> tuple[tuple[MatchKind, str], ...]:
        """``value_keys`` of a value, worked out once per vault."""
        keys = self._keys.get((entity_type, original))
        if keys is None:
            keys = value_keys(entity_type, original)
            self._keys[(entity_type, original)] = keys
        return keys

    def find(self, text: str) -> list[EntitySpan]:
        """Every occurrence in ``text`` of a value this vault already holds."""
        return self._index.find(text, SpanSource.VAULT)

    def original_of(self, placeholder: Placeholder) -> str | None:
        """The original behind ``placeholder``, or ``None`` if unknown here."""
        record = self._records.get(placeholder)
        return None if record is None else record.original

    def is_known(self, placeholder: Placeholder) -> bool:
        """Whether this vault issued ``placeholder``."""
        return placeholder in self._records

    def restore(self, text: str) -> str:
        """Put the originals back in place of every placeholder issued here."""
        return replace_placeholders(text, self.original_of)

    def blank(self, text: str) -> str:
        """``text`` with every placeholder issued here overwritten by spaces."""
        return blank_placeholders(text, self.is_known)
