"""Typed Odoo records as the product sees them, after normalisation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

__all__ = [
    "Message",
    "Milestone",
    "Person",
    "Project",
    "ProjectSnapshot",
    "ProjectUpdate",
    "RecordRef",
    "Task",
    "Ticket",
    "TimesheetLine",
]


@dataclass(frozen=True, order=True)
class RecordRef:
    """A citation: one Odoo record, optionally one field of it."""

    model: str
    id: int
    field: str | None = None

    def as_dict(self) -> dict[str, object]:
        """The JSON form used in every `--json` output."""
        out: dict[str, object] = {"model": self.model, "id": self.id}
        if self.field is not None:
            out["field"] = self.field
        return out

    def label(self) -> str:
        """Short human label such as `project.task#6`."""
        return f"{self.model}#{self.id}"


@dataclass(frozen=True)
class Person:
    """A partner, contact, user or employee known to Odoo."""

    ref: RecordRef
    name: str
    email: str | None = None
    phone: str | None = None
    mobile: str | None = None
    is_company: bool = False
    address: str | None = None


@dataclass(frozen=True)
class Project:
    id: int
    name: str
    partner_id: int | None
    partner_name: str | None
    manager_id: int | None
    manager_name: str | None
    date_start: date | None
    date_end: date | None
    allocated_hours: float
    last_update_status: str | None
    description: str
    allow_billable: bool
    active: bool = True

    @property
    def ref(self) -> RecordRef:
        return RecordRef("project.project", self.id)


@dataclass(frozen=True)
class Task:
    id: int
    name: str
    project_id: int
    stage_name: str | None
    state: str
    priority: str
    deadline: datetime | None
    allocated_hours: float
    effective_hours: float
    assignee_ids: tuple[int, ...]
    milestone_id: int | None
    depends_on_ids: tuple[int, ...]
    last_stage_change: datetime | None
    last_write: datetime | None
    description: str

    @property
    def ref(self) -> RecordRef:
        return RecordRef("project.task", self.id)

    @property
    def is_open(self) -> bool:
        """Odoo 17 closes a task by its state, not its stage."""
        return self.state not in ("1_done", "1_canceled")


@dataclass(frozen=True)
class Milestone:
    id: int
    name: str
    project_id: int
    deadline: date | None
    is_reached: bool
    reached_date: date | None
    sale_line_id: int | None = None

    @property
    def ref(self) -> RecordRef:
        return RecordRef("project.milestone", self.id)


@dataclass(frozen=True)
class ProjectUpdate:
    id: int
    name: str
    project_id: int
    status: str
    progress: int
    date: date | None
    author_name: str | None
    description: str

    @property
    def ref(self) -> RecordRef:
        return RecordRef("project.update", self.id)


@dataclass(frozen=True)
class TimesheetLine:
    id: int
    date: date
    hours: float
    project_id: int
    task_id: int | None
    employee_id: int | None
    description: str

    @property
    def ref(self) -> RecordRef:
        return RecordRef("account.analytic.line", self.id)


@dataclass(frozen=True)
class Message:
    """A chatter message; `body` is the raw HTML as Odoo stores it."""

    id: int
    model: str
    res_id: int
    date: datetime | None
    author_name: str | None
    message_type: str
    subtype_name: str | None
    body: str

    @property
    def ref(self) -> RecordRef:
        return RecordRef("mail.message", self.id)


@dataclass(frozen=True)
class Ticket:
    id: int
    name: str
    partner_id: int | None
    stage_name: str | None
    is_closed: bool
    priority: str
    create_date: datetime | None

    @property
    def ref(self) -> RecordRef:
        return RecordRef("helpdesk.ticket", self.id)


@dataclass(frozen=True)
class ProjectSnapshot:
    """Everything read from Odoo for one project's briefing, in one place."""

    project: Project
    tasks: tuple[Task, ...]
    milestones: tuple[Milestone, ...]
    updates: tuple[ProjectUpdate, ...]
    timesheets: tuple[TimesheetLine, ...]
    messages: tuple[Message, ...]
    tickets: tuple[Ticket, ...] | None
    total_hours: float = 0.0
    active_user_ids: frozenset[int] = frozenset()

    @property
    def helpdesk_installed(self) -> bool:
        return self.tickets is not None
