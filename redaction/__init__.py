"""Redaction of client-confidential text before it leaves the process."""

from __future__ import annotations

from redaction.analyzer import EntityAnalyzer, PresidioAnalyzer
from redaction.build import build_redactor
from redaction.confidential_ids import ConfidentialPatterns
from redaction.deny_list import DenyList, DenyListEntry
from redaction.destinations import Destination, DestinationPolicy
from redaction.engine import apply_offline_environment, build_analyzer
from redaction.html_text import html_to_text
from redaction.leak_guard import LeakDetected, LeakGuard
from redaction.policy import DEFAULT_MIN_SCORE, RedactionPolicy
from redaction.redacted_text import RedactedText
from redaction.redactor import RedactionScope, Redactor
from redaction.spans import EntitySpan, SpanSource
from redaction.vault import PseudonymVault, VaultRecord
from redaction.vault_store import EncryptedVaultStore

__all__ = [
    "DEFAULT_MIN_SCORE",
    "ConfidentialPatterns",
    "DenyList",
    "DenyListEntry",
    "Destination",
    "DestinationPolicy",
    "EncryptedVaultStore",
    "EntityAnalyzer",
    "EntitySpan",
    "LeakDetected",
    "LeakGuard",
    "PresidioAnalyzer",
    "PseudonymVault",
    "RedactedText",
    "RedactionPolicy",
    "RedactionScope",
    "Redactor",
    "SpanSource",
    "VaultRecord",
    "apply_offline_environment",
    "build_analyzer",
    "build_redactor",
    "html_to_text",
]
