"""Deterministic analyzers: findings computed from Odoo records, with evidence."""

from copilot.facts.model import Fact, Severity
from copilot.facts.note_signals import RedactedNote, note_signal_facts
from copilot.facts.project_health import project_health_facts
from copilot.facts.status import ProjectStatus, derive_status
from copilot.facts.thresholds import HealthThresholds

__all__ = [
    "Fact",
    "HealthThresholds",
    "ProjectStatus",
    "RedactedNote",
    "Severity",
    "derive_status",
    "note_signal_facts",
    "project_health_facts",
]
