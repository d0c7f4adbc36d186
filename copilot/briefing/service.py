"""The status-briefing job: Odoo records in, one advisory activity out."""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from copilot.audit import AuditSink
from copilot.briefing.llm_narrator import LlmNarrator
from copilot.briefing.model import (
    Briefing,
    BriefingInput,
    DraftItem,
    Narrator,
    NarratorFact,
)
from copilot.briefing.narration import Narration, narrate
from copilot.briefing.offline_narrator import OfflineNarrator
from copilot.briefing.render import render_activity_note
from copilot.briefing.result import BriefingResult
from copilot.facts import (
    Fact,
    HealthThresholds,
    RedactedNote,
    derive_status,
    note_signal_facts,
    project_health_facts,
)
from copilot.injection import InjectionFlag, find_injections
from copilot.odoo.reader import OdooReader
from copilot.odoo.writer import ActivityScheduler, SuggestionKey
from copilot.records import ProjectSnapshot, RecordRef
from redaction import RedactionScope, Redactor

__all__ = ["BriefingResult", "BriefingService"]

logger = logging.getLogger(__name__)

_STATUS_SUMMARY = {
    "on_track": "on track",
    "at_risk": "at risk",
    "off_track": "off track",
}


class BriefingService:
    """Reads, redacts, computes, narrates and (unless dry run) writes back."""

    def __init__(
        self,
        reader: OdooReader,
        writer: ActivityScheduler,
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
        facts, flags = self._facts(snapshot, scope, counts, today)
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
        narration = narrate(
            briefing_input,
            llm=self._llm,
            offline=self._offline,
            leak_check=lambda: scope.leak_guard().check,
            audit=self._audit,
            correlation_id=correlation_id,
        )
        briefing = _restore(snapshot, briefing_input, facts, narration, scope, flags)
        narrator = narration.narrator
        entities = dict(sorted(counts.items()))
        activity_id, outcome = None, None
        if not dry_run:
            activity_id, outcome = self._write(
                briefing, snapshot, today, period, correlation_id
            )
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
                suspected_injection=len(flags),
            )
        logger.info(
            "briefed project %s status=%s facts=%s narrator=%s outcome=%s",
            project_id,
            status.value,
            len(facts),
            narrator,
            outcome or "dry-run",
        )
        return BriefingResult(
            briefing, activity_id, outcome, entities, correlation_id, narration.call
        )

    def _facts(
        self,
        snapshot: ProjectSnapshot,
        scope: RedactionScope,
        counts: Counter[str],
        today: date,
    ) -> tuple[list[Fact], tuple[InjectionFlag, ...]]:
        """Health facts and note signals, every statement in redacted form, and
        the records whose text reads like instructions to the copilot."""
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
        flags = find_injections(
            (ref, item.text)
            for (ref, _, _), item in zip(sources, redacted, strict=True)
        )
        return facts + note_signal_facts(notes), flags

    def _write(
        self,
        briefing: Briefing,
        snapshot: ProjectSnapshot,
        today: date,
        period: str,
        correlation_id: str,
    ) -> tuple[int | None, str]:
        if not snapshot.project.active:
            # An archived project has nobody working on it; Odoo's webhook
            # fires on the archiving itself.
            logger.info(
                "project %s is archived; no activity written", snapshot.project.id
            )
            return None, "skipped: the project is archived"
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
            content_hash=_content_hash(f"{owner}\x00{note}"),
        )
        words = _STATUS_SUMMARY[briefing.status.value]
        result = self._writer.schedule_activity(
            key,
            user_id=owner,
            summary=f"status briefing ({words})",
            note_html=note,
            deadline=today + timedelta(days=self._deadline_days),
            correlation_id=correlation_id,
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


def _content_hash(advice: str) -> str:
    """Hash of what the reviewer reads and who reviews it: same text for the
    same person, same activity untouched."""
    return hashlib.sha256(advice.encode()).hexdigest()[:12]


def _restore(
    snapshot: ProjectSnapshot,
    briefing_input: BriefingInput,
    facts: Sequence[Fact],
    narration: Narration,
    scope: RedactionScope,
    flags: tuple[InjectionFlag, ...],
) -> Briefing:
    """Put the original names back for the people who will read the briefing."""

    def items(entries: Sequence[DraftItem]) -> tuple[DraftItem, ...]:
        return tuple(
            DraftItem(text=scope.restore(item.text), fact_ids=item.fact_ids)
            for item in entries
        )

    draft = narration.draft
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
        narrator=narration.narrator,
        fallback_reason=narration.fallback_reason,
        injection_flags=flags,
    )
