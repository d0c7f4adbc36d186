"""Stored webhook jobs as operators see them: one job's status, counts by state.

A job is `queued` (waiting, or waiting to be retaken after its lease ran
out), `running` (leased), `done`, `failed` (an error no retry fixed) or
`dead` (its process stopped on every attempt). Its input, the job kind and
the Odoo record id, stays readable whatever the state.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from copilot.errors import CallerError, NotFoundError
from copilot.store.store import SuggestionStore
from copilot.store.tables import JobRow

__all__ = [
    "JOB_STATES",
    "JobStatus",
    "count_jobs",
    "find_jobs",
    "read_job",
    "record_model",
    "require_job_state",
]

JOB_STATES = ("queued", "running", "done", "failed", "dead")
_UNFINISHED = ("pending", "running")
# The Odoo model whose record each job kind reads (see api/jobs.py).
_RECORD_MODELS = {"triage": "helpdesk.ticket", "briefing": "project.project"}


def record_model(kind: str) -> str:
    """The Odoo model of the record a job of ``kind`` reads."""
    return _RECORD_MODELS.get(kind, "unknown")


def public_state(status: str, lease_over: bool) -> str:
    """The state shown for a stored status; an expired lease is queued again."""
    if status == "pending" or (status == "running" and lease_over):
        return "queued"
    return status


@dataclass(frozen=True)
class JobStatus:
    id: int
    kind: str
    record_id: int
    state: str
    attempts: int
    reason: str | None
    created_at: datetime

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "record": {
                "model": record_model(self.kind),
                "id": self.record_id,
            },
            "state": self.state,
            "attempts": self.attempts,
            "reason": self.reason,
            "created_at": self.created_at.isoformat(timespec="seconds"),
        }


def _status(row: JobRow, now: datetime) -> JobStatus:
    return JobStatus(
        id=row.id,
        kind=row.kind,
        record_id=row.record_id,
        state=public_state(row.status, row.next_attempt_at <= now),
        attempts=row.attempts,
        reason=row.last_error,
        created_at=row.created_at,
    )


def read_job(store: SuggestionStore, job_id: int) -> JobStatus:
    """One job's status; NotFoundError for an unknown id."""
    with store.session() as session:
        row = session.get(JobRow, job_id)
        if row is None:
            raise NotFoundError(f"No webhook job with id {job_id}.")
        return _status(row, store.now())


def require_job_state(state: str) -> None:
    """Raise a caller error naming the states if ``state`` is none of them."""
    if state not in JOB_STATES:
        names = ", ".join(JOB_STATES)
        raise CallerError(f"Unknown job state '{state}'; choose one of {names}.")


def _stored_statuses(state: str) -> tuple[str, ...]:
    require_job_state(state)
    return _UNFINISHED if state in ("queued", "running") else (state,)


def find_jobs(
    store: SuggestionStore, *, state: str | None = None, limit: int = 100
) -> list[JobStatus]:
    """The newest jobs first, optionally only those in one state."""
    query = select(JobRow).order_by(JobRow.id.desc())
    if state is not None:
        query = query.where(JobRow.status.in_(_stored_statuses(state)))
    now = store.now()
    found: list[JobStatus] = []
    with store.session() as session:
        for row in session.scalars(query):
            status = _status(row, now)
            if state is None or status.state == state:
                found.append(status)
            if len(found) >= limit:
                break
    return found


def count_jobs(store: SuggestionStore) -> Counter[tuple[str, str]]:
    """Stored jobs by (kind, state); finished ones are counted in the database."""
    now = store.now()
    counts: Counter[tuple[str, str]] = Counter()
    with store.session() as session:
        for kind, status, count in session.execute(
            select(JobRow.kind, JobRow.status, func.count())
            .where(JobRow.status.not_in(_UNFINISHED))
            .group_by(JobRow.kind, JobRow.status)
        ):
            counts[(kind, status)] += count
        # Unfinished jobs are the backlog, few by design: their lease is
        # read row by row rather than in a dialect-specific expression.
        for kind, status, due in session.execute(
            select(JobRow.kind, JobRow.status, JobRow.next_attempt_at).where(
                JobRow.status.in_(_UNFINISHED)
            )
        ):
            counts[(kind, public_state(status, due <= now))] += 1
    return counts
