"""Fields Odoo computes at read time that the sandbox recomputes too."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, Protocol

__all__ = ["ComputeScope", "activity_state", "compute_for"]


class ComputeScope(Protocol):
    """The part of the store a computed field may look at."""

    @property
    def today(self) -> date:
        """The store's today."""

    def matching(
        self,
        model: str,
        domain: Sequence[Any],
        context: Mapping[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        """Records matching a domain, archived ones hidden."""

    def sort(
        self, model: str, rows: list[dict[str, Any]], order: str | None
    ) -> list[dict[str, Any]]:
        """Rows in the model's default order."""


Compute = Callable[[ComputeScope, str, Mapping[str, Any]], object]


def activity_state(scope: ComputeScope, model: str, row: Mapping[str, Any]) -> object:
    """mail.activity.state: ``done`` once done, else the deadline against today."""
    if row.get("date_done"):
        return "done"
    deadline = row.get("date_deadline")
    if not isinstance(deadline, str):
        return False
    days = (date.fromisoformat(deadline[:10]) - scope.today).days
    if days < 0:
        return "overdue"
    return "today" if days == 0 else "planned"


def thread_activities(
    scope: ComputeScope, model: str, row: Mapping[str, Any]
) -> object:
    """activity_ids of a mail.thread record: its open activities, in order."""
    domain = [("res_model", "=", model), ("res_id", "=", row["id"])]
    activities = scope.sort(
        "mail.activity", scope.matching("mail.activity", domain), None
    )
    return [int(activity["id"]) for activity in activities]


def thread_messages(scope: ComputeScope, model: str, row: Mapping[str, Any]) -> object:
    """message_ids of a mail.thread record: its messages but notifications
    addressed to one user (Odoo 17's field domain), newest first."""
    domain = [
        ("model", "=", model),
        ("res_id", "=", row["id"]),
        ("message_type", "!=", "user_notification"),
    ]
    messages = scope.sort("mail.message", scope.matching("mail.message", domain), None)
    return [int(message["id"]) for message in messages]


_BY_MODEL: Mapping[tuple[str, str], Compute] = {
    ("mail.activity", "state"): activity_state,
}
_ON_THREADS: Mapping[str, Compute] = {
    "activity_ids": thread_activities,
    "message_ids": thread_messages,
}


def compute_for(model: str, field: str, *, is_mail_thread: bool) -> Compute | None:
    """The computation that replaces the stored value, if the field has one."""
    compute = _BY_MODEL.get((model, field))
    if compute is None and is_mail_thread:
        compute = _ON_THREADS.get(field)
    return compute
