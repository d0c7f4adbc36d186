"""The composition of a ready redactor from Odoo's names and the analyzer."""

from __future__ import annotations

from collections.abc import Iterable

from redaction.deny_list import DenyList, DenyListEntry
from redaction.engine import build_analyzer
from redaction.policy import DEFAULT_MIN_SCORE, RedactionPolicy
from redaction.redactor import Redactor

__all__ = ["build_redactor"]


def build_redactor(
    deny_list_entries: Iterable[DenyListEntry],
    *,
    use_ner: bool = True,
    min_score: float = DEFAULT_MIN_SCORE,
) -> Redactor:
    """A redactor over the offline Presidio analyzer and Odoo's names.

    The analyzer is built on first use (about half a second with NER) and
    shared by every redactor of the process; the deny-list is compiled here.
    Raises ``RedactionError`` if the analyzer cannot be built offline.
    """
    policy = RedactionPolicy(min_score=min_score)
    analyzer = build_analyzer(use_ner=use_ner, entities=policy.masked_types)
    return Redactor(analyzer, DenyList.from_entries(deny_list_entries), policy)
