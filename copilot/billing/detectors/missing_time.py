"""Missing time: assignees of open tasks who logged nothing for N workdays."""

from __future__ import annotations

from collections import defaultdict

from copilot.billing.model import Blocker, BlockerKind
from copilot.billing.portfolio import Portfolio
from copilot.billing.records import BillingTask
from copilot.billing.thresholds import BillingThresholds
from copilot.facts import Severity
from copilot.records import RecordRef

__all__ = ["missing_time"]


def missing_time(portfolio: Portfolio, thresholds: BillingThresholds) -> list[Blocker]:
    """One blocker per (person, project): the person should log their time.

    Only active users count: `user_names` holds active users alone, so an
    archived user or a bot (OdooBot is archived) left on a task is skipped.
    """
    snapshot = portfolio.snapshot
    idle: dict[tuple[int, int], list[BillingTask]] = defaultdict(list)
    for task in snapshot.tasks:
        for user_id in task.assignee_ids:
            active = user_id in snapshot.user_names
            if active and user_id not in snapshot.recent_loggers:
                idle[(user_id, task.project_id)].append(task)
    since = snapshot.missing_time_since.isoformat()
    days = thresholds.missing_time_workdays
    found: list[Blocker] = []
    for (user_id, project_id), tasks in sorted(idle.items()):
        project = portfolio.projects.get(project_id)
        if project is None:
            continue
        name = portfolio.user_name(user_id) or f"User {user_id}"
        count = f"{len(tasks)} open task" + ("" if len(tasks) == 1 else "s")
        refs = [t.ref for t in tasks][: thresholds.max_evidence]
        found.append(
            Blocker(
                kind=BlockerKind.MISSING_TIME,
                severity=Severity.WARNING,
                statement=f"{name} has {count} on {project.name} "
                f"and no timesheet since {since} ({days} working days).",
                subject=RecordRef("res.users", user_id),
                evidence=(RecordRef("res.users", user_id), project.ref, *refs),
                project_id=project.id,
                partner_id=project.partner_id,
                owner_id=user_id,
                owner_name=name,
                figures={"open_tasks": len(tasks), "workdays": days},
            )
        )
    return found
