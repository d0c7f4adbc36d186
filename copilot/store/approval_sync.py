"""Approvals made in Odoo flow back: a done activity approves, a cancelled one rejects.

Odoo 17 deletes an activity either way. Marking it done first posts a chatter
message with `mail_activity_type_id` set whose body repeats the activity's
note (template `mail.message_activity_done`), so the copilot reference line
is in it; cancelling posts nothing. A posted suggestion whose activity is
gone is therefore approved if such a message quotes its reference, and
rejected otherwise.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass

from copilot.odoo.connection import RpcCaller
from copilot.odoo.writer import SuggestionKey
from copilot.records import RecordRef
from copilot.store.model import Suggestion
from copilot.store.states import SuggestionState, TransitionRefused
from copilot.store.store import SuggestionStore

__all__ = ["ApprovalSync", "SyncReport"]

logger = logging.getLogger(__name__)
_BATCH = 200


@dataclass(frozen=True)
class SyncReport:
    approved: tuple[int, ...]
    rejected: tuple[int, ...]
    still_open: int

    def as_dict(self) -> dict[str, object]:
        return {
            "approved": list(self.approved),
            "rejected": list(self.rejected),
            "still_open": self.still_open,
        }


class ApprovalSync:
    """Reads Odoo (never writes) and records the decisions people made there."""

    def __init__(self, store: SuggestionStore, rpc: RpcCaller) -> None:
        self._store = store
        self._rpc = rpc

    def sync(self) -> SyncReport:
        posted = [
            s
            for s in self._store.search(states=[SuggestionState.POSTED], limit=5000)
            if s.activity_id is not None
        ]
        approved: list[int] = []
        rejected: list[int] = []
        still_open = 0
        for start in range(0, len(posted), _BATCH):
            batch = posted[start : start + _BATCH]
            alive = self._open_activity_ids([s.activity_id or 0 for s in batch])
            for suggestion in batch:
                if suggestion.activity_id in alive:
                    still_open += 1
                elif self._was_marked_done(suggestion):
                    if self._decide(suggestion, SuggestionState.APPROVED, None):
                        approved.append(suggestion.id)
                elif self._decide(
                    suggestion, SuggestionState.REJECTED, "activity cancelled in Odoo"
                ):
                    rejected.append(suggestion.id)
        logger.info(
            "approval sync approved=%s rejected=%s open=%s",
            len(approved),
            len(rejected),
            still_open,
        )
        return SyncReport(tuple(approved), tuple(rejected), still_open)

    def _open_activity_ids(self, ids: list[int]) -> set[int]:
        rows = self._rpc.execute_kw(
            "mail.activity",
            "search_read",
            [[["id", "in", ids]]],
            {"fields": ["id"]},
        )
        return {int(row["id"]) for row in rows}

    def _was_marked_done(self, suggestion: Suggestion) -> bool:
        key = SuggestionKey(
            suggestion.kind,
            RecordRef(suggestion.model, suggestion.record_id),
            suggestion.period,
            suggestion.content_hash,
        )
        count = self._rpc.execute_kw(
            "mail.message",
            "search_count",
            [
                [
                    ["model", "=", suggestion.model],
                    ["res_id", "=", suggestion.record_id],
                    ["mail_activity_type_id", "!=", False],
                    ["body", "ilike", html.escape(key.marker)],
                ]
            ],
        )
        return bool(count)

    def _decide(
        self, suggestion: Suggestion, target: SuggestionState, reason: str | None
    ) -> bool:
        """Record Odoo's decision; False if a person decided it meanwhile."""
        try:
            self._store.decide(
                suggestion.id, target, actor="odoo", source="odoo-sync", reason=reason
            )
        except TransitionRefused:
            return False
        return True
