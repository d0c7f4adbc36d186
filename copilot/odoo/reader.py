"""Batched, read-only access to the Odoo records a briefing needs.

Every read names its fields explicitly and fetches a whole model's worth of
rows in one call: the number of RPC calls per project is fixed, whatever the
number of tasks, messages or timesheet lines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from copilot.errors import NotFoundError, OdooFeatureMissing
from copilot.odoo import normalize as n
from copilot.odoo.connection import RpcCaller
from copilot.odoo.fetcher import ModelFetcher
from copilot.odoo.people_reader import read_people
from copilot.odoo.users import active_internal_users
from copilot.records import (
    Message,
    Milestone,
    Person,
    Project,
    ProjectSnapshot,
    ProjectUpdate,
    Task,
    Ticket,
    TimesheetLine,
)

__all__ = ["OdooReader"]

HtmlToText = Callable[[str], str]

_MESSAGE_TYPES = ["comment", "email"]


class OdooReader:
    """Reads typed records; knows Odoo's field names so nothing else must."""

    def __init__(
        self,
        rpc: RpcCaller,
        html_to_text: HtmlToText,
        *,
        db: str = "",
        message_limit: int = 60,
        timesheet_window_days: int = 28,
    ) -> None:
        self._rpc = rpc
        self._fetch = ModelFetcher(rpc, db=db)
        self._html_to_text = html_to_text
        self._db = db
        self._message_limit = message_limit
        self._timesheet_window_days = timesheet_window_days

    def _html(self, value: object) -> str:
        return self._html_to_text(n.as_text(value)).strip()

    # -- projects ---------------------------------------------------------

    def require_project_app(self) -> None:
        """Fail with a clear message when the Project app is not installed."""
        try:
            self._rpc.field_names("project.project")
        except OdooFeatureMissing as exc:
            raise OdooFeatureMissing(
                "The Project app is not installed in this Odoo database; "
                "install Project (and Timesheets) to use briefings."
            ) from exc

    def active_project_ids(self) -> list[int]:
        self.require_project_app()
        ids: list[int] = self._rpc.execute_kw(
            "project.project", "search", [[["active", "=", True]]], {"order": "id asc"}
        )
        return ids

    def project(self, project_id: int) -> Project:
        self.require_project_app()
        plan = self._fetch.plan("project.project")
        rows = self._rpc.execute_kw(
            "project.project", "read", [[project_id]], {"fields": list(plan.requested)}
        )
        if not rows:
            raise NotFoundError(
                f"Project {project_id} does not exist or this Odoo user cannot see it."
            )
        row = rows[0]
        v = plan.value
        return Project(
            id=int(row["id"]),
            name=n.as_text(v(row, "name")),
            partner_id=n.many2one_id(v(row, "partner_id")),
            partner_name=n.many2one_name(v(row, "partner_id")),
            manager_id=n.many2one_id(v(row, "user_id")),
            manager_name=n.many2one_name(v(row, "user_id")),
            date_start=n.as_date(v(row, "date_start")),
            date_end=n.as_date(v(row, "date")),
            allocated_hours=n.as_float(v(row, "allocated_hours")),
            last_update_status=n.as_optional_text(v(row, "last_update_status")),
            description=self._html(v(row, "description")),
            allow_billable=n.as_bool(v(row, "allow_billable")),
            active=n.as_bool(v(row, "active")) if "active" in plan.requested else True,
        )

    def tasks(self, project_id: int) -> tuple[Task, ...]:
        plan = self._fetch.plan("project.task")
        rows = self._fetch.search_read(plan, [["project_id", "=", project_id]])
        v = plan.value
        return tuple(
            Task(
                id=int(row["id"]),
                name=n.as_text(v(row, "name")),
                project_id=project_id,
                stage_name=n.many2one_name(v(row, "stage_id")),
                state=n.as_text(v(row, "state")) or "01_in_progress",
                priority=n.as_text(v(row, "priority")) or "0",
                deadline=n.as_datetime(v(row, "date_deadline")),
                allocated_hours=n.as_float(v(row, "allocated_hours")),
                effective_hours=n.as_float(v(row, "effective_hours")),
                assignee_ids=n.as_ids(v(row, "user_ids")),
                milestone_id=n.many2one_id(v(row, "milestone_id")),
                depends_on_ids=n.as_ids(v(row, "depend_on_ids")),
                last_stage_change=n.as_datetime(v(row, "date_last_stage_update")),
                last_write=n.as_datetime(v(row, "write_date")),
                description=self._html(v(row, "description")),
            )
            for row in rows
        )

    def milestones(self, project_id: int) -> tuple[Milestone, ...]:
        if not self._fetch.has("project.milestone"):
            return ()
        plan = self._fetch.plan("project.milestone")
        rows = self._fetch.search_read(plan, [["project_id", "=", project_id]])
        v = plan.value
        return tuple(
            Milestone(
                id=int(row["id"]),
                name=n.as_text(v(row, "name")),
                project_id=project_id,
                deadline=n.as_date(v(row, "deadline")),
                is_reached=n.as_bool(v(row, "is_reached")),
                reached_date=n.as_date(v(row, "reached_date")),
            )
            for row in rows
        )

    def updates(self, project_id: int, *, limit: int = 5) -> tuple[ProjectUpdate, ...]:
        if not self._fetch.has("project.update"):
            return ()
        plan = self._fetch.plan("project.update")
        rows = self._fetch.search_read(
            plan,
            [["project_id", "=", project_id]],
            order="date desc, id desc",
            limit=limit,
        )
        v = plan.value
        return tuple(
            ProjectUpdate(
                id=int(row["id"]),
                name=n.as_text(v(row, "name")),
                project_id=project_id,
                status=n.as_text(v(row, "status")),
                progress=n.as_int(v(row, "progress")),
                date=n.as_date(v(row, "date")),
                author_name=n.many2one_name(v(row, "user_id")),
                description=self._html(v(row, "description")),
            )
            for row in rows
        )

    def timesheets(self, project_id: int, today: date) -> tuple[TimesheetLine, ...]:
        """Timesheet lines of the recent window (older ones only count in totals)."""
        plan = self._fetch.plan("account.analytic.line")
        since = today - timedelta(days=self._timesheet_window_days)
        rows = self._fetch.search_read(
            plan,
            [["project_id", "=", project_id], ["date", ">=", since.isoformat()]],
            order="date desc, id desc",
        )
        v = plan.value
        lines = []
        for row in rows:
            day = n.as_date(v(row, "date"))
            if day is None:
                continue
            lines.append(
                TimesheetLine(
                    id=int(row["id"]),
                    date=day,
                    hours=n.as_float(v(row, "unit_amount")),
                    project_id=project_id,
                    task_id=n.many2one_id(v(row, "task_id")),
                    employee_id=n.many2one_id(v(row, "employee_id")),
                    description=n.as_text(v(row, "name")),
                )
            )
        return tuple(lines)

    def total_hours(self, project_id: int) -> float:
        """All hours ever logged on the project, summed by Odoo (one call)."""
        groups = self._rpc.execute_kw(
            "account.analytic.line",
            "read_group",
            [[["project_id", "=", project_id]], ["unit_amount:sum"], ["project_id"]],
            {"lazy": False},
        )
        return sum(n.as_float(group.get("unit_amount")) for group in groups)

    def messages(self, project_id: int, task_ids: Sequence[int]) -> tuple[Message, ...]:
        """Recent human chatter on the project and its tasks, newest first."""
        plan = self._fetch.plan("mail.message")
        domain: list[Any] = [
            "&",
            ["message_type", "in", _MESSAGE_TYPES],
            "|",
            "&",
            ["model", "=", "project.project"],
            ["res_id", "=", project_id],
            "&",
            ["model", "=", "project.task"],
            ["res_id", "in", list(task_ids)],
        ]
        rows = self._fetch.search_read(
            plan, domain, order="date desc, id desc", limit=self._message_limit
        )
        v = plan.value
        return tuple(
            Message(
                id=int(row["id"]),
                model=n.as_text(v(row, "model")),
                res_id=n.as_int(v(row, "res_id")),
                date=n.as_datetime(v(row, "date")),
                author_name=n.many2one_name(v(row, "author_id")),
                message_type=n.as_text(v(row, "message_type")),
                subtype_name=n.many2one_name(v(row, "subtype_id")),
                body=self._html(v(row, "body")),
            )
            for row in rows
        )

    def open_tickets(self, partner_id: int | None) -> tuple[Ticket, ...] | None:
        """Open helpdesk tickets of the customer; `None` when no helpdesk app."""
        if not self._fetch.has("helpdesk.ticket"):
            return None
        if partner_id is None:
            return ()
        plan = self._fetch.plan("helpdesk.ticket")
        available = self._rpc.field_names("helpdesk.ticket")
        # OCA helpdesk_mgmt flags closed tickets with `closed`; Enterprise
        # helpdesk folds closing stages instead.
        closed_leaf = (
            ["closed", "=", False]
            if "closed" in available
            else ["stage_id.fold", "=", False]
        )
        rows = self._fetch.search_read(
            plan, [["partner_id", "child_of", partner_id], closed_leaf]
        )
        v = plan.value
        return tuple(
            Ticket(
                id=int(row["id"]),
                name=n.as_text(v(row, "name")),
                partner_id=n.many2one_id(v(row, "partner_id")),
                stage_name=n.many2one_name(v(row, "stage_id")),
                is_closed=n.as_bool(v(row, "closed")),
                priority=n.as_text(v(row, "priority")) or "0",
                create_date=n.as_datetime(v(row, "create_date")),
            )
            for row in rows
        )

    def snapshot(self, project_id: int, today: date) -> ProjectSnapshot:
        """Everything a briefing needs, in a fixed number of calls."""
        project = self.project(project_id)
        tasks = self.tasks(project_id)
        return ProjectSnapshot(
            project=project,
            tasks=tasks,
            milestones=self.milestones(project_id),
            updates=self.updates(project_id),
            timesheets=self.timesheets(project_id, today),
            messages=self.messages(project_id, [task.id for task in tasks]),
            tickets=self.open_tickets(project.partner_id),
            total_hours=self.total_hours(project_id),
            active_user_ids=self.active_internal_users(
                [project.manager_id] if project.manager_id else []
            ),
        )

    def active_internal_users(self, user_ids: Sequence[int]) -> frozenset[int]:
        """Which of `user_ids` may review advice (see `copilot.odoo.users`)."""
        return active_internal_users(self._rpc, user_ids)

    def people(self) -> tuple[Person, ...]:
        """Partners, contacts, users and employees whose names must be masked."""
        return read_people(self._fetch)
