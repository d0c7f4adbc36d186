"""Hand-built records for fact tests; defaults describe a healthy project."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from copilot.records import (
    Milestone,
    Project,
    ProjectSnapshot,
    ProjectUpdate,
    Task,
    Ticket,
    TimesheetLine,
)

TODAY = date(2026, 12, 4)


def at(days_from_today: int) -> datetime:
    day = TODAY + timedelta(days=days_from_today)
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def project(**changes: object) -> Project:
    base = Project(
        id=5,
        name="ERP rollout",
        partner_id=40,
        partner_name="Client",
        manager_id=2,
        manager_name="PM",
        date_start=TODAY - timedelta(days=60),
        date_end=TODAY + timedelta(days=60),
        allocated_hours=100.0,
        last_update_status="on_track",
        description="",
        allow_billable=True,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def task(task_id: int, **changes: object) -> Task:
    base = Task(
        id=task_id,
        name=f"Task {task_id}",
        project_id=5,
        stage_name="In Progress",
        state="01_in_progress",
        priority="0",
        deadline=at(10),
        allocated_hours=10.0,
        effective_hours=4.0,
        assignee_ids=(2,),
        milestone_id=None,
        depends_on_ids=(),
        last_stage_change=at(-2),
        last_write=at(-1),
        description="",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def timesheet(
    line_id: int, days_ago: int, hours: float, task_id: int = 1
) -> TimesheetLine:
    return TimesheetLine(
        id=line_id,
        date=TODAY - timedelta(days=days_ago),
        hours=hours,
        project_id=5,
        task_id=task_id,
        employee_id=1,
        description="work",
    )


def snapshot(
    *,
    tasks: tuple[Task, ...] = (),
    milestones: tuple[Milestone, ...] = (),
    updates: tuple[ProjectUpdate, ...] = (),
    timesheets: tuple[TimesheetLine, ...] | None = None,
    tickets: tuple[Ticket, ...] | None = None,
    total_hours: float = 40.0,
    **project_changes: object,
) -> ProjectSnapshot:
    return ProjectSnapshot(
        project=project(**project_changes),
        tasks=tasks or (task(1),),
        milestones=milestones,
        updates=updates,
        timesheets=timesheets if timesheets is not None else (timesheet(900, 1, 4.0),),
        messages=(),
        tickets=tickets,
        total_hours=total_hours,
    )


def milestone(
    milestone_id: int, deadline_in_days: int, reached: bool = False
) -> Milestone:
    return Milestone(
        id=milestone_id,
        name=f"Milestone {milestone_id}",
        project_id=5,
        deadline=TODAY + timedelta(days=deadline_in_days),
        is_reached=reached,
        reached_date=TODAY if reached else None,
    )


def update(status: str, progress: int = 50) -> ProjectUpdate:
    return ProjectUpdate(
        id=77,
        name="Weekly",
        project_id=5,
        status=status,
        progress=progress,
        date=TODAY - timedelta(days=3),
        author_name="PM",
        description="",
    )


def ticket(ticket_id: int, priority: str) -> Ticket:
    return Ticket(
        id=ticket_id,
        name=f"Ticket {ticket_id}",
        partner_id=40,
        stage_name="New",
        is_closed=False,
        priority=priority,
        create_date=at(-1),
    )
