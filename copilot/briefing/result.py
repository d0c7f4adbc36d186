"""A finished briefing job as the CLI and the API return it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from copilot.briefing.model import Briefing, DraftItem
from copilot.chat_model import ModelCall

__all__ = ["BriefingResult"]


@dataclass(frozen=True)
class BriefingResult:
    """A restored briefing (for people) and what happened in Odoo."""

    briefing: Briefing
    odoo_activity_id: int | None
    write_outcome: str | None
    redacted_entities: dict[str, int]
    correlation_id: str
    model_call: ModelCall | None = None

    def as_dict(self) -> dict[str, object]:
        b = self.briefing

        def items(entries: Sequence[DraftItem]) -> list[dict[str, object]]:
            return [
                {"text": item.text, "evidence": _evidence(b, item.fact_ids)}
                for item in entries
            ]

        return {
            "project_id": b.project_id,
            "project_name": b.project_name,
            "status": b.status.value,
            "summary": b.headline,
            "risks": items(b.risks),
            "blockers": items(b.blockers),
            "next_steps": items(b.next_steps),
            "facts": [
                {"id": fid, **fact.as_dict()}
                for fid, fact in zip(b.fact_ids, b.facts, strict=True)
            ],
            "narrator": b.narrator,
            "fallback_reason": b.fallback_reason,
            "suspected_injection": [flag.as_dict() for flag in b.injection_flags],
            "model_call": _usage(self.model_call),
            "redacted_entities": self.redacted_entities,
            "odoo_activity_id": self.odoo_activity_id,
            "write_outcome": self.write_outcome,
            "correlation_id": self.correlation_id,
        }


def _usage(call: ModelCall | None) -> dict[str, object] | None:
    """Tokens, attempts and cost of the job's model call; never its text."""
    if call is None:
        return None
    fields = call.audit_fields()
    return {
        key: fields[key]
        for key in (
            "model",
            "prompt_tokens",
            "completion_tokens",
            "tokens_estimated",
            "attempts",
            "cost",
        )
    }


def _evidence(briefing: Briefing, fact_ids: Sequence[str]) -> list[dict[str, object]]:
    refs: list[dict[str, object]] = []
    for fid, fact in zip(briefing.fact_ids, briefing.facts, strict=True):
        if fid in fact_ids:
            refs.extend(ref.as_dict() for ref in fact.evidence)
    return refs
