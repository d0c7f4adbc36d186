"""The overall status of a project, derived from its facts by fixed rules."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from copilot.facts.model import Fact, Severity

__all__ = ["ProjectStatus", "derive_status"]


class ProjectStatus(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"


def derive_status(facts: Sequence[Fact]) -> ProjectStatus:
    """Off track on any critical fact; at risk on two warnings or a risky update.

    Note signals alone never move the status: they are what people say, and
    the briefing quotes them for the reader to weigh.
    """
    measured = [fact for fact in facts if fact.kind != "note_signal"]
    if any(fact.severity is Severity.CRITICAL for fact in measured):
        return ProjectStatus.OFF_TRACK
    warnings = [fact for fact in measured if fact.severity is Severity.WARNING]
    risky_update = any(fact.kind == "latest_update" for fact in warnings)
    if len(warnings) >= 2 or risky_update:
        return ProjectStatus.AT_RISK
    return ProjectStatus.ON_TRACK
