"""Row helpers shared by the store: outbox lookup, typed views, expiry."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from copilot.store.audit_table import append_audit
from copilot.store.model import Suggestion
from copilot.store.states import SuggestionState
from copilot.store.tables import OutboxRow, SuggestionRow

__all__ = ["expire_older", "outbox_of", "view"]

_OPEN = (SuggestionState.PROPOSED, SuggestionState.POSTED, SuggestionState.FAILED)


def outbox_of(session: Session, suggestion_id: int) -> OutboxRow | None:
    return session.scalars(
        select(OutboxRow).where(OutboxRow.suggestion_id == suggestion_id)
    ).first()


def view(session: Session, row: SuggestionRow) -> Suggestion:
    outbox = outbox_of(session, row.id)
    return Suggestion(
        id=row.id,
        kind=row.kind,
        model=row.res_model,
        record_id=row.res_id,
        period=row.period,
        content_hash=row.content_hash,
        state=SuggestionState(row.state),
        activity_id=row.activity_id,
        correlation_id=row.correlation_id,
        reason=row.reason,
        created_at=row.created_at,
        decided_at=row.decided_at,
        attempts=outbox.attempts if outbox else 0,
        last_error=outbox.last_error if outbox else None,
    )


def expire_older(session: Session, newer: SuggestionRow, now: datetime) -> None:
    """Older open advice on the same record is superseded by `newer`."""
    older = session.scalars(
        select(SuggestionRow).where(
            SuggestionRow.kind == newer.kind,
            SuggestionRow.res_model == newer.res_model,
            SuggestionRow.res_id == newer.res_id,
            SuggestionRow.id < newer.id,
            SuggestionRow.state.in_([s.value for s in _OPEN]),
        )
    )
    for row in older:
        row.state, row.decided_at = SuggestionState.EXPIRED.value, now
        row.reason = f"superseded by suggestion {newer.id}"
        outbox = outbox_of(session, row.id)
        if outbox is not None and outbox.status != "done":
            outbox.status = "cancelled"
        append_audit(session, now, "suggestion_expired", row, source="job")
