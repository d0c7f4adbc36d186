"""A billing blocker: what blocks or leaks revenue, its figure, owner and proof."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from copilot.facts import Severity
from copilot.records import RecordRef

__all__ = ["Blocker", "BlockerKind"]


class BlockerKind(StrEnum):
    DELIVERED_NOT_INVOICED = "delivered_not_invoiced"
    MILESTONE_NOT_INVOICED = "milestone_not_invoiced"
    MILESTONE_OVERDUE = "milestone_overdue"
    HOURS_OVER_SOLD = "hours_over_sold"
    TASK_OVER_ALLOCATED = "task_over_allocated"
    UNLINKED_TIMESHEETS = "unlinked_timesheets"
    MISSING_TIME = "missing_time"
    TIMESHEETS_UNVALIDATED = "timesheets_unvalidated"
    INVOICE_OVERDUE = "invoice_overdue"
    DRAFT_INVOICE_STALE = "draft_invoice_stale"
    BILLING_DISPUTE = "billing_dispute"


@dataclass(frozen=True)
class Blocker:
    """One finding. Every number in `statement` is also in `figures`.

    `subject` is the record the blocker is about (its identity with `kind`
    and `project_id`); `evidence` lists every record that proves it.
    `owner_id` is the `res.users` id of who should act, when Odoo names one.
    """

    kind: BlockerKind
    severity: Severity
    statement: str
    subject: RecordRef
    evidence: tuple[RecordRef, ...]
    project_id: int | None
    partner_id: int | None
    owner_id: int | None
    owner_name: str | None
    amount: float | None = None
    currency: str | None = None
    hours: float | None = None
    figures: Mapping[str, float | int | str] = field(default_factory=dict)

    @property
    def identity(self) -> tuple[str, str, int, int | None]:
        return (self.kind.value, self.subject.model, self.subject.id, self.project_id)

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "severity": self.severity.value,
            "statement": self.statement,
            "amount": None if self.amount is None else round(self.amount, 2),
            "currency": self.currency,
            "hours": None if self.hours is None else round(self.hours, 2),
            "project": None
            if self.project_id is None
            else {"model": "project.project", "id": self.project_id},
            "partner": None
            if self.partner_id is None
            else {"model": "res.partner", "id": self.partner_id},
            "owner": None
            if self.owner_id is None
            else {"model": "res.users", "id": self.owner_id, "name": self.owner_name},
            "subject": self.subject.as_dict(),
            "figures": dict(self.figures),
            "evidence": [ref.as_dict() for ref in self.evidence],
        }
