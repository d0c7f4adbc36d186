"""Emit each project with its tasks, milestones, tickets and latest update."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from copilot.sandbox.demo_firm.builder import FirmBuilder, stamp
from copilot.sandbox.demo_firm.partners import Staff
from copilot.sandbox.demo_firm.plans import Plan
from copilot.sandbox.demo_firm.specs import MilestoneSpec, TaskSpec
from copilot.sandbox.demo_firm.templates import Token
from copilot.sandbox.demo_firm.tickets import add_tickets
from copilot.sandbox.demo_firm.timesheets import Line

__all__ = ["add_project"]

_CLOSED_STATES = ("1_done", "1_canceled")


def add_project(
    builder: FirmBuilder,
    plan: Plan,
    staff: Mapping[str, Staff],
    task_lines: Mapping[int, list[Line]],
) -> None:
    """Emit the project and all it holds; totals follow the timesheet lines."""
    spec = plan.spec
    effective = {
        key: sum(line.draft.hours for line in task_lines.get(tid, []))
        for key, tid in plan.task_ids.items()
    }
    for task in spec.tasks:
        lines = task_lines.get(plan.task_ids[task.key], [])
        _task(builder, plan, staff, task, lines)
    for milestone in spec.milestones:
        _milestone(builder, plan, milestone)
    add_tickets(builder, plan, staff)
    closed = sum(task.state in _CLOSED_STATES for task in spec.tasks)
    allocated = spec.buffer + sum(
        task.hours for task in spec.tasks if task.state != "1_canceled"
    )
    spent = sum(effective.values())
    update_day = builder.day(-spec.update.days_ago)
    builder.emit(
        "project.project",
        plan.project_id,
        {
            "name": spec.name,
            "description": builder.render(spec.description, plan.tokens),
            "partner_id": [plan.client.partner_id, plan.client.name],
            "user_id": [plan.pm.user_id, plan.pm.person.name],
            "date_start": builder.day(-spec.start).isoformat(),
            "date": builder.day(spec.end).isoformat(),
            "last_update_status": spec.status,
            "last_update_id": [plan.update_id, spec.update.name],
            "allocated_hours": float(allocated),
            # Odoo 17 stores the project's hours rounded to an integer.
            "total_timesheet_time": round(spent),
            "remaining_hours": allocated - spent,
            "task_count": len(spec.tasks),
            "open_task_count": len(spec.tasks) - closed,
            "closed_task_count": closed,
            "milestone_ids": list(plan.milestone_ids.values()),
            "is_milestone_exceeded": any(
                m.reached is None and m.deadline < 0 for m in spec.milestones
            ),
            "is_project_overtime": allocated - spent < 0,
            "create_date": stamp(builder.day(-spec.start), "08:00:00"),
            "write_date": stamp(update_day, "16:30:00"),
        },
    )
    _update(builder, plan, update_day, len(spec.tasks), closed)


def _task(
    builder: FirmBuilder,
    plan: Plan,
    staff: Mapping[str, Staff],
    task: TaskSpec,
    lines: Sequence[Line],
) -> None:
    spent = sum(line.draft.hours for line in lines)
    worked = [line.draft.day for line in lines]
    created = min([builder.day(-task.start), *worked])
    last = builder.day(-task.last)
    if task.state in _CLOSED_STATES:
        stage = "done" if task.state == "1_done" else "canceled"
        moved = written = stamp(last, "17:30:00")
    else:
        stage = "progress" if spent else "new"
        first = min(worked) if worked else created
        moved = stamp(first, "09:00:00" if worked else "08:30:00")
        written = stamp(last, "17:45:00")
    milestone = task.milestone
    allocated = float(task.hours)
    builder.emit(
        "project.task",
        plan.task_ids[task.key],
        {
            "name": task.name,
            "description": builder.render(task.description, plan.tokens)
            if task.description
            else False,
            "project_id": [plan.project_id, plan.spec.name],
            "stage_id": builder.ref("project.task.type", stage),
            "state": task.state,
            "priority": task.priority,
            "date_deadline": stamp(builder.day(task.deadline), "16:00:00")
            if task.deadline is not None
            else False,
            "date_end": written if task.state in _CLOSED_STATES else False,
            "date_assign": stamp(created, "08:45:00") if task.users else False,
            "date_last_stage_update": moved,
            "allocated_hours": allocated,
            "effective_hours": spent,
            "remaining_hours": allocated - spent,
            "total_hours_spent": spent,
            # Odoo 17: progress passes 100 and overtime grows when over budget.
            "progress": round(100.0 * spent / allocated, 2) if allocated else 0.0,
            "overtime": max(spent - allocated, 0.0) if allocated else 0.0,
            "user_ids": [staff[role].user_id for role in task.users],
            "partner_id": [plan.client.partner_id, plan.client.name],
            "milestone_id": [
                plan.milestone_ids[milestone],
                _milestone_name(plan, milestone),
            ]
            if milestone
            else False,
            "depend_on_ids": [plan.task_ids[key] for key in task.depends],
            "timesheet_ids": [line.id for line in lines],
            "ticket_ids": [
                ticket_id
                for ticket_id, ticket in zip(
                    plan.ticket_ids, plan.spec.tickets, strict=True
                )
                if ticket.task == task.key
            ],
            "create_date": stamp(created, "08:30:00"),
            "write_date": written,
        },
    )


def _milestone_name(plan: Plan, key: str) -> str:
    return next(m.name for m in plan.spec.milestones if m.key == key)


def _milestone(builder: FirmBuilder, plan: Plan, milestone: MilestoneSpec) -> None:
    reached = milestone.reached
    builder.emit(
        "project.milestone",
        plan.milestone_ids[milestone.key],
        {
            "name": milestone.name,
            "project_id": [plan.project_id, plan.spec.name],
            "deadline": builder.day(milestone.deadline).isoformat(),
            "is_reached": reached is not None,
            "reached_date": builder.day(-reached).isoformat()
            if reached is not None
            else False,
            "is_deadline_exceeded": reached is None and milestone.deadline < 0,
            "task_ids": [
                plan.task_ids[t.key]
                for t in plan.spec.tasks
                if t.milestone == milestone.key
            ],
            "create_date": stamp(builder.day(-plan.spec.start), "08:10:00"),
        },
    )


def _update(
    builder: FirmBuilder, plan: Plan, day: date, tasks: int, closed: int
) -> None:
    spec = plan.spec
    items = "".join(_milestone_item(builder, m) for m in spec.milestones)
    description = builder.render(
        builder.data.phrases["update"],
        {
            "summary": Token(builder.render(spec.update.summary, plan.tokens)),
            "milestones": Token(items),
        },
    )
    builder.emit(
        "project.update",
        plan.update_id,
        {
            "name": spec.update.name,
            "project_id": [plan.project_id, spec.name],
            "status": spec.status,
            "progress": spec.progress,
            "date": day.isoformat(),
            "user_id": [plan.pm.user_id, plan.pm.person.name],
            "description": description,
            "task_count": tasks,
            "closed_task_count": closed,
            "create_date": stamp(day, "16:30:00"),
        },
    )


def _milestone_item(builder: FirmBuilder, milestone: MilestoneSpec) -> str:
    """One milestone line of an update: reached, late or still open."""
    phrases, due = builder.data.phrases, builder.day(milestone.deadline)
    tokens = {"name": Token(milestone.name), "due": Token(_us_date(due))}
    if milestone.reached is not None:
        reached = _us_date(builder.day(-milestone.reached))
        return builder.render(
            phrases["milestone_reached"], {**tokens, "reached": Token(reached)}
        )
    late = milestone.deadline < 0
    template = phrases["milestone_late" if late else "milestone_open"]
    return builder.render(template, tokens)


def _us_date(day: date) -> str:
    """Dates as Odoo's en_US project updates write them."""
    return f"{day.month:02d}/{day.day:02d}/{day.year}"
