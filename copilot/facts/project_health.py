"""Health facts of one project, computed from its records alone."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from copilot.facts.model import Fact, Severity
from copilot.facts.task_facts import (
    blocked_task_facts,
    overdue_task_facts,
    stalled_task_facts,
    task_overrun_facts,
)
from copilot.facts.thresholds import HealthThresholds
from copilot.facts.wording import count_of, hours_text
from copilot.records import ProjectSnapshot

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


def project_health_facts(
    snapshot: ProjectSnapshot, today: date, thresholds: HealthThresholds
) -> list[Fact]:
    """Every health fact of the project, most severe kinds first."""
    facts: list[Fact] = []
    facts.extend(_hours_budget(snapshot))
    facts.extend(_capped(task_overrun_facts(snapshot, thresholds), thresholds))
    facts.extend(_capped(overdue_task_facts(snapshot, today, thresholds), thresholds))
    facts.extend(_capped(blocked_task_facts(snapshot), thresholds))
    facts.extend(_capped(stalled_task_facts(snapshot, today, thresholds), thresholds))
    facts.extend(_milestones(snapshot, today, thresholds))
    facts.extend(_latest_update(snapshot))
    facts.extend(_recent_time(snapshot, today, thresholds))
    facts.extend(_open_tickets(snapshot))
    return facts


def _capped(facts: list[Fact], thresholds: HealthThresholds) -> list[Fact]:
    return facts[: thresholds.max_facts_per_kind]


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
            statement=f"{hours_text(spent)} h logged; no hours are allocated.",
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
            f"{hours_text(spent)} h logged of {hours_text(budget)} h "
            f"{where} ({percent}%)."
        ),
        evidence=evidence,
        figures={"spent_hours": spent, "budget_hours": budget, "percent": percent},
    )


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
                        f"not reached ({count_of(days, 'day')} late)."
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
                        f"{count_of(days, 'day')}, and is not reached yet."
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
                    f"while {count_of(len(open_tasks), 'task')} are open."
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
                f"{hours_text(hours)} h logged in the last 7 days over "
                f"{count_of(len(last_week), 'timesheet line')}."
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
                f"The customer has {count_of(len(tickets), 'open helpdesk ticket')}, "
                f"{len(urgent)} of high or urgent priority."
            ),
            evidence=tuple(ticket.ref for ticket in tickets),
            figures={"open_tickets": len(tickets), "urgent_tickets": len(urgent)},
        )
    ]
