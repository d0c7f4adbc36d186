"""Typed views of stored suggestions, handed to the CLI, the API and jobs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from copilot.odoo.writer import SuggestionKey
from copilot.store.states import SuggestionState

__all__ = ["PendingWrite", "Suggestion", "WriteBack", "utc_now"]


def utc_now() -> datetime:
    """Naive UTC: SQLite keeps no time zone, so every column is UTC by rule."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class PendingWrite:
    """Everything the outbox needs to post one activity later."""

    key: SuggestionKey
    user_id: int
    summary: str
    note_html: str
    deadline: date
    # The job's id, so the store's audit and the job's join; "" = a new one.
    correlation_id: str = ""


@dataclass(frozen=True)
class WriteBack:
    """What happened to one suggestion's write-back in this call."""

    suggestion_id: int
    activity_id: int | None
    outcome: str  # created, updated, unchanged, queued: ..., failed: ...


@dataclass(frozen=True)
class Suggestion:
    """A stored suggestion without its text: ids, state and timing only."""

    id: int
    kind: str
    model: str
    record_id: int
    period: str
    content_hash: str
    state: SuggestionState
    activity_id: int | None
    correlation_id: str
    reason: str | None
    created_at: datetime
    decided_at: datetime | None
    attempts: int
    last_error: str | None

    def as_dict(self, *, now: datetime | None = None) -> dict[str, object]:
        age = (now - self.created_at).total_seconds() if now else None
        return {
            "id": self.id,
            "kind": self.kind,
            "record": {"model": self.model, "id": self.record_id},
            "period": self.period,
            "content_hash": self.content_hash,
            "state": self.state.value,
            "odoo_activity_id": self.activity_id,
            "correlation_id": self.correlation_id,
            "reason": self.reason,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "decided_at": (
                self.decided_at.isoformat(timespec="seconds")
                if self.decided_at
                else None
            ),
            "attempts": self.attempts,
            "last_error": self.last_error,
            "age_s": round(age) if age is not None else None,
        }
