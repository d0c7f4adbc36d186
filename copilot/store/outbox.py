"""The outbox: posts stored suggestions to Odoo through the advisory writer.

The writer's allowlist is untouched: this module only decides when to call
`AdvisoryWriter.schedule_activity` and records what came of it.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Protocol

from copilot.errors import OdooError, WriteRefused
from copilot.odoo.writer import ActivityResult, SuggestionKey
from copilot.store.model import PendingWrite, WriteBack
from copilot.store.states import SuggestionState
from copilot.store.store import SuggestionStore

__all__ = ["ActivityWriter", "OutboxDispatcher", "StoredActivityWriter"]

logger = logging.getLogger(__name__)


class ActivityWriter(Protocol):
    def schedule_activity(
        self,
        key: SuggestionKey,
        *,
        user_id: int,
        summary: str,
        note_html: str,
        deadline: date,
        correlation_id: str = "",
    ) -> ActivityResult: ...


class OutboxDispatcher:
    """Attempts due write-backs; failures wait with backoff, then give up."""

    def __init__(self, store: SuggestionStore, writer: ActivityWriter) -> None:
        self._store = store
        self._writer = writer

    def drain(self, *, limit: int = 100) -> list[WriteBack]:
        """Post every due write-back, oldest first."""
        return [self.attempt(sid) for sid in self._store.due(limit=limit)]

    def attempt(self, suggestion_id: int) -> WriteBack:
        """Try one write-back now; the outcome is stored before returning."""
        if not self._store.claim(suggestion_id):
            return WriteBack(suggestion_id, None, "queued: not due or being posted")
        write = self._store.pending_write(suggestion_id)
        try:
            result = self._writer.schedule_activity(
                write.key,
                user_id=write.user_id,
                summary=write.summary,
                note_html=write.note_html,
                deadline=write.deadline,
                correlation_id=write.correlation_id,
            )
        except WriteRefused as exc:
            self._store.record_failure(suggestion_id, str(exc), final=True)
            return WriteBack(suggestion_id, None, f"failed: {exc}")
        except OdooError as exc:
            state = self._store.record_failure(suggestion_id, str(exc))
            logger.warning(
                "write-back of suggestion %s failed (%s)",
                suggestion_id,
                type(exc).__name__,
            )
            prefix = "failed" if state is SuggestionState.FAILED else "queued"
            return WriteBack(suggestion_id, None, f"{prefix}: {exc}")
        self._store.mark_posted(suggestion_id, result.activity_id, result.outcome)
        return WriteBack(suggestion_id, result.activity_id, result.outcome)


class StoredActivityWriter:
    """Drop-in for the writer in jobs: store first, then post through the outbox.

    A replay of stored advice returns the stored outcome ("unchanged") and
    sends nothing; advice Odoo could not take yet is "queued".
    """

    def __init__(self, store: SuggestionStore, dispatcher: OutboxDispatcher) -> None:
        self._store = store
        self._dispatcher = dispatcher

    def schedule_activity(
        self,
        key: SuggestionKey,
        *,
        user_id: int,
        summary: str,
        note_html: str,
        deadline: date,
        correlation_id: str = "",
    ) -> WriteBack:
        suggestion, created = self._store.propose(
            PendingWrite(key, user_id, summary, note_html, deadline, correlation_id)
        )
        if created or suggestion.state is SuggestionState.PROPOSED:
            return self._dispatcher.attempt(suggestion.id)
        if suggestion.state is SuggestionState.FAILED:
            return WriteBack(suggestion.id, None, f"failed: {suggestion.last_error}")
        return WriteBack(suggestion.id, suggestion.activity_id, "unchanged")
