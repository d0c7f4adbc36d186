"""Who receives an account's next-actions To-Do, and why that user."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from copilot.billing.records import Account

__all__ = ["Assignee", "AssigneeReason", "choose_assignee"]


class AssigneeReason(StrEnum):
    SALESPERSON = "salesperson"
    """The partner's own salesperson (`user_id`), an active user."""
    SALE_LINES = "sale_lines"
    """No active salesperson on the partner: the one on most of its sale lines."""
    DEFAULT_ASSIGNEE = "default_assignee"
    """No active salesperson at all: the configured default assignee."""


@dataclass(frozen=True)
class Assignee:
    """A `res.users` id and name (None when Odoo did not return it)."""

    user_id: int
    name: str | None
    reason: AssigneeReason

    def as_dict(self) -> dict[str, object]:
        return {
            "model": "res.users",
            "id": self.user_id,
            "name": self.name,
            "reason": self.reason.value,
        }


def choose_assignee(
    account: Account,
    sellers: Iterable[int | None],
    fallback_user_id: int | None,
    user_names: Callable[[set[int]], dict[int, str]],
) -> Assignee | None:
    """The first active user of: the partner's salesperson, the sellers on
    its sale lines (most lines first); else the fallback, active or not.

    `user_names` answers active users only, in one call for all candidates.
    """
    counted = Counter(s for s in sellers if s is not None)
    ranked = [(account.salesperson_id, AssigneeReason.SALESPERSON)] + [
        (seller, AssigneeReason.SALE_LINES) for seller, _ in counted.most_common()
    ]
    known = [(uid, why) for uid, why in ranked if uid is not None]
    wanted = {uid for uid, _ in known}
    if fallback_user_id is not None:
        wanted.add(fallback_user_id)
    active = user_names(wanted) if wanted else {}
    for user_id, reason in known:
        if user_id in active:
            return Assignee(user_id, active[user_id], reason)
    if fallback_user_id is None:
        return None
    return Assignee(
        fallback_user_id,
        active.get(fallback_user_id),
        AssigneeReason.DEFAULT_ASSIGNEE,
    )
