"""Typed specs of the invented projects, parsed from the projects data file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from copilot.sandbox.demo_firm.results import RISK_KINDS

__all__ = [
    "MessageSpec",
    "MilestoneSpec",
    "ProjectSpec",
    "TaskSpec",
    "TicketSpec",
    "UpdateSpec",
]


@dataclass(frozen=True)
class TaskSpec:
    """A task; day counts are days before the anchor, `deadline` days after."""

    key: str
    name: str
    hours: float
    used: float
    state: str
    start: int
    last: int
    users: tuple[str, ...]
    deadline: int | None = None
    milestone: str | None = None
    depends: tuple[str, ...] = ()
    priority: str = "0"
    description: str | None = None


@dataclass(frozen=True)
class MilestoneSpec:
    """A milestone due `deadline` days after the anchor, reached days before."""

    key: str
    name: str
    deadline: int
    reached: int | None = None


@dataclass(frozen=True)
class MessageSpec:
    """A chatter message on the project or on `task:<key>`."""

    on: str
    author: str
    kind: str
    days_ago: int
    at: str
    body: str
    reply: bool = False


@dataclass(frozen=True)
class TicketSpec:
    """A helpdesk ticket from client contact `c<n>`."""

    name: str
    contact: str
    stage: str
    priority: str
    channel: str
    user: str
    created: int
    changed: int
    description: str
    task: str | None = None


@dataclass(frozen=True)
class UpdateSpec:
    """The project's latest status update."""

    name: str
    days_ago: int
    summary: str


@dataclass(frozen=True)
class ProjectSpec:
    """One project with everything that hangs off it."""

    key: str
    name: str
    client: str
    pm: str
    start: int
    end: int
    buffer: float
    status: str
    progress: int
    risks: tuple[str, ...]
    description: str
    update: UpdateSpec
    milestones: tuple[MilestoneSpec, ...]
    tasks: tuple[TaskSpec, ...]
    messages: tuple[MessageSpec, ...]
    tickets: tuple[TicketSpec, ...]

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> ProjectSpec:
        """Parse one project; unknown risk kinds are an error in the data."""
        unknown = [risk for risk in raw["risks"] if risk not in RISK_KINDS]
        if unknown:
            raise ValueError(f"unknown risk kinds in demo data: {unknown}")
        nested = {
            "update": UpdateSpec(**raw["update"]),
            "milestones": tuple(MilestoneSpec(**m) for m in raw["milestones"]),
            "tasks": tuple(TaskSpec(**_tuples(t)) for t in raw["tasks"]),
            "messages": tuple(MessageSpec(**m) for m in raw["messages"]),
            "tickets": tuple(TicketSpec(**t) for t in raw["tickets"]),
        }
        return cls(**{**_tuples(raw), **nested})


def _tuples(raw: Mapping[str, Any]) -> dict[str, Any]:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}
