"""Billing blockers and next-best actions: deterministic, with evidence."""

from copilot.billing.actions import Action
from copilot.billing.assignee import Assignee, AssigneeReason
from copilot.billing.model import Blocker, BlockerKind
from copilot.billing.next_actions import NextActionsResult, NextActionsService
from copilot.billing.scan import READ_STEPS, BillingScanService, ScanResult, ScanScope
from copilot.billing.source import BillingSource
from copilot.billing.thresholds import BillingThresholds

__all__ = [
    "READ_STEPS",
    "Action",
    "Assignee",
    "AssigneeReason",
    "BillingScanService",
    "BillingSource",
    "BillingThresholds",
    "Blocker",
    "BlockerKind",
    "NextActionsResult",
    "NextActionsService",
    "ScanResult",
    "ScanScope",
]
