"""Health facts of one project, computed from its records alone."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from copilot.facts.model import Fact, Severity
from copilot.facts.thresholds import HealthThresholds
from copilot.records import ProjectSnapshot, Task

__all__ = ["project_health_facts"]

_UPDATE_SEVERITY = {
    "on_track": Severity.INFO,
    "at_risk": Severity.WARNING,
    "off_track": Severity.CRITICAL,
    "on_hold": Severity.WARNING,
}
_UPDATE_WORDS = {
    "on_track": "on track",
    "at_risk": "at risk",
    "off_track": "off track",
    "on_hold": "on hold",
    "to_define": "not yet rated",
    "done": "done",
}
_BLOCKED_STATES = {
    "04_waiting_normal": "waiting on another task",
    "02_changes_requested": "sent back with changes requested",
}


def project_health_facts(
    snapshot: ProjectSnapshot, today: date, thresholds: HealthThresholds
) -> list[Fact]:
    """Every health fact of the project, most severe kinds first."""
    facts: list[Fact] = []
    facts.extend(_hours_budget(snapshot))
    facts.extend(_capped(_task_overruns(snapshot, thresholds), thresholds))
    facts.extend(_capped(_overdue_tasks(snapshot, today, thresholds), thresholds))
    facts.extend(_capped(_blocked_tasks(snapshot), thresholds))
    facts.extend(_capped(_stalled_tasks(snapshot, today, thresholds), thresholds))
    facts.extend(_milestones(snapshot, today, thresholds))
    facts.extend(_latest_update(snapshot))
    facts.extend(_recent_time(snapshot, today, thresholds))
    facts.extend(_open_tickets(snapshot))
    return facts


def _capped(facts: list[Fact], thresholds: HealthThresholds) -> list[Fact]:
    return facts[: thresholds.max_facts_per_kind]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _hours(value: float) -> str:
    return f"{value:.1f}"


def _hours_budget(snapshot: ProjectSnapshot) -> Iterable[Fact]:
    project = snapshot.project
    spent = round(snapshot.total_hours, 1)
    budget = project.allocated_hours
    source = "project"
    if budget <= 0:
        budget = sum(task.allocated_hours for task in snapshot.tasks)
        source = "tasks"
    budget = round(budget, 1)
    evidence = (project.ref,)
    if budget <= 0:
        yield Fact(
            kind="hours_budget",
            severity=Severity.INFO,
            statement=f"{_hours(spent)} h logged; no hours are allocated.",
            evidence=evidence,
            figures={"spent_hours": spent},
        )
        return
    ratio = spent / budget
    percent = round(ratio * 100)
    severity = (
        Severity.CRITICAL
        if ratio > 1.2
        else Severity.WARNING
        if ratio >= 0.85
        else Severity.INFO
    )
    where = (
        "allocated to the project" if source == "project" else "allocated across tasks"
    )
    yield Fact(
        kind="hours_budget",
        severity=severity,
        statement=(
            f"{_hours(spent)} h logged of {_hours(budget)} h {where} ({percent}%)."
        ),
        evidence=evidence,
        figures={"spent_hours": spent, "budget_hours": budget, "percent": percent},
    )


def _task_overruns(
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
                    f"Task '{task.name}' has {_hours(task.effective_hours)} h logged "
                    f"against {_hours(task.allocated_hours)} h allocated "
                    f"({percent}%, {_hours(excess)} h over)."
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


def _overdue_tasks(
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
                    f"Task '{task.name}' is {_count(days, 'day')} past its deadline "
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


def _blocked_tasks(snapshot: ProjectSnapshot) -> list[Fact]:
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


def _stalled_tasks(
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
                f"{_count((today - changed.date()).days, 'day')} (since "
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


def _milestones(
    snapshot: ProjectSnapshot, today: date, thresholds: HealthThresholds
) -> list[Fact]:
    facts = []
    soon = today + timedelta(days=thresholds.milestone_due_soon_days)
    for milestone in sorted(
        snapshot.milestones, key=lambda m: (m.deadline or today, m.id)
    ):
        if milestone.is_reached or milestone.deadline is None:
            continue
        deadline = milestone.deadline.isoformat()
        if milestone.deadline < today:
            days = (today - milestone.deadline).days
            facts.append(
                Fact(
                    kind="milestone_missed",
                    severity=Severity.CRITICAL,
                    statement=(
                        f"Milestone '{milestone.name}' was due on {deadline} and is "
                        f"not reached ({_count(days, 'day')} late)."
                    ),
                    evidence=(milestone.ref,),
                    figures={"deadline": deadline, "days_late": days},
                    subject=milestone.name,
                )
            )
        elif milestone.deadline <= soon:
            days = (milestone.deadline - today).days
            facts.append(
                Fact(
                    kind="milestone_due_soon",
                    severity=Severity.WARNING,
                    statement=(
                        f"Milestone '{milestone.name}' is due on {deadline}, in "
                        f"{_count(days, 'day')}, and is not reached yet."
                    ),
                    evidence=(milestone.ref,),
                    figures={"deadline": deadline, "days_left": days},
                    subject=milestone.name,
                )
            )
    return facts


def _latest_update(snapshot: ProjectSnapshot) -> list[Fact]:
    if not snapshot.updates:
        return []
    update = snapshot.updates[0]
    words = _UPDATE_WORDS.get(update.status, update.status)
    when = f" on {update.date.isoformat()}" if update.date else ""
    figures: dict[str, float | int | str] = {
        "status": update.status,
        "progress": update.progress,
    }
    if update.date:
        figures["date"] = update.date.isoformat()
    return [
        Fact(
            kind="latest_update",
            severity=_UPDATE_SEVERITY.get(update.status, Severity.INFO),
            statement=(
                f"The latest project update{when} rates the project {words} "
                f"at {update.progress}% progress."
            ),
            evidence=(update.ref,),
            figures=figures,
        )
    ]


def _recent_time(
    snapshot: ProjectSnapshot, today: date, thresholds: HealthThresholds
) -> list[Fact]:
    week = today - timedelta(days=7)
    idle_since = today - timedelta(days=thresholds.idle_after_days)
    last_week = [line for line in snapshot.timesheets if line.date > week]
    open_tasks = [task for task in snapshot.tasks if task.is_open]
    if not any(line.date > idle_since for line in snapshot.timesheets):
        if not open_tasks:
            return []
        return [
            Fact(
                kind="no_recent_time",
                severity=Severity.WARNING,
                statement=(
                    f"No time was logged in the last {thresholds.idle_after_days} days "
                    f"while {_count(len(open_tasks), 'task')} are open."
                ),
                evidence=(snapshot.project.ref,),
                figures={
                    "days": thresholds.idle_after_days,
                    "open_tasks": len(open_tasks),
                },
            )
        ]
    hours = round(sum(line.hours for line in last_week), 1)
    return [
        Fact(
            kind="recent_time",
            severity=Severity.INFO,
            statement=(
                f"{_hours(hours)} h logged in the last 7 days over "
                f"{_count(len(last_week), 'timesheet line')}."
            ),
            evidence=tuple(line.ref for line in last_week[:20])
            or (snapshot.project.ref,),
            figures={"hours": hours, "lines": len(last_week)},
        )
    ]


def _open_tickets(snapshot: ProjectSnapshot) -> list[Fact]:
    tickets = snapshot.tickets
    if not tickets:
        return []
    urgent = [ticket for ticket in tickets if ticket.priority in ("2", "3")]
    severity = Severity.WARNING if urgent else Severity.INFO
    return [
        Fact(
            kind="open_tickets",
            severity=severity,
            statement=(
                f"The customer has {_count(len(tickets), 'open helpdesk ticket')}, "
                f"{len(urgent)} of high or urgent priority."
            ),
            evidence=tuple(ticket.ref for ticket in tickets),
            figures={"open_tickets": len(tickets), "urgent_tickets": len(urgent)},
        )
    ]
