"""Timesheets awaiting validation, where the database can say so."""

from __future__ import annotations

from collections import defaultdict

from copilot.billing.model import Blocker, BlockerKind
from copilot.billing.portfolio import Portfolio
from copilot.billing.thresholds import BillingThresholds
from copilot.facts import Severity
from copilot.records import RecordRef

__all__ = ["VALIDATION_UNAVAILABLE", "timesheets_unvalidated"]

VALIDATION_UNAVAILABLE = (
    "Timesheet validation is not available in this database: it has no "
    "validation field (Odoo Community has none; Enterprise's Timesheets app "
    "adds it), so unvalidated time cannot be reported."
)


def timesheets_unvalidated(
    portfolio: Portfolio, thresholds: BillingThresholds
) -> list[Blocker]:
    """One blocker per project with unvalidated lines in the period; nothing
    when validation is unavailable (the scan reports that instead)."""
    snapshot = portfolio.snapshot
    if not snapshot.validation_available:
        return []
    hours: dict[int, float] = defaultdict(float)
    lines: dict[int, list[int]] = defaultdict(list)
    for group in snapshot.unvalidated:
        hours[group.project_id] += group.hours
        lines[group.project_id].extend(group.line_ids)
    found: list[Blocker] = []
    for project_id in sorted(hours):
        project = portfolio.projects.get(project_id)
        if project is None or hours[project_id] <= 0:
            continue
        ids = sorted(lines[project_id])
        refs = [RecordRef("account.analytic.line", i) for i in ids]
        found.append(
            Blocker(
                kind=BlockerKind.TIMESHEETS_UNVALIDATED,
                severity=Severity.WARNING,
                statement=f"Project {project.name} has {hours[project_id]:g} h in "
                f"{len(ids)} timesheet lines awaiting validation.",
                subject=project.ref,
                evidence=(project.ref, *refs[: thresholds.max_evidence]),
                project_id=project.id,
                partner_id=project.partner_id,
                owner_id=project.manager_id,
                owner_name=project.manager_name,
                hours=hours[project_id],
                figures={"hours": round(hours[project_id], 2), "lines": len(ids)},
            )
        )
    return found
