"""Small real fakes for the store tests: a settable clock and a flaky writer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from copilot.errors import OdooError, OdooUnavailable
from copilot.odoo.writer import ActivityResult, SuggestionKey
from copilot.records import RecordRef
from copilot.store import PendingWrite


@dataclass
class Clock:
    now: datetime = datetime(2026, 12, 4, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class FlakyWriter:
    """Answers like the advisory writer; raises `failure` while `down` is set."""

    down: bool = False
    failure: OdooError = field(
        default_factory=lambda: OdooUnavailable("Odoo did not answer.")
    )
    activities: dict[str, int] = field(default_factory=dict)
    calls: int = 0

    def schedule_activity(
        self,
        key: SuggestionKey,
        *,
        user_id: int,
        summary: str,
        note_html: str,
        deadline: date,
        correlation_id: str = "",
    ) -> ActivityResult:
        self.calls += 1
        if self.down:
            raise self.failure
        if key.thread in self.activities:
            return ActivityResult(self.activities[key.thread], "updated")
        self.activities[key.thread] = len(self.activities) + 100
        return ActivityResult(self.activities[key.thread], "created")


def write(
    record_id: int = 7, content_hash: str = "abc123", kind: str = "brief"
) -> PendingWrite:
    """One pending briefing write for project `record_id`."""
    return PendingWrite(
        key=SuggestionKey(
            kind=kind,
            record=RecordRef("project.project", record_id),
            period="2026-W49",
            content_hash=content_hash,
        ),
        user_id=2,
        summary="status briefing (at risk)",
        note_html="<p>advice</p>",
        deadline=date(2026, 12, 6),
    )
