"""Scheduled scans: which are due, claimed by one worker even across replicas."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from copilot.store.store import SuggestionStore
from copilot.store.tables import ScheduleRow

__all__ = ["ScheduleBook", "ScheduledScan"]


@dataclass(frozen=True)
class ScheduledScan:
    name: str
    every: timedelta


class ScheduleBook:
    """Remembers when each scan last ran; `claim` is a compare-and-set."""

    def __init__(self, store: SuggestionStore) -> None:
        self._store = store

    def claim(self, scan: ScheduledScan) -> bool:
        """True if `scan` is due and this caller now owns this run."""
        now = self._store.now()
        with self._store.session() as session, session.begin():
            claimed = session.connection().execute(
                update(ScheduleRow)
                .where(
                    ScheduleRow.name == scan.name,
                    ScheduleRow.last_run_at <= now - scan.every,
                )
                .values(last_run_at=now)
            )
            if claimed.rowcount:
                return True
            if session.get(ScheduleRow, scan.name) is not None:
                return False
        try:
            with self._store.session() as session, session.begin():
                session.add(ScheduleRow(name=scan.name, last_run_at=now))
        except IntegrityError:
            return False  # another worker started the first run
        return True
