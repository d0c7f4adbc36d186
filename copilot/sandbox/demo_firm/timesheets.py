"""Spread each task's logged hours over weekdays as timesheet lines."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from copilot.sandbox.demo_firm.builder import FirmBuilder
from copilot.sandbox.demo_firm.partners import Staff
from copilot.sandbox.demo_firm.plans import Plan
from copilot.sandbox.demo_firm.specs import TaskSpec

__all__ = ["Line", "LineDraft", "add_timesheets"]

_CHUNKS = (1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0)
_DAY_CAPACITY = 8.0


@dataclass(frozen=True, order=True)
class LineDraft:
    """A line before its id: drafts sort by day, then by drawing order."""

    day: date
    seq: int
    plan: Plan = field(compare=False)
    task: TaskSpec = field(compare=False)
    role: str = field(compare=False)
    hours: float = field(compare=False)
    name: str = field(compare=False)


@dataclass(frozen=True)
class Line:
    """An emitted timesheet line."""

    id: int
    draft: LineDraft


def add_timesheets(
    builder: FirmBuilder, plans: Sequence[Plan], staff: Mapping[str, Staff]
) -> dict[int, list[Line]]:
    """Log each task's share of hours on weekdays, ids in date order.

    Nobody books more than a working day; lines never fall after the
    task's last activity, so a stalled task has no recent hours. Returns
    the lines per task id.
    """
    load: dict[tuple[str, date], float] = {}
    drafts: list[LineDraft] = []
    for plan in plans:
        for task in plan.spec.tasks:
            days = _workdays(builder, task.start, task.last)
            left = round(task.hours * task.used * 2) / 2
            while left > 0:
                hours = min(builder.rng.choice(_CHUNKS), left)
                left -= hours
                role = builder.rng.choice(task.users)
                day = _free_day(builder, days, role, hours, load)
                load[(role, day)] = load.get((role, day), 0.0) + hours
                drafts.append(
                    LineDraft(
                        day,
                        len(drafts),
                        plan,
                        task,
                        role,
                        hours,
                        _line_name(builder, plan),
                    )
                )
    by_task: dict[int, list[Line]] = {}
    for draft in sorted(drafts):
        line_id = builder.take("account.analytic.line")
        task_id = draft.plan.task_ids[draft.task.key]
        by_task.setdefault(task_id, []).append(Line(line_id, draft))
        _emit_line(builder, line_id, draft, task_id, staff[draft.role])
    return by_task


def _workdays(builder: FirmBuilder, start: int, last: int) -> list[date]:
    """Weekdays from `start` to `last` days ago, else the weekday before."""
    span = [builder.day(-ago) for ago in range(start, last - 1, -1)]
    days = [day for day in span if day.weekday() < 5]
    if days:
        return days
    fallback = builder.day(-last)
    while fallback.weekday() >= 5:
        fallback -= timedelta(days=1)
    return [fallback]


def _free_day(
    builder: FirmBuilder,
    days: list[date],
    role: str,
    hours: float,
    load: dict[tuple[str, date], float],
) -> date:
    """A random day with room for `hours`, else the least loaded one."""
    for day in builder.rng.sample(days, len(days)):
        if load.get((role, day), 0.0) + hours <= _DAY_CAPACITY:
            return day
    return min(days, key=lambda day: (load.get((role, day), 0.0), day))


def _line_name(builder: FirmBuilder, plan: Plan) -> str:
    """A stock description, or now and then one that names a person."""
    phrases = builder.data.phrases
    if builder.rng.random() < phrases["personal_timesheet_share"]:
        template = builder.rng.choice(phrases["personal_timesheet_names"])
        return builder.render(template, plan.tokens)
    return str(builder.rng.choice(phrases["timesheet_names"]))


def _emit_line(
    builder: FirmBuilder, line_id: int, draft: LineDraft, task_id: int, member: Staff
) -> None:
    plan, day = draft.plan, draft.day.isoformat()
    builder.emit(
        "account.analytic.line",
        line_id,
        {
            "name": draft.name,
            "date": day,
            "date_time": f"{day} 00:00:00",
            "unit_amount": draft.hours,
            "amount": -draft.hours * member.hourly_cost,
            "employee_id": [member.employee_id, member.person.name],
            "user_id": [member.user_id, member.person.name],
            "project_id": [plan.project_id, plan.spec.name],
            "task_id": [task_id, draft.task.name],
            "partner_id": [plan.client.partner_id, plan.client.name],
            "create_date": f"{day} 17:30:00",
            "write_date": f"{day} 17:30:00",
        },
    )
