"""Odoo's own labels ("Vendor Bill", "Sales Order", "Purchase") name no one.

The model reads Odoo's app, document and report names as people or
companies, above all where a word is also a census name ("Bill" in
"Vendor Bill", "Sales", "Purchase"). A name span is a label when one of
its words lies inside a label written in the text (``odoo_terms.json``,
any case, plural too) and every other word is an everyday word no census
name is ("Include upsell"), or an Odoo reference with a digit ("Upsell
S00021"). A span with a word that may be a name ("Bill Hopper", "Grant
Sales") stays as found.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redaction.folding import WORD, fold_key
from redaction.package_data import read_string_list
from redaction.spans import EntitySpan

__all__ = ["OdooLabels"]

_NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
# How far a label may reach past a span's edges ("Vendor " before "Bill").
_REACH = 48


class OdooLabels:
    """Tells Odoo's interface labels from names."""

    def __init__(
        self,
        is_plain_word: Callable[[str], bool],
        terms: tuple[str, ...] | None = None,
    ) -> None:
        """``is_plain_word``: a common or dictionary word no census name is."""
        labels = (
            read_string_list("odoo_terms.json", "terms") if terms is None else terms
        )
        self._pattern = _labels_pattern(labels)
        # Most name spans hold no label word: a set lookup skips the search.
        self._label_words = frozenset(
            fold_key(word) for label in labels for word in WORD.findall(label)
        )
        self._is_plain_word = is_plain_word

    def is_label(self, text: str, span: EntitySpan) -> bool:
        """Whether the name span ``span`` of ``text`` is only an Odoo label."""
        if span.entity_type not in _NAME_TYPES:
            return False
        words = WORD.findall(text, span.start, span.end)
        if not any(self._may_be_label_word(word) for word in words):
            return False
        covered = self._covered(text, span)
        is_labelled = False
        for word in WORD.finditer(text, span.start, span.end):
            if any(
                start <= word.start() and word.end() <= end for start, end in covered
            ):
                is_labelled = True
            elif not (
                _is_reference(word.group(0)) or self._is_plain_word(word.group(0))
            ):
                return False
        return is_labelled

    def _may_be_label_word(self, word: str) -> bool:
        """A word of a label, maybe plural ("Cards", "Entries" aside)."""
        key = fold_key(word)
        return (
            key in self._label_words
            or key[:-1] in self._label_words
            or key[:-2] in self._label_words
        )

    def _covered(self, text: str, span: EntitySpan) -> list[tuple[int, int]]:
        """Where labels stand that overlap ``span``."""
        window_start = max(0, span.start - _REACH)
        window_end = min(len(text), span.end + _REACH)
        return [
            found.span()
            for found in self._pattern.finditer(text, window_start, window_end)
            if found.start() < span.end and span.start < found.end()
        ]


def _is_reference(word: str) -> bool:
    """An Odoo reference such as "S00021": a word with a digit."""
    return any(char.isdigit() for char in word)


def _labels_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    """Whole-word labels, longest first, any case, with an optional plural."""
    ordered = sorted(labels, key=len, reverse=True)
    alternatives = "|".join(
        r"[ ]+".join(re.escape(part) for part in label.split()) for label in ordered
    )
    return re.compile(rf"(?<![\w/])(?:{alternatives})(?:e?s)?(?![\w/])", re.IGNORECASE)
