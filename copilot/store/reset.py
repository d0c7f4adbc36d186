"""Start the suggestion store over when the Odoo it pairs with is reset.

Suggestions, their outbox, queued jobs and scan times describe records of one
Odoo database; once that database is recreated (the demo sandbox's `--reset`)
they point at activities that no longer exist. API keys and the append-only
audit table are kept: the audit gains one `store.reset` row instead.
"""

from __future__ import annotations

import uuid

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from copilot.store.model import utc_now
from copilot.store.store import SuggestionStore
from copilot.store.tables import AuditRow, JobRow, OutboxRow, ScheduleRow, SuggestionRow

__all__ = ["forget_suggestions"]


def forget_suggestions(store: SuggestionStore, *, reason: str) -> int:
    """Delete every suggestion, outbox row, job and scan time; return suggestions.

    One transaction: a reader sees the store either before or after.
    """
    with Session(store.engine) as session, session.begin():
        count = session.scalar(select(func.count()).select_from(SuggestionRow)) or 0
        # The outbox refers to suggestions: it goes first.
        for table in (OutboxRow, SuggestionRow, JobRow, ScheduleRow):
            session.execute(delete(table))
        session.add(
            AuditRow(
                at=utc_now(),
                event="store.reset",
                correlation_id=uuid.uuid4().hex,
                details={"suggestions": count, "reason": reason},
            )
        )
    return count
