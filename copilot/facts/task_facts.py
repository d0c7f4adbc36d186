"""Task-level health facts: overruns, overdue, blocked and stalled tasks."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from copilot.facts.model import Fact, Severity
from copilot.facts.thresholds import HealthThresholds
from copilot.facts.wording import count_of, hours_text
from copilot.records import ProjectSnapshot, Task

__all__ = [
    "blocked_task_facts",
    "overdue_task_facts",
    "stalled_task_facts",
    "task_overrun_facts",
]

_BLOCKED_STATES = {
    "04_waiting_normal": "waiting on another task",
    "02_changes_requested": "sent back with changes requested",
}


def task_overrun_facts(
    snapshot: ProjectSnapshot, thresholds: HealthThresholds
) -> list[Fact]:
    facts = []
    tasks = [
        task
        for task in snapshot.tasks
        if task.allocated_hours > 0
        and task.effective_hours > task.allocated_hours * thresholds.overrun_ratio
    ]
    tasks.sort(key=lambda t: (t.allocated_hours - t.effective_hours, t.id))
    for task in tasks:
        excess = round(task.effective_hours - task.allocated_hours, 1)
        percent = round(task.effective_hours / task.allocated_hours * 100)
        facts.append(
            Fact(
                kind="task_overrun",
                severity=Severity.WARNING if percent < 150 else Severity.CRITICAL,
                statement=(
                    f"Task '{task.name}' has "
                    f"{hours_text(task.effective_hours)} h logged against "
                    f"{hours_text(task.allocated_hours)} h allocated "
                    f"({percent}%, {hours_text(excess)} h over)."
                ),
                evidence=(task.ref,),
                figures={
                    "effective_hours": round(task.effective_hours, 1),
                    "allocated_hours": round(task.allocated_hours, 1),
                    "percent": percent,
                    "excess_hours": excess,
                },
                subject=task.name,
            )
        )
    return facts


def overdue_task_facts(
    snapshot: ProjectSnapshot, today: date, thresholds: HealthThresholds
) -> list[Fact]:
    late = [
        task
        for task in snapshot.tasks
        if task.is_open and task.deadline is not None and task.deadline.date() < today
    ]
    late.sort(key=lambda t: (t.deadline, t.id))
    facts = []
    for task in late:
        assert task.deadline is not None
        days = (today - task.deadline.date()).days
        facts.append(
            Fact(
                kind="task_overdue",
                severity=(
                    Severity.CRITICAL
                    if days > thresholds.late_critical_days
                    else Severity.WARNING
                ),
                statement=(
                    f"Task '{task.name}' is {count_of(days, 'day')} past its deadline "
                    f"of {task.deadline.date().isoformat()}."
                ),
                evidence=(task.ref,),
                figures={
                    "days_late": days,
                    "deadline": task.deadline.date().isoformat(),
                },
                subject=task.name,
            )
        )
    return facts


def blocked_task_facts(snapshot: ProjectSnapshot) -> list[Fact]:
    by_id = {task.id: task for task in snapshot.tasks}
    facts = []
    for task in snapshot.tasks:
        if not task.is_open or task.state not in _BLOCKED_STATES:
            continue
        waiting_on = [
            by_id[dep]
            for dep in task.depends_on_ids
            if dep in by_id and by_id[dep].is_open
        ]
        reason = _BLOCKED_STATES[task.state]
        if waiting_on:
            names = ", ".join(f"'{dep.name}'" for dep in waiting_on)
            reason = f"waiting on {names}"
        facts.append(
            Fact(
                kind="task_blocked",
                severity=Severity.WARNING,
                statement=f"Task '{task.name}' is blocked: {reason}.",
                evidence=(task.ref, *(dep.ref for dep in waiting_on)),
                subject=task.name,
            )
        )
    return facts


def _last_change(task: Task) -> datetime | None:
    stamps = [stamp for stamp in (task.last_stage_change, task.last_write) if stamp]
    return max(stamps) if stamps else None


def stalled_task_facts(
    snapshot: ProjectSnapshot, today: date, thresholds: HealthThresholds
) -> list[Fact]:
    limit = today - timedelta(days=thresholds.stalled_after_days)
    recent_task_ids = {
        line.task_id
        for line in snapshot.timesheets
        if line.date > limit and line.task_id
    }
    stalled = []
    for task in snapshot.tasks:
        changed = _last_change(task)
        if (
            task.is_open
            and changed is not None
            and changed.date() <= limit
            and task.id not in recent_task_ids
        ):
            stalled.append((changed, task))
    stalled.sort(key=lambda pair: (pair[0], pair[1].id))
    return [
        Fact(
            kind="task_stalled",
            severity=Severity.WARNING,
            statement=(
                f"Task '{task.name}' has not changed for "
                f"{count_of((today - changed.date()).days, 'day')} (since "
                f"{changed.date().isoformat()})."
            ),
            evidence=(task.ref,),
            figures={
                "days_idle": (today - changed.date()).days,
                "last_change": changed.date().isoformat(),
            },
            subject=task.name,
        )
        for changed, task in stalled
    ]
