"""The thresholds that turn records into findings, taken from settings."""

from __future__ import annotations

from dataclasses import dataclass

from copilot.settings import Settings

__all__ = ["HealthThresholds"]


@dataclass(frozen=True)
class HealthThresholds:
    stalled_after_days: int = 14
    milestone_due_soon_days: int = 7
    overrun_ratio: float = 1.0
    budget_warning_ratio: float = 0.85
    late_critical_days: int = 14
    idle_after_days: int = 14
    max_facts_per_kind: int = 6

    @classmethod
    def from_settings(cls, settings: Settings) -> HealthThresholds:
        return cls(
            stalled_after_days=settings.stalled_after_days,
            milestone_due_soon_days=settings.milestone_due_soon_days,
            overrun_ratio=settings.overrun_ratio,
        )
