"""Similar past tickets listed beside a suggestion share words with it."""

from __future__ import annotations

from typing import Any

from copilot.audit import MemoryAuditLog
from copilot.triage import DefaultModel, TriageClassifier, TriagePolicy, TriageService
from redaction import Redactor
from retrieval import HashingEmbedder, MemoryTicketIndex, Neighbour


class FixedNeighbours(MemoryTicketIndex):
    """An index that answers every query with the same neighbours."""

    def __init__(self, scores: dict[str, float]) -> None:
        super().__init__(HashingEmbedder())
        self._scores = scores

    def nearest(self, text: Any, k: int, **_: Any) -> list[Neighbour]:
        return [Neighbour(i, s, {}, 7, "") for i, s in self._scores.items()][:k]


def test_a_ticket_that_shares_nothing_is_not_listed(
    default_model: DefaultModel, redactor: Redactor
) -> None:
    """Cosine similarity at or below zero: no word in common, not similar."""
    index = FixedNeighbours({"1": 0.41, "2": 0.0, "3": -0.03, "4": 0.02})
    service = TriageService(
        TriageClassifier(default_model, index, TriagePolicy()),
        redactor,
        MemoryAuditLog(),
    )
    [result] = service.triage_texts([(None, "portal password reset does not work")])
    assert [t.ticket_id for t in result.suggestion.similar] == ["1", "4"]
