"""The store's append-only audit table: suggestion events with ids, never text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from copilot.audit import AuditValue
from copilot.store.model import utc_now
from copilot.store.tables import AuditRow, SuggestionRow

__all__ = ["StoreAuditLog", "append_audit", "export_audit"]


def append_audit(
    session: Session,
    at: datetime,
    event: str,
    row: SuggestionRow,
    **details: AuditValue,
) -> None:
    """Append one suggestion event inside the caller's transaction."""
    session.add(
        AuditRow(
            at=at,
            event=event,
            correlation_id=row.correlation_id,
            details={
                "suggestion_id": row.id,
                "kind": row.kind,
                "model": row.res_model,
                "record_id": row.res_id,
                "period": row.period,
                "content_hash": row.content_hash,
                "state": row.state,
                **details,
            },
        )
    )


class StoreAuditLog:
    """An `AuditSink` over the audit table, for jobs sharing the store."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def record(self, event: str, correlation_id: str, **details: AuditValue) -> None:
        with Session(self._engine) as session, session.begin():
            session.add(
                AuditRow(
                    at=utc_now(),
                    event=event,
                    correlation_id=correlation_id,
                    details=dict(details),
                )
            )


def export_audit(engine: Engine, *, since_id: int = 0) -> Iterator[str]:
    """Every audit row after `since_id` as one JSON line, oldest first."""
    with Session(engine) as session:
        rows = session.scalars(
            select(AuditRow).where(AuditRow.id > since_id).order_by(AuditRow.id)
        )
        for row in rows:
            entry = {
                "id": row.id,
                "at": row.at.isoformat(timespec="seconds"),
                "event": row.event,
                "correlation_id": row.correlation_id,
                **row.details,
            }
            yield json.dumps(entry, sort_keys=True, ensure_ascii=False, default=str)
