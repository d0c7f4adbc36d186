"""Typed triage results: each suggestion carries a confidence and an unsure flag."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "RequestId",
    "Scored",
    "SimilarTicket",
    "TriageResult",
    "TriageSuggestion",
]

RequestId = str | int | float
"""A request's id as the caller gave it; an Odoo ticket's is its integer id."""


def _odoo_id(value: str | None) -> int | str | None:
    """An Odoo id kept as text (the index's labels) as the integer it is."""
    if value is not None and value.isascii() and value.isdigit():
        return int(value)
    return value


@dataclass(frozen=True)
class Scored:
    """One suggested value; `is_unsure` when confidence is below the threshold."""

    value: str | None
    confidence: float
    is_unsure: bool
    source: str = "default"

    def as_dict(self) -> dict[str, object]:
        return {
            "value": self.value,
            "confidence": round(self.confidence, 3),
            "unsure": self.is_unsure,
            "source": self.source,
        }


@dataclass(frozen=True)
class SimilarTicket:
    """A closed past ticket close to this one; text fields are redacted."""

    ticket_id: str
    score: float
    is_same_client: bool
    category: str | None
    resolution: str
    url: str | None

    def as_dict(self) -> dict[str, object]:
        ticket = _odoo_id(self.ticket_id)
        return {
            "ticket_id": ticket,
            "score": round(self.score, 3),
            "same_client": self.is_same_client,
            "category": self.category,
            "resolution": self.resolution,
            "url": self.url,
            "model": "helpdesk.ticket",
            "id": ticket,
        }


@dataclass(frozen=True)
class TriageSuggestion:
    """The advice for one request; the agent decides, nothing is applied."""

    category: Scored
    default_category: Scored
    priority: Scored
    sentiment: Scored
    language: Scored
    team: Scored
    assignee: Scored
    similar: tuple[SimilarTicket, ...] = ()
    history_size: int = 0
    refined_by: str | None = None
    notes: tuple[str, ...] = field(default=())
    # What the request's text tries to make the copilot do, if it reads like
    # instructions (see copilot/injection.py); shown to the reviewer.
    injection_cue: str | None = None

    @property
    def confidence(self) -> float:
        return self.category.confidence


@dataclass(frozen=True)
class TriageResult:
    """A suggestion and what happened in Odoo (`None` ids on text or dry run)."""

    request_id: RequestId | None
    suggestion: TriageSuggestion
    odoo_activity_id: int | None
    write_outcome: str | None
    correlation_id: str

    def as_dict(self) -> dict[str, object]:
        s = self.suggestion
        details = {
            name: getattr(s, name).as_dict()
            for name in (
                "category",
                "default_category",
                "priority",
                "sentiment",
                "language",
                "team",
                "assignee",
            )
        }
        # The assignee is an Odoo user: its id is a JSON integer.
        assignee_id = _odoo_id(s.assignee.value)
        details["assignee"]["value"] = assignee_id
        return {
            "id": self.request_id,
            "category": s.category.value,
            "default_category": s.default_category.value,
            "priority": s.priority.value,
            "confidence": round(s.confidence, 3),
            "unsure": s.category.is_unsure,
            "team": s.team.value,
            "assignee_id": assignee_id,
            "language": s.language.value,
            "sentiment": s.sentiment.value,
            "details": details,
            "similar": [t.as_dict() for t in s.similar],
            "history_size": s.history_size,
            "suspected_injection": s.injection_cue,
            "odoo_activity_id": self.odoo_activity_id,
            "write_outcome": self.write_outcome,
            "correlation_id": self.correlation_id,
        }
