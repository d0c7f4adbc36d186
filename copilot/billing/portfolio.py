"""Lookups over one scan's records that every detector shares."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cached_property

from copilot.billing.records import BillingProject, PortfolioSnapshot, SaleLine

__all__ = ["Portfolio", "money", "workdays_before"]


class Portfolio:
    """A snapshot with indexes: projects and sale lines by id, the project a
    sale line serves, the client of a project."""

    def __init__(self, snapshot: PortfolioSnapshot) -> None:
        self.snapshot = snapshot
        self.today = snapshot.today

    @cached_property
    def projects(self) -> dict[int, BillingProject]:
        return {p.id: p for p in self.snapshot.projects}

    @cached_property
    def sale_lines(self) -> dict[int, SaleLine]:
        return {line.id: line for line in self.snapshot.sale_lines}

    @cached_property
    def _line_projects(self) -> dict[int, int]:
        """A line's own project, else the project that logs most hours on it,
        else the project sold by it."""
        hours: dict[int, dict[int, float]] = {}
        for group in self.snapshot.timesheet_groups:
            if group.sale_line_id is not None:
                per = hours.setdefault(group.sale_line_id, {})
                per[group.project_id] = per.get(group.project_id, 0.0) + group.hours
        found = {
            line_id: max(sorted(per), key=lambda pid: per[pid])
            for line_id, per in hours.items()
        }
        for project in self.snapshot.projects:
            if project.sale_line_id is not None:
                found.setdefault(project.sale_line_id, project.id)
        for line in self.snapshot.sale_lines:
            if line.project_id is not None and line.project_id in self.projects:
                found[line.id] = line.project_id
        return found

    def project_of_line(self, line: SaleLine) -> BillingProject | None:
        project_id = self._line_projects.get(line.id)
        return self.projects.get(project_id) if project_id is not None else None

    def user_name(self, user_id: int) -> str | None:
        return self.snapshot.user_names.get(user_id)


def money(amount: float, currency: str | None) -> str:
    """An amount as statements write it, e.g. `2,500.00 USD`."""
    return f"{amount:,.2f} {currency or ''}".strip()


def workdays_before(today: date, workdays: int) -> date:
    """The day `workdays` weekdays before `today` (Monday to Friday)."""
    day, left = today, workdays
    while left > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day
