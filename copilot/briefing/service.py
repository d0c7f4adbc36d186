"""The status-briefing job: Odoo records in, one advisory activity out."""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from copilot.audit import AuditSink
from copilot.briefing.grounding import check_grounding
from copilot.briefing.llm_narrator import LlmNarrator
from copilot.briefing.model import (
    Briefing,
    BriefingDraft,
    BriefingInput,
    DraftItem,
    Narrator,
    NarratorFact,
)
from copilot.briefing.offline_narrator import OfflineNarrator
from copilot.briefing.render import render_activity_note
from copilot.errors import ModelError, RedactionError
from copilot.facts import (
    Fact,
    HealthThresholds,
    RedactedNote,
    derive_status,
    note_signal_facts,
    project_health_facts,
)
from copilot.odoo.reader import OdooReader
from copilot.odoo.writer import AdvisoryWriter, SuggestionKey
from copilot.records import ProjectSnapshot, RecordRef
from redaction import RedactionScope, Redactor

__all__ = ["BriefingResult", "BriefingService"]

logger = logging.getLogger(__name__)

_STATUS_SUMMARY = {
    "on_track": "on track",
    "at_risk": "at risk",
    "off_track": "off track",
}


@dataclass(frozen=True)
class BriefingResult:
    """A restored briefing (for people) and what happened in Odoo."""

    briefing: Briefing
    odoo_activity_id: int | None
    write_outcome: str | None
    redacted_entities: dict[str, int]
    correlation_id: str

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
            "redacted_entities": self.redacted_entities,
            "odoo_activity_id": self.odoo_activity_id,
            "write_outcome": self.write_outcome,
            "correlation_id": self.correlation_id,
        }


def _evidence(briefing: Briefing, fact_ids: Sequence[str]) -> list[dict[str, object]]:
    refs: list[dict[str, object]] = []
    for fid, fact in zip(briefing.fact_ids, briefing.facts, strict=True):
        if fid in fact_ids:
            refs.extend(ref.as_dict() for ref in fact.evidence)
    return refs


class BriefingService:
    """Reads, redacts, computes, narrates and (unless dry run) writes back."""

    def __init__(
        self,
        reader: OdooReader,
        writer: AdvisoryWriter,
        redactor: Redactor,
        audit: AuditSink,
        *,
        thresholds: HealthThresholds,
        today: Callable[[], date],
        llm: LlmNarrator | None = None,
        narrator: Narrator | None = None,
        fallback_user_id: int | None,
        deadline_days: int = 2,
    ) -> None:
        self._reader = reader
        self._writer = writer
        self._redactor = redactor
        self._audit = audit
        self._thresholds = thresholds
        self._today = today
        self._llm = llm
        self._offline: Narrator = narrator or OfflineNarrator()
        self._fallback_user_id = fallback_user_id
        self._deadline_days = deadline_days

    def brief(self, project_id: int, *, dry_run: bool = False) -> BriefingResult:
        correlation_id = uuid.uuid4().hex[:16]
        today = self._today()
        snapshot = self._reader.snapshot(project_id, today)
        period = _period(today)
        scope = self._redactor.scope(f"brief/{project_id}/{period}")
        counts: Counter[str] = Counter()
        facts = self._facts(snapshot, scope, counts, today)
        status = derive_status(facts)
        label = scope.redact(snapshot.project.name)
        counts.update(label.entity_counts)
        briefing_input = BriefingInput(
            project_label=label.text,
            status=status,
            today=today,
            facts=tuple(
                NarratorFact(
                    fact_id=f"F{index}",
                    kind=fact.kind,
                    severity=fact.severity.value,
                    statement=fact.statement,
                    evidence=fact.evidence,
                )
                for index, fact in enumerate(facts, start=1)
            ),
        )
        draft, narrator, reason = self._narrate(briefing_input, scope, correlation_id)
        briefing = _restore(
            snapshot, briefing_input, facts, draft, scope, narrator, reason
        )
        entities = dict(sorted(counts.items()))
        activity_id, outcome = None, None
        if not dry_run:
            activity_id, outcome = self._write(briefing, snapshot, today, period)
            self._audit.record(
                "suggestion_written",
                correlation_id,
                kind="brief",
                model="project.project",
                record_id=project_id,
                activity_id=activity_id,
                outcome=outcome,
                status=status.value,
                narrator=narrator,
            )
        logger.info(
            "briefed project %s status=%s facts=%s narrator=%s outcome=%s",
            project_id,
            status.value,
            len(facts),
            narrator,
            outcome or "dry-run",
        )
        return BriefingResult(briefing, activity_id, outcome, entities, correlation_id)

    def _facts(
        self,
        snapshot: ProjectSnapshot,
        scope: RedactionScope,
        counts: Counter[str],
        today: date,
    ) -> list[Fact]:
        """Health facts and note signals, every statement in redacted form."""
        health = project_health_facts(snapshot, today, self._thresholds)
        sources: list[tuple[RecordRef, str, str | None]] = [
            (fact.evidence[0], fact.statement, None) for fact in health
        ]
        sources.extend(
            (m.ref, m.body, m.date.date().isoformat() if m.date else None)
            for m in snapshot.messages
            if m.body
        )
        sources.extend(
            (u.ref, u.description, u.date.isoformat() if u.date else None)
            for u in snapshot.updates[:1]
            if u.description
        )
        redacted = scope.redact_many([text for _, text, _ in sources])
        for item in redacted:
            counts.update(item.entity_counts)
        statements = [item.text for item in redacted[: len(health)]]
        notes = [
            RedactedNote(ref=ref, text=item.text, date=day)
            for (ref, _, day), item in zip(
                sources[len(health) :], redacted[len(health) :], strict=True
            )
        ]
        facts = [
            replace(fact, statement=statement, subject=None)
            for fact, statement in zip(health, statements, strict=True)
        ]
        return facts + note_signal_facts(notes)

    def _narrate(
        self, briefing_input: BriefingInput, scope: RedactionScope, correlation_id: str
    ) -> tuple[BriefingDraft, str, str | None]:
        if self._llm is None:
            return self._offline.narrate(briefing_input), self._offline.name, None
        guard = scope.leak_guard()
        try:
            draft, call = self._llm.narrate_checked(briefing_input, guard.check)
        except RedactionError as exc:
            self._audit.record("leak_blocked", correlation_id, reason=str(exc))
            return self._fallback(briefing_input, "the prompt failed the leak guard")
        except ModelError as exc:
            self._audit.record(
                "model_call", correlation_id, outcome="error", error=str(exc)
            )
            return self._fallback(briefing_input, f"the model endpoint failed: {exc}")
        self._audit.record(
            "model_call",
            correlation_id,
            outcome="ok",
            model=call.model,
            prompt_sha256=call.prompt_sha256,
            latency_ms=call.latency_ms,
            prompt_tokens=call.prompt_tokens,
            completion_tokens=call.completion_tokens,
        )
        result = check_grounding(draft, briefing_input)
        if result.draft is None:
            self._audit.record(
                "grounding_rejected", correlation_id, reason=result.reason
            )
            return self._fallback(
                briefing_input, f"the model's text was rejected: {result.reason}"
            )
        if result.dropped_items:
            logger.warning("dropped %s uncited sentences", result.dropped_items)
        return result.draft, self._llm.name, None

    def _fallback(
        self, briefing_input: BriefingInput, reason: str
    ) -> tuple[BriefingDraft, str, str | None]:
        logger.warning("offline narrator used: %s", reason)
        return self._offline.narrate(briefing_input), self._offline.name, reason

    def _write(
        self,
        briefing: Briefing,
        snapshot: ProjectSnapshot,
        today: date,
        period: str,
    ) -> tuple[int | None, str]:
        owner = self._owner(snapshot)
        if owner is None:
            logger.warning(
                "project %s has no active manager; no activity written",
                snapshot.project.id,
            )
            return None, "skipped: the project has no active manager"
        note = render_activity_note(briefing)
        key = SuggestionKey(
            kind="brief",
            record=snapshot.project.ref,
            period=period,
            content_hash=_content_hash(note),
        )
        words = _STATUS_SUMMARY[briefing.status.value]
        result = self._writer.schedule_activity(
            key,
            user_id=owner,
            summary=f"status briefing ({words})",
            note_html=note,
            deadline=today + timedelta(days=self._deadline_days),
        )
        return result.activity_id, result.outcome

    def _owner(self, snapshot: ProjectSnapshot) -> int | None:
        """The project manager if an active person, else the configured fallback."""
        manager = snapshot.project.manager_id
        if manager is not None and manager in snapshot.active_user_ids:
            return manager
        return self._fallback_user_id


def _period(today: date) -> str:
    year, week, _ = today.isocalendar()
    return f"{year}-W{week:02d}"


def _content_hash(note_html: str) -> str:
    """Hash of what the reviewer reads: same text, same activity untouched."""
    return hashlib.sha256(note_html.encode()).hexdigest()[:12]


def _restore(
    snapshot: ProjectSnapshot,
    briefing_input: BriefingInput,
    facts: Sequence[Fact],
    draft: BriefingDraft,
    scope: RedactionScope,
    narrator: str,
    reason: str | None,
) -> Briefing:
    """Put the original names back for the people who will read the briefing."""

    def items(entries: Sequence[DraftItem]) -> tuple[DraftItem, ...]:
        return tuple(
            DraftItem(text=scope.restore(item.text), fact_ids=item.fact_ids)
            for item in entries
        )

    restored = tuple(
        replace(fact, statement=scope.restore(fact.statement)) for fact in facts
    )
    return Briefing(
        project_id=snapshot.project.id,
        project_name=snapshot.project.name,
        status=briefing_input.status,
        headline=scope.restore(draft.headline),
        risks=items(draft.risks),
        blockers=items(draft.blockers),
        next_steps=items(draft.next_steps),
        facts=restored,
        fact_ids=tuple(fact.fact_id for fact in briefing_input.facts),
        narrator=narrator,
        fallback_reason=reason,
    )
