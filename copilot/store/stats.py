"""Operations figures read from the store, so every replica reports the same."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copilot.store.states import SuggestionState
from copilot.store.store import SuggestionStore
from copilot.store.tables import JobRow, OutboxRow, SuggestionRow

__all__ = ["StoreStats", "read_stats"]

_DECIDED = (SuggestionState.APPROVED.value, SuggestionState.REJECTED.value)
_RECENT_DECISIONS = 1000


@dataclass(frozen=True)
class StoreStats:
    outbox_backlog: int
    job_backlog: int
    exception_queue: int
    oldest_exception_age_s: float
    decisions: Counter[tuple[str, str]] = field(default_factory=Counter)
    cycle_seconds: dict[str, float] = field(default_factory=dict)

    def approval_rate(self, kind: str) -> float | None:
        approved = self.decisions[(kind, SuggestionState.APPROVED.value)]
        total = approved + self.decisions[(kind, SuggestionState.REJECTED.value)]
        return approved / total if total else None


def read_stats(store: SuggestionStore, now: datetime | None = None) -> StoreStats:
    """Backlog, exception queue, decisions per kind and mean approval cycle."""
    now = now or store.now()
    with Session(store.engine) as session:
        backlog = session.scalar(
            select(func.count()).where(OutboxRow.status == "pending")
        )
        jobs = session.scalar(
            select(func.count()).where(JobRow.status.in_(("pending", "running")))
        )
        failed = session.execute(
            select(func.count(), func.min(OutboxRow.created_at)).where(
                OutboxRow.status == "failed"
            )
        ).one()
        decisions: Counter[tuple[str, str]] = Counter()
        for kind, state, count in session.execute(
            select(SuggestionRow.kind, SuggestionRow.state, func.count())
            .where(SuggestionRow.state.in_(_DECIDED))
            .group_by(SuggestionRow.kind, SuggestionRow.state)
        ):
            decisions[(kind, state)] = count
        spans: dict[str, list[float]] = {}
        for kind, created, decided in session.execute(
            select(
                SuggestionRow.kind, SuggestionRow.created_at, SuggestionRow.decided_at
            )
            .where(SuggestionRow.state.in_(_DECIDED))
            .order_by(SuggestionRow.id.desc())
            .limit(_RECENT_DECISIONS)
        ):
            if decided is not None:
                spans.setdefault(kind, []).append((decided - created).total_seconds())
    oldest = failed[1]
    return StoreStats(
        outbox_backlog=int(backlog or 0),
        job_backlog=int(jobs or 0),
        exception_queue=int(failed[0] or 0),
        oldest_exception_age_s=(now - oldest).total_seconds() if oldest else 0.0,
        decisions=decisions,
        cycle_seconds={k: sum(v) / len(v) for k, v in spans.items()},
    )
