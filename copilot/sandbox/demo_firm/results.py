"""What the generator hands back: the firm, its planted values, its risk kinds."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["RISK_KINDS", "DemoFirm", "SensitiveValue"]

# What each kind means in the data: overrun, a task logged 30%+ over its
# allocation or a project past its budget; overdue_task, an open task whose
# deadline is before today; stalled_task, an open task unwritten for 14+ days;
# milestone_missed / milestone_due_soon, an unreached milestone due before
# today / within seven days; blocked_task, a task waiting on an open
# dependency; status_*, the last project update; open_tickets, an unclosed
# helpdesk ticket on the project.
RISK_KINDS = (
    "overrun",
    "overdue_task",
    "stalled_task",
    "milestone_missed",
    "milestone_due_soon",
    "blocked_task",
    "status_off_track",
    "status_at_risk",
    "open_tickets",
)


@dataclass(frozen=True)
class SensitiveValue:
    """One personal value planted in generated text, exactly as written there."""

    entity_type: str
    value: str


@dataclass(frozen=True)
class DemoFirm:
    """The generated firm, in `search_read` shape, with what tests check it by."""

    records: dict[str, list[dict[str, object]]]
    sensitive_values: tuple[SensitiveValue, ...]
    project_ids: tuple[int, ...]
    expected_risks: dict[int, tuple[str, ...]]
    # Billing scenarios, merged after `records` (partial rows update the
    # firm's own), and the blockers they plant: (kind, model, id, project).
    billing_records: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    expected_blockers: tuple[tuple[str, str, int, int | None], ...] = ()
