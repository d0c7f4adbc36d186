"""The thresholds the billing detectors apply, taken from settings."""

from __future__ import annotations

from dataclasses import dataclass

from copilot.settings import Settings

__all__ = ["BillingThresholds"]


@dataclass(frozen=True)
class BillingThresholds:
    period_days: int = 30
    uninvoiced_critical_days: int = 30
    missing_time_workdays: int = 3
    draft_invoice_days: int = 7
    overdue_critical_days: int = 30
    milestone_late_critical_days: int = 14
    over_sold_tolerance_hours: float = 0.0
    dispute_words: tuple[str, ...] = ("billing", "invoice", "invoicing", "credit note")
    max_evidence: int = 10

    @classmethod
    def from_settings(cls, settings: Settings) -> BillingThresholds:
        words = tuple(
            w.strip().lower() for w in settings.billing_dispute_words.split(",")
        )
        return cls(
            period_days=settings.billing_period_days,
            uninvoiced_critical_days=settings.billing_uninvoiced_critical_days,
            missing_time_workdays=settings.billing_missing_time_workdays,
            draft_invoice_days=settings.billing_draft_invoice_days,
            overdue_critical_days=settings.billing_overdue_critical_days,
            milestone_late_critical_days=settings.billing_milestone_late_critical_days,
            over_sold_tolerance_hours=settings.billing_over_sold_tolerance_hours,
            dispute_words=tuple(w for w in words if w),
        )
