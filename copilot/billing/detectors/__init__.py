"""The billing detectors, one module each; `DETECTORS` runs them in order."""

from __future__ import annotations

from collections.abc import Callable

from copilot.billing.detectors.delivered import delivered_not_invoiced
from copilot.billing.detectors.disputes import billing_disputes, is_billing_dispute
from copilot.billing.detectors.draft_invoices import stale_draft_invoices
from copilot.billing.detectors.milestones import (
    milestones_late,
    milestones_not_invoiced,
)
from copilot.billing.detectors.missing_time import missing_time
from copilot.billing.detectors.over_sold import hours_over_sold, tasks_over_allocated
from copilot.billing.detectors.overdue_invoices import overdue_invoices
from copilot.billing.detectors.unlinked_time import unlinked_timesheets
from copilot.billing.detectors.validation import (
    VALIDATION_UNAVAILABLE,
    timesheets_unvalidated,
)
from copilot.billing.model import Blocker
from copilot.billing.portfolio import Portfolio
from copilot.billing.thresholds import BillingThresholds

__all__ = ["DETECTORS", "VALIDATION_UNAVAILABLE", "Detector", "is_billing_dispute"]

Detector = Callable[[Portfolio, BillingThresholds], list[Blocker]]

DETECTORS: tuple[Detector, ...] = (
    delivered_not_invoiced,
    milestones_not_invoiced,
    milestones_late,
    hours_over_sold,
    tasks_over_allocated,
    unlinked_timesheets,
    missing_time,
    timesheets_unvalidated,
    overdue_invoices,
    stale_draft_invoices,
    billing_disputes,
)
