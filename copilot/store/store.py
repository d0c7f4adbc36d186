"""The suggestion store: idempotent proposals, decisions, and the outbox queue.

Every write-back is stored before Odoo is contacted, so an Odoo outage loses
nothing; a unique key (kind, record, period, content hash) makes replays of a
job or a webhook return the stored suggestion instead of a second one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from copilot.errors import NotFoundError
from copilot.odoo.writer import SuggestionKey
from copilot.records import RecordRef
from copilot.store.audit_table import append_audit
from copilot.store.model import PendingWrite, Suggestion, utc_now
from copilot.store.rows import expire_older, outbox_of, view
from copilot.store.schema import create_tables
from copilot.store.states import (
    SuggestionState,
    TransitionRefused,
    check_transition,
)
from copilot.store.tables import OutboxRow, SuggestionRow

__all__ = ["SuggestionStore"]


class SuggestionStore:
    """Suggestions and their outbox in one database (SQLite or PostgreSQL)."""

    def __init__(
        self,
        engine: Engine,
        *,
        now: Callable[[], datetime] = utc_now,
        max_attempts: int = 5,
        backoff_s: float = 30.0,
        backoff_max_s: float = 3600.0,
        lease_s: float = 300.0,
    ) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.now = now
        self.max_attempts = max_attempts
        self._backoff_s = backoff_s
        self._backoff_max_s = backoff_max_s
        self.lease_s = lease_s

    def create_schema(self) -> None:
        """Create missing tables and keys; existing data is kept (see
        `create_tables` for processes that start at once)."""
        create_tables(self.engine)

    def session(self) -> Session:
        return self._sessions()

    # -- proposals ----------------------------------------------------------

    def propose(self, write: PendingWrite) -> tuple[Suggestion, bool]:
        """Store a suggestion and queue its write-back; `False` if it existed."""
        found = self._find(write.key)
        if found is not None:
            return found, False
        now = self.now()
        row = SuggestionRow(
            kind=write.key.kind,
            res_model=write.key.record.model,
            res_id=write.key.record.id,
            period=write.key.period,
            content_hash=write.key.content_hash,
            state=SuggestionState.PROPOSED.value,
            user_id=write.user_id,
            summary=write.summary,
            note_html=write.note_html,
            deadline=write.deadline.isoformat(),
            correlation_id=write.correlation_id or uuid.uuid4().hex[:16],
            created_at=now,
        )
        try:
            with self.session() as session, session.begin():
                session.add(row)
                session.flush()
                session.add(
                    OutboxRow(
                        suggestion_id=row.id,
                        status="pending",
                        attempts=0,
                        next_attempt_at=now,
                        created_at=now,
                    )
                )
                append_audit(session, now, "suggestion_proposed", row)
        except IntegrityError:
            # Another worker stored the same key first: theirs is the one.
            found = self._find(write.key)
            if found is None:
                raise
            return found, False
        return self.get(row.id), True

    def _find(self, key: SuggestionKey) -> Suggestion | None:
        with self.session() as session:
            row = session.scalars(
                select(SuggestionRow).where(
                    SuggestionRow.kind == key.kind,
                    SuggestionRow.res_model == key.record.model,
                    SuggestionRow.res_id == key.record.id,
                    SuggestionRow.period == key.period,
                    SuggestionRow.content_hash == key.content_hash,
                )
            ).first()
            return view(session, row) if row else None

    # -- reading ------------------------------------------------------------

    def get(self, suggestion_id: int) -> Suggestion:
        with self.session() as session:
            row = session.get(SuggestionRow, suggestion_id)
            if row is None:
                raise NotFoundError(f"No suggestion with id {suggestion_id}.")
            return view(session, row)

    def search(
        self,
        *,
        states: Iterable[SuggestionState] | None = None,
        kind: str | None = None,
        limit: int = 200,
    ) -> list[Suggestion]:
        """Newest first, optionally only some states or one kind."""
        query = select(SuggestionRow).order_by(SuggestionRow.id.desc()).limit(limit)
        if states is not None:
            query = query.where(SuggestionRow.state.in_([s.value for s in states]))
        if kind is not None:
            query = query.where(SuggestionRow.kind == kind)
        with self.session() as session:
            return [view(session, row) for row in session.scalars(query)]

    # -- decisions ------------------------------------------------------------

    def decide(
        self,
        suggestion_id: int,
        target: SuggestionState,
        *,
        actor: str,
        source: str,
        reason: str | None = None,
    ) -> Suggestion:
        """Approve, reject or expire; the state machine refuses other moves."""
        now = self.now()
        with self.session() as session, session.begin():
            row = session.get(SuggestionRow, suggestion_id, with_for_update=True)
            if row is None:
                raise NotFoundError(f"No suggestion with id {suggestion_id}.")
            _move(session, row, target, decided_at=now, reason=reason)
            outbox = outbox_of(session, row.id)
            if outbox is not None and outbox.status != "done":
                outbox.status = "cancelled"
            append_audit(
                session,
                now,
                f"suggestion_{target.value}",
                row,
                actor=actor,
                source=source,
            )
        return self.get(suggestion_id)

    def retry(self, suggestion_id: int, *, actor: str) -> Suggestion:
        """Put a failed suggestion back in the outbox with fresh attempts."""
        now = self.now()
        with self.session() as session, session.begin():
            row = session.get(SuggestionRow, suggestion_id, with_for_update=True)
            if row is None:
                raise NotFoundError(f"No suggestion with id {suggestion_id}.")
            _move(session, row, SuggestionState.PROPOSED)
            outbox = outbox_of(session, row.id)
            if outbox is not None:
                outbox.status, outbox.attempts = "pending", 0
                outbox.next_attempt_at = now
            append_audit(session, now, "suggestion_requeued", row, actor=actor)
        return self.get(suggestion_id)

    # -- the outbox -----------------------------------------------------------

    def due(self, *, limit: int = 100) -> list[int]:
        """Ids of suggestions whose write-back is due, oldest first."""
        query = (
            select(OutboxRow.suggestion_id)
            .where(OutboxRow.status == "pending")
            .where(OutboxRow.next_attempt_at <= self.now())
            .order_by(OutboxRow.suggestion_id)
            .limit(limit)
        )
        with self.session() as session:
            return list(session.scalars(query))

    def claim(self, suggestion_id: int, *, lease_s: float | None = None) -> bool:
        """Take a due write-back for a lease; False if another worker has it.

        The lease lasts `lease_s`, or the store's `lease_s` when not given.

        A compare-and-set on the due time, so replicas sharing PostgreSQL
        never post the same suggestion at once; a worker that dies mid-write
        leaves it to be retried when the lease runs out.
        """
        now = self.now()
        lease = timedelta(seconds=self.lease_s if lease_s is None else lease_s)
        with self.session() as session, session.begin():
            claimed = session.connection().execute(
                update(OutboxRow)
                .where(
                    OutboxRow.suggestion_id == suggestion_id,
                    OutboxRow.status == "pending",
                    OutboxRow.next_attempt_at <= now,
                )
                .values(next_attempt_at=now + lease)
            )
            return bool(claimed.rowcount)

    def pending_write(self, suggestion_id: int) -> PendingWrite:
        with self.session() as session:
            row = session.get(SuggestionRow, suggestion_id)
            if row is None:
                raise NotFoundError(f"No suggestion with id {suggestion_id}.")
            return PendingWrite(
                key=SuggestionKey(
                    kind=row.kind,
                    record=RecordRef(row.res_model, row.res_id),
                    period=row.period,
                    content_hash=row.content_hash,
                ),
                user_id=row.user_id,
                summary=row.summary,
                note_html=row.note_html,
                deadline=date.fromisoformat(row.deadline),
                correlation_id=row.correlation_id,
            )

    def mark_posted(self, suggestion_id: int, activity_id: int, outcome: str) -> None:
        """Record the activity; older open advice on the same record expires."""
        now = self.now()
        with self.session() as session, session.begin():
            row = session.get(SuggestionRow, suggestion_id, with_for_update=True)
            if row is None:
                raise NotFoundError(f"No suggestion with id {suggestion_id}.")
            row.activity_id = activity_id
            # Decided in the inbox while the write was in flight: the
            # decision stands, the activity id is kept for the record.
            if row.state == SuggestionState.PROPOSED.value:
                row.state = SuggestionState.POSTED.value
            outbox = outbox_of(session, row.id)
            if outbox is not None:
                outbox.status, outbox.attempts = "done", outbox.attempts + 1
            append_audit(
                session,
                now,
                "suggestion_posted",
                row,
                activity_id=activity_id,
                outcome=outcome,
            )
            expire_older(session, row, now)

    def record_failure(
        self, suggestion_id: int, reason: str, *, final: bool = False
    ) -> SuggestionState:
        """Count a failed attempt: retry later with backoff, or give up.

        After `max_attempts` (or at once when `final`, for a failure no retry
        can fix) the suggestion moves to the exception queue.
        """
        now = self.now()
        with self.session() as session, session.begin():
            row = session.get(SuggestionRow, suggestion_id, with_for_update=True)
            outbox = outbox_of(session, suggestion_id)
            if row is None or outbox is None:
                raise NotFoundError(f"No queued suggestion {suggestion_id}.")
            outbox.attempts += 1
            outbox.last_error = reason[:500]
            if row.state != SuggestionState.PROPOSED.value:
                outbox.status = "cancelled"  # decided while the write was in flight
            elif final or outbox.attempts >= self.max_attempts:
                row.state, outbox.status = SuggestionState.FAILED.value, "failed"
            else:
                delay = min(
                    self._backoff_s * 2 ** (outbox.attempts - 1), self._backoff_max_s
                )
                outbox.next_attempt_at = now + timedelta(seconds=delay)
            append_audit(
                session,
                now,
                "writeback_failed",
                row,
                attempts=outbox.attempts,
                reason=outbox.last_error,
            )
            return SuggestionState(row.state)


def _move(
    session: Session,
    row: SuggestionRow,
    target: SuggestionState,
    **values: object,
) -> None:
    """Move `row` to `target` if the state machine allows it from the state
    read, and only if no other process changed that state meanwhile.

    SQLite takes no row lock for `with_for_update`: the state is compared
    and set in one UPDATE, so of two decisions at once one is refused.
    """
    seen = SuggestionState(row.state)
    check_transition(seen, target)
    moved = session.execute(
        update(SuggestionRow)
        .where(SuggestionRow.id == row.id, SuggestionRow.state == seen.value)
        .values(state=target.value, **values)
    )
    if not moved.rowcount:  # type: ignore[attr-defined]
        session.refresh(row)
        check_transition(SuggestionState(row.state), target)
        raise TransitionRefused(
            f"The suggestion changed from {seen.value} to {row.state} meanwhile; "
            "look at it again."
        )
