"""Billable projects with timesheet lines that will never reach an invoice."""

from __future__ import annotations

from collections import defaultdict

from copilot.billing.model import Blocker, BlockerKind
from copilot.billing.portfolio import Portfolio
from copilot.billing.records import TimesheetGroup
from copilot.billing.thresholds import BillingThresholds
from copilot.facts import Severity
from copilot.records import RecordRef

__all__ = ["unlinked_timesheets"]


def _is_leak(group: TimesheetGroup) -> bool:
    """No sale line, or Odoo 17 typed it `non_billable`."""
    return group.sale_line_id is None or group.invoice_type == "non_billable"


def unlinked_timesheets(
    portfolio: Portfolio, thresholds: BillingThresholds
) -> list[Blocker]:
    """One blocker per billable project with such hours in the period."""
    leaks: dict[int, list[TimesheetGroup]] = defaultdict(list)
    for group in portfolio.snapshot.timesheet_groups:
        project = portfolio.projects.get(group.project_id)
        if project is not None and project.is_billable and _is_leak(group):
            leaks[group.project_id].append(group)
    found: list[Blocker] = []
    since = portfolio.snapshot.period_start.isoformat()
    for project_id, groups in sorted(leaks.items()):
        project = portfolio.projects[project_id]
        hours = sum(g.hours for g in groups)
        if hours <= 0:
            continue
        line_ids = sorted(i for g in groups for i in g.line_ids)
        refs = [RecordRef("account.analytic.line", i) for i in line_ids]
        found.append(
            Blocker(
                kind=BlockerKind.UNLINKED_TIMESHEETS,
                severity=Severity.WARNING,
                statement=f"Billable project {project.name} has {hours:g} h in "
                f"{len(line_ids)} timesheet lines since {since} that are not "
                "linked to a sale line or are marked non-billable.",
                subject=project.ref,
                evidence=(project.ref, *refs[: thresholds.max_evidence]),
                project_id=project.id,
                partner_id=project.partner_id,
                owner_id=project.manager_id,
                owner_name=project.manager_name,
                hours=hours,
                figures={"hours": round(hours, 2), "lines": len(line_ids)},
            )
        )
    return found
