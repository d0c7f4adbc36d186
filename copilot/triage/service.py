"""The triage job: read -> redact -> classify -> similar -> (write back)."""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from copilot.audit import AuditSink
from copilot.chat_model import ModelCallFailed
from copilot.errors import (
    CallerError,
    ModelError,
    RedactionError,
)
from copilot.injection import injection_cue
from copilot.odoo import odoo_not_configured
from copilot.odoo.ticket_reader import HelpdeskTicket, TicketReader
from copilot.odoo.writer import ActivityScheduler, SuggestionKey
from copilot.records import RecordRef
from copilot.triage.classifier import TriageClassifier
from copilot.triage.model import (
    RequestId,
    Scored,
    SimilarTicket,
    TriageResult,
    TriageSuggestion,
)
from copilot.triage.refiner import LlmRefiner
from copilot.triage.render import render_note
from redaction import RedactedText, RedactionScope, Redactor
from retrieval import IndexedTicket

_NO_REVIEWER = (
    "skipped: the ticket has no active assignee and its team no active leader; set "
    "COPILOT_DEFAULT_ASSIGNEE_ID to the Odoo user who reviews such suggestions"
)

__all__ = ["TriageService"]

# Cosine similarity at or below zero: the texts share no weighted word, so a
# ticket that only fills the list is left out.
_NO_LIKENESS = 0.0

logger = logging.getLogger(__name__)

MAX_TEXT = 20_000


class TriageService:
    """Suggests; never sets a ticket's category, team or priority."""

    def __init__(
        self,
        classifier: TriageClassifier,
        redactor: Redactor,
        audit: AuditSink,
        *,
        tickets: TicketReader | None = None,
        writer: ActivityScheduler | None = None,
        odoo_url: str | None = None,
        today: Callable[[], date] = date.today,
        deadline_days: int = 1,
        fallback_user_id: int | None = None,
        similar_count: int = 5,
        history_limit: int = 2000,
        refiner: LlmRefiner | None = None,
    ) -> None:
        self._classifier = classifier
        self._redactor = redactor
        self._audit = audit
        self._tickets = tickets
        self._writer = writer
        self._odoo_url = odoo_url
        self._today = today
        self._deadline_days = deadline_days
        self._fallback_user_id = fallback_user_id
        self._similar_count = similar_count
        self._refiner = refiner
        self._history_limit = history_limit

    def triage_texts(
        self, items: Sequence[tuple[RequestId | None, str]]
    ) -> list[TriageResult]:
        """One result per (id, text), in order; nothing is written to Odoo."""
        for _, text in items:
            if not isinstance(text, str) or not text.strip():
                raise CallerError("Each request needs a non-empty 'text'.")
            if len(text) > MAX_TEXT:
                raise CallerError(f"A request text is over {MAX_TEXT} characters.")
        scopes = [
            self._redactor.scope(f"triage/text/{uuid.uuid4().hex}") for _ in items
        ]
        redacted = [
            scope.redact(text) for scope, (_, text) in zip(scopes, items, strict=True)
        ]
        suggestions = self._classifier.classify_many(redacted)
        results = []
        for (request_id, _), scope, sealed, suggestion in zip(
            items, scopes, redacted, suggestions, strict=True
        ):
            correlation_id = uuid.uuid4().hex[:16]
            refined = self._refine(scope, sealed, suggestion, correlation_id)
            similar = self._similar(sealed, None)
            cue = injection_cue(sealed.text)
            results.append(
                TriageResult(
                    request_id,
                    replace(refined, similar=similar, injection_cue=cue),
                    None,
                    None,
                    correlation_id,
                )
            )
        return results

    def triage_ticket(self, ticket_id: int, *, dry_run: bool = False) -> TriageResult:
        """Triage an Odoo ticket; leave one activity unless `dry_run`."""
        reader, writer = self._odoo()
        correlation_id = uuid.uuid4().hex[:16]
        self.index_history()
        ticket = reader.ticket(ticket_id)
        scope = self._redactor.scope(f"triage/{ticket_id}")
        text = scope.redact(_ticket_text(ticket))
        suggestion = self._classifier.classify_many([text])[0]
        suggestion = self._refine(scope, text, suggestion, correlation_id)
        suggestion = replace(
            suggestion,
            assignee=_active_assignee(reader, suggestion.assignee),
            similar=self._similar(text, ticket),
            injection_cue=injection_cue(text.text),
        )
        activity_id, outcome = None, None
        if not dry_run:
            activity_id, outcome = self._write(
                reader, writer, ticket, suggestion, correlation_id
            )
        logger.info("triaged ticket %s outcome=%s", ticket_id, outcome or "dry-run")
        return TriageResult(ticket_id, suggestion, activity_id, outcome, correlation_id)

    def _write(
        self,
        reader: TicketReader,
        writer: ActivityScheduler,
        ticket: HelpdeskTicket,
        suggestion: TriageSuggestion,
        correlation_id: str,
    ) -> tuple[int | None, str]:
        """One To-Do for the assignee, else the team leader, else the default
        reviewer; skipped (and said so) when there is nobody. Archived users
        (OdooBot) and portal users review nothing. A closed ticket needs no
        triage: Odoo's webhook fires on the closing itself."""
        if ticket.is_closed:
            logger.info("ticket %s is closed; no activity written", ticket.id)
            return None, "skipped: the ticket is closed"
        people = [
            user
            for user in (ticket.user_id, reader.team_leader(ticket.team_id))
            if user is not None
        ]
        active = reader.active_reviewers(people) if people else frozenset()
        user_id = next((user for user in people if user in active), None)
        if user_id is None:
            user_id = self._fallback_user_id
        if user_id is None:
            logger.warning("ticket %s has nobody to review it", ticket.id)
            return None, _NO_REVIEWER
        key = SuggestionKey(
            "triage",
            RecordRef("helpdesk.ticket", ticket.id),
            "v1",
            _content_hash(suggestion, user_id),
        )
        result = writer.schedule_activity(
            key,
            user_id=user_id,
            summary=f"triage ({suggestion.category.value or 'unsure'})",
            # Not restored: the similar tickets' resolutions come from other
            # scopes, whose placeholders must not be filled from this
            # ticket's originals.
            note_html=render_note(suggestion),
            deadline=self._today() + timedelta(days=self._deadline_days),
            correlation_id=correlation_id,
        )
        self._audit.record(
            "suggestion_written",
            correlation_id,
            kind="triage",
            model="helpdesk.ticket",
            record_id=ticket.id,
            activity_id=result.activity_id,
            outcome=result.outcome,
        )
        return result.activity_id, result.outcome

    def index_history(self) -> int:
        """Index closed tickets not yet indexed (redacted); returns how many."""
        reader, _ = self._odoo()
        index = self._classifier.index
        closed = reader.closed_tickets(self._history_limit)
        # Closed tickets rarely change: only those not yet indexed are redacted.
        seen = index.known([str(t.id) for t in closed])
        closed = [t for t in closed if str(t.id) not in seen]
        entries: list[IndexedTicket] = []
        for ticket in closed:
            scope = self._redactor.scope(f"triage/history/{ticket.id}")
            text, resolution = scope.redact_many(
                [_ticket_text(ticket), ticket.thread[-1] if ticket.thread else "-"]
            )
            labels = {
                "category": ticket.category or "",
                "priority": ticket.priority,
                "team": ticket.team or "",
                "user": str(ticket.user_id or ""),
                "resolution": resolution.text,
            }
            entries.append(
                IndexedTicket(str(ticket.id), text, labels, ticket.client_id)
            )
        return index.add(entries) if entries else 0

    def _refine(
        self,
        scope: RedactionScope,
        text: RedactedText,
        suggestion: TriageSuggestion,
        correlation_id: str,
    ) -> TriageSuggestion:
        """The model's refinement when configured; any failure keeps ours."""
        if self._refiner is None:
            return suggestion
        neighbours = self._classifier.index.nearest(text, 5)
        try:
            refined, call = self._refiner.refine(
                text, suggestion, neighbours, scope.leak_guard().check
            )
        except RedactionError as exc:
            self._audit.record("leak_blocked", correlation_id, reason=str(exc))
            return replace(suggestion, notes=("prompt failed the leak guard",))
        except ModelError as exc:
            details = exc.audit_fields() if isinstance(exc, ModelCallFailed) else {}
            self._audit.record(
                "model_call", correlation_id, outcome="error", error=str(exc), **details
            )
            logger.warning("triage model unavailable; offline suggestion kept")
            return replace(suggestion, notes=("model endpoint failed",))
        if call is not None:
            self._audit.record(
                "model_call",
                correlation_id,
                outcome="ok" if refined.refined_by else "dropped",
                **call.audit_fields(),
            )
        return refined

    def _odoo(self) -> tuple[TicketReader, ActivityScheduler]:
        if self._tickets is None or self._writer is None:
            # The operator's setting, not the caller's request: 503, exit 3.
            raise odoo_not_configured()
        return self._tickets, self._writer

    def _similar(
        self, text: RedactedText, ticket: HelpdeskTicket | None
    ) -> tuple[SimilarTicket, ...]:
        index = self._classifier.index
        n = self._similar_count
        client = ticket.client_id if ticket else None
        found = []
        if client is not None:
            found = index.nearest(text, n, client_id=client, same_client=True)
        found += index.nearest(text, n, client_id=client, same_client=False)
        own = str(ticket.id) if ticket else None
        return tuple(
            SimilarTicket(
                x.ticket_id,
                x.score,
                client is not None and x.client_id == client,
                x.labels.get("category") or None,
                x.labels.get("resolution", ""),
                self._url(x.ticket_id),
            )
            for x in found
            if x.ticket_id != own and x.score > _NO_LIKENESS
        )[:n]

    def _url(self, ticket_id: str) -> str | None:
        if not self._odoo_url or not ticket_id.isdigit():
            return None
        return (
            f"{self._odoo_url}/web#id={ticket_id}&model=helpdesk.ticket&view_type=form"
        )


def _active_assignee(reader: TicketReader, assignee: Scored) -> Scored:
    """The assignee learnt from past tickets, if still an active internal user.

    History remembers people who have left or lost access since; suggesting
    one of them would send the ticket nowhere.
    """
    value = assignee.value
    if value is None or not (value.isascii() and value.isdigit()):
        return assignee
    if int(value) in reader.active_reviewers([int(value)]):
        return assignee
    return Scored(None, 0.0, True, "inactive_user")


def _ticket_text(ticket: HelpdeskTicket) -> str:
    parts = [ticket.name, ticket.description, *ticket.thread[:3]]
    return "\n".join(p for p in parts if p)[:MAX_TEXT]


def _content_hash(s: TriageSuggestion, reviewer: int) -> str:
    text = f"{s.category.value}/{s.priority.value}/{s.team.value}/{s.assignee.value}"
    text += f"/{reviewer}"
    return hashlib.sha256(text.encode()).hexdigest()[:12]
