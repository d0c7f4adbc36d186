"""Durable job requests: a webhook's job is stored before it is acknowledged.

Workers claim one job at a time with a lease (a compare-and-set on its due
time), so replicas sharing the database never run the same request twice at
once, and a job whose worker died is run again when the lease runs out, up
to the attempts allowed; after that it is dead: kept, audited, never rerun.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.sql.dml import ReturningInsert

from copilot.errors import CallerError, CopilotError
from copilot.store.store import SuggestionStore
from copilot.store.tables import AuditRow, JobRow, is_waiting_job

__all__ = ["FailedJob", "JobBook", "JobRequest"]

logger = logging.getLogger(__name__)

_LEASE = timedelta(minutes=10)
_UNFINISHED = ("pending", "running")
_GIVEN_UP = ("failed", "dead")
Runner = Callable[[int], object]


@dataclass(frozen=True)
class JobRequest:
    id: int
    kind: str
    record_id: int


@dataclass(frozen=True)
class FailedJob:
    id: int
    kind: str
    record_id: int
    attempts: int
    reason: str
    status: str = "failed"  # or "dead": its process stopped on every attempt


def _insert_waiting(dialect: str) -> ReturningInsert[int]:
    """INSERT of a job that does nothing if the same job is already waiting."""
    insert = postgres_insert if dialect == "postgresql" else sqlite_insert
    return (
        insert(JobRow)
        .on_conflict_do_nothing(
            index_elements=[JobRow.kind, JobRow.record_id],
            index_where=is_waiting_job(),
        )
        .returning(JobRow.id)
    )


def _dead_reason(attempts: int) -> str:
    runs = f"{attempts} attempt{'' if attempts == 1 else 's'}"
    return (
        f"dead after {runs}: the last stopped without finishing "
        "(its process died or ran past the 10-minute lease); not retried"
    )


class JobBook:
    """Pending jobs; a pending request for the same record is not added twice.

    `max_attempts` caps the runs of one job, whether each ended in an error
    or its process died while the job was leased.
    """

    def __init__(self, store: SuggestionStore, *, max_attempts: int = 5) -> None:
        self._store = store
        self._max_attempts = max_attempts

    def enqueue(self, kind: str, record_id: int) -> int:
        """Store a request, or return the waiting one for the same record.

        Insert-or-ignore on the waiting-job key, then read: replicas that
        take the same webhook at once all get the one stored job.
        """
        now = self._store.now()
        waiting = select(JobRow.id).where(
            JobRow.kind == kind, JobRow.record_id == record_id, is_waiting_job()
        )
        # A pass finds no job only if the waiting one was leased between its
        # two statements; the next pass stores this request, or reads the
        # one another replica stored meanwhile.
        while True:
            with self._store.session() as session, session.begin():
                stored: int | None = session.scalar(
                    _insert_waiting(session.get_bind().dialect.name).values(
                        kind=kind,
                        record_id=record_id,
                        status="pending",
                        attempts=0,
                        next_attempt_at=now,
                        created_at=now,
                    )
                )
                if stored is None:
                    stored = session.scalar(waiting)
            if stored is not None:
                return stored

    def claim_next(self) -> JobRequest | None:
        """The oldest due job, leased to the caller; None when nothing is due.

        A leased job whose lease ran out after its last allowed attempt is
        marked dead on the way, not leased again.
        """
        now = self._store.now()
        # Each candidate is buried, leased, or was changed by another process
        # (so no longer due): every pass shrinks what is due, and ends.
        while candidates := self._due(now):
            for row in candidates:
                if row.status == "running" and row.attempts >= self._max_attempts:
                    self._bury(row, now)
                elif self._lease(row, now):
                    return JobRequest(row.id, row.kind, row.record_id)
        return None

    def _due(self, now: datetime) -> list[JobRow]:
        with self._store.session() as session:
            return list(
                session.scalars(
                    select(JobRow)
                    .where(
                        JobRow.status.in_(_UNFINISHED), JobRow.next_attempt_at <= now
                    )
                    .order_by(JobRow.id)
                    .limit(20)
                )
            )

    def _lease(self, row: JobRow, now: datetime) -> bool:
        with self._store.session() as session, session.begin():
            taken = session.connection().execute(
                update(JobRow)
                .where(
                    JobRow.id == row.id,
                    JobRow.status == row.status,
                    JobRow.next_attempt_at <= now,
                )
                .values(
                    status="running",
                    next_attempt_at=now + _LEASE,
                    attempts=row.attempts + 1,
                )
            )
        return bool(taken.rowcount)

    def _bury(self, row: JobRow, now: datetime) -> None:
        """Mark a job dead and audit it, in one transaction; once, by one caller."""
        reason = _dead_reason(row.attempts)
        with self._store.session() as session, session.begin():
            taken = session.connection().execute(
                update(JobRow)
                .where(
                    JobRow.id == row.id,
                    JobRow.status == "running",
                    JobRow.next_attempt_at <= now,
                )
                .values(status="dead", last_error=reason)
            )
            if not taken.rowcount:
                return
            session.add(
                AuditRow(
                    at=now,
                    event="job_dead",
                    correlation_id=uuid.uuid4().hex[:16],
                    details={
                        "job_id": row.id,
                        "kind": row.kind,
                        "record_id": row.record_id,
                        "attempts": row.attempts,
                        "state": "dead",
                    },
                )
            )
        logger.warning(
            "%s job %s for record %s is dead (%s attempts); not retried",
            row.kind,
            row.id,
            row.record_id,
            row.attempts,
        )

    def finish(
        self, job_id: int, error: str | None = None, *, final: bool = False
    ) -> None:
        """Done, or (after an error) retried later until attempts run out.

        `final` gives up at once: a failure no retry can fix (the record
        does not exist) goes straight to the failed jobs, with its reason.
        A success always counts; an error counts only while the job is
        still leased (not once another run finished it or it was buried).
        """
        now = self._store.now()
        with self._store.session() as session, session.begin():
            row = session.get(JobRow, job_id)
            if row is None:
                return
            if error is None:
                row.status = "done"
                row.last_error = None
                return
            if row.status not in _UNFINISHED:
                return
            row.last_error = error[:200]
            if final or row.attempts >= self._max_attempts:
                row.status = "failed"
            else:
                row.status = "pending"
                row.next_attempt_at = now + timedelta(minutes=2**row.attempts)

    def drain(self, runners: Mapping[str, Runner]) -> tuple[int, int]:
        """Run due jobs until none is left; returns (succeeded, failed)."""
        succeeded = failed = 0
        while (job := self.claim_next()) is not None:
            try:
                runners[job.kind](job.record_id)
            except CopilotError as exc:
                failed += 1
                # A caller error (the record was deleted, or never existed)
                # fails the same way on every retry: give up at once.
                final = isinstance(exc, CallerError)
                logger.warning(
                    "%s job for record %s failed%s: %s",
                    job.kind,
                    job.record_id,
                    " for good" if final else "",
                    type(exc).__name__,
                )
                self.finish(job.id, f"{type(exc).__name__}: {exc}", final=final)
                continue
            except Exception as exc:  # the worker's edge: keep the job, log once
                failed += 1
                logger.exception("%s job crashed", job.kind)
                self.finish(job.id, type(exc).__name__)
                continue
            succeeded += 1
            self.finish(job.id)
        return succeeded, failed

    def failed(self) -> list[FailedJob]:
        """Jobs given up on (failed or dead), oldest first, each with its reason."""
        with self._store.session() as session:
            rows = session.scalars(
                select(JobRow).where(JobRow.status.in_(_GIVEN_UP)).order_by(JobRow.id)
            )
            return [
                FailedJob(
                    r.id, r.kind, r.record_id, r.attempts, r.last_error or "", r.status
                )
                for r in rows
            ]

    def pending(self) -> int:
        """Jobs not finished yet: waiting, or leased to a process."""
        return self._count(_UNFINISHED)

    def failed_count(self) -> int:
        """Jobs given up on (failed or dead): the size of `failed()`."""
        return self._count(_GIVEN_UP)

    def _count(self, statuses: tuple[str, ...]) -> int:
        with self._store.session() as session:
            counted = session.scalar(
                select(func.count())
                .select_from(JobRow)
                .where(JobRow.status.in_(statuses))
            )
        return int(counted or 0)
