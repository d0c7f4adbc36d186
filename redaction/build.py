"""The composition of a ready redactor from Odoo's names and the analyzer."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from redaction.confidential_ids import ConfidentialPatterns
from redaction.deny_list import DenyList, DenyListEntry
from redaction.engine import build_analyzer
from redaction.policy import DEFAULT_MIN_SCORE, RedactionPolicy
from redaction.redactor import Redactor
from redaction.vault_store import EncryptedVaultStore

__all__ = ["build_redactor"]


def build_redactor(
    deny_list_entries: Iterable[DenyListEntry],
    *,
    use_ner: bool = True,
    min_score: float = DEFAULT_MIN_SCORE,
    confidential_patterns: Mapping[str, str] | None = None,
    vault_store: EncryptedVaultStore | None = None,
) -> Redactor:
    """A redactor over the offline Presidio analyzer and Odoo's names.

    The analyzer is built on first use (about half a second with NER) and
    shared by every redactor of the process; the deny-list and the firm's
    ``confidential_patterns`` (entity type to regex) are compiled here.
    Raises ``RedactionError`` if the analyzer cannot be built offline, and
    ``ConfigurationError`` if a pattern is invalid.
    """
    policy = RedactionPolicy(min_score=min_score)
    analyzer = build_analyzer(use_ner=use_ner, entities=policy.masked_types)
    patterns = ConfidentialPatterns(confidential_patterns or {})
    return Redactor(
        analyzer,
        DenyList.from_entries(deny_list_entries, patterns),
        policy,
        vault_store,
    )
