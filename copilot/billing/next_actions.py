"""`next-actions`: up to five ranked actions for one client account, left in
Odoo as one To-Do for the account's salesperson (or who stands in)."""

from __future__ import annotations

import hashlib
import html
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from copilot.audit import AuditSink
from copilot.billing.actions import Action, rank_actions
from copilot.billing.assignee import Assignee, choose_assignee
from copilot.billing.detectors import is_billing_dispute
from copilot.billing.narration import (
    ActionNarration,
    FactsAsSteps,
    explanations_from,
    narrator_input,
    offline_explanations,
)
from copilot.billing.records import Account
from copilot.billing.scan import BillingScanService, ScanResult, ScanScope
from copilot.billing.source import BillingSource
from copilot.billing.thresholds import BillingThresholds
from copilot.briefing import LlmNarrator
from copilot.briefing.narration import narrate
from copilot.odoo.writer import ActivityScheduler, SuggestionKey
from redaction import Redactor

__all__ = ["NextActionsResult", "NextActionsService"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class NextActionsResult:
    """`assignee` is who gets the To-Do (in a dry run, who would get it);
    None when there is nothing to advise or no one to give it to."""

    account: Account
    actions: tuple[Action, ...]
    narration: ActionNarration
    scan: ScanResult
    odoo_activity_id: int | None
    write_outcome: str | None
    correlation_id: str
    assignee: Assignee | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "partner": {"model": "res.partner", "id": self.account.id},
            "partner_name": self.account.name,
            "salesperson": None
            if self.account.salesperson_id is None
            else {"model": "res.users", "id": self.account.salesperson_id},
            "assignee": None if self.assignee is None else self.assignee.as_dict(),
            "actions": [
                {"rank": i, **a.as_dict(), "explanation": text}
                for i, (a, text) in enumerate(
                    zip(self.actions, self.narration.explanations, strict=True),
                    start=1,
                )
            ],
            "narrator": self.narration.narrator,
            "fallback_reason": self.narration.fallback_reason,
            "rpc_calls": self.scan.rpc_calls,
            "odoo_activity_id": self.odoo_activity_id,
            "write_outcome": self.write_outcome,
            "correlation_id": self.correlation_id,
        }


class NextActionsService:
    """Scan one account, rank, narrate and (unless dry run) write one To-Do."""

    def __init__(
        self,
        source: BillingSource,
        scan: BillingScanService,
        writer: ActivityScheduler,
        audit: AuditSink,
        *,
        thresholds: BillingThresholds,
        today: Callable[[], date],
        fallback_user_id: int | None,
        redactor: Redactor | None = None,
        llm: LlmNarrator | None = None,
        deadline_days: int = 2,
    ) -> None:
        self._source, self._scan, self._writer = source, scan, writer
        self._audit, self._thresholds, self._today = audit, thresholds, today
        self._fallback_user_id = fallback_user_id
        self._redactor, self._llm = redactor, llm
        self._deadline_days = deadline_days

    def advise(self, partner_id: int, *, dry_run: bool = False) -> NextActionsResult:
        correlation_id = uuid.uuid4().hex[:16]
        account = self._source.account(partner_id)
        scan = self._scan.scan(ScanScope(partner_id=partner_id))
        words = self._thresholds.dispute_words
        tickets = [
            t for t in scan.snapshot.tickets or () if not is_billing_dispute(t, words)
        ]
        actions = tuple(
            rank_actions(
                account,
                scan.blockers,
                scan.snapshot.projects,
                tickets,
                self._source.opportunities(partner_id),
            )
        )
        narration = self._narrate(account, actions, correlation_id)
        assignee = self._assignee(account, scan) if actions else None
        activity_id, outcome = None, None
        if not dry_run and actions:
            activity_id, outcome = self._write(
                account, assignee, actions, narration, correlation_id
            )
        if activity_id is not None:
            self._audit.record(
                "suggestion_written",
                correlation_id,
                kind="next_actions",
                model="res.partner",
                record_id=partner_id,
                activity_id=activity_id,
                outcome=outcome,
                narrator=narration.narrator,
            )
        logger.info(
            "next actions partner=%s actions=%s narrator=%s outcome=%s",
            partner_id,
            len(actions),
            narration.narrator,
            outcome or "dry-run",
        )
        return NextActionsResult(
            account,
            actions,
            narration,
            scan,
            activity_id,
            outcome,
            correlation_id,
            assignee,
        )

    def _narrate(
        self, account: Account, actions: Sequence[Action], correlation_id: str
    ) -> ActionNarration:
        offline = offline_explanations(actions)
        if self._llm is None or self._redactor is None or not actions:
            return offline
        scope = self._redactor.scope(f"next-actions/{account.id}")
        label = scope.redact(account.name).text
        redacted = [
            replace(
                a,
                title=scope.redact(a.title).text,
                why=tuple(r.text for r in scope.redact_many(list(a.why))),
            )
            for a in actions
        ]
        given = narrator_input(label, redacted, self._today())
        narration = narrate(
            given,
            llm=self._llm,
            offline=FactsAsSteps(),
            leak_check=lambda: scope.leak_guard().check,
            audit=self._audit,
            correlation_id=correlation_id,
        )
        if narration.fallback_reason is not None:
            return _fallback(offline, narration.fallback_reason)
        texts, reason = explanations_from(narration.draft, given)
        if texts is None:
            self._audit.record("fallback_used", correlation_id, narrator="offline")
            return _fallback(offline, f"the model's text was incomplete: {reason}")
        restored = tuple(scope.restore(text) for text in texts)
        return ActionNarration(restored, narration.narrator)

    def _assignee(self, account: Account, scan: ScanResult) -> Assignee | None:
        return choose_assignee(
            account,
            (line.salesman_id for line in scan.snapshot.sale_lines),
            self._fallback_user_id,
            self._source.user_names,
        )

    def _write(
        self,
        account: Account,
        owner: Assignee | None,
        actions: Sequence[Action],
        narration: ActionNarration,
        correlation_id: str,
    ) -> tuple[int | None, str]:
        if owner is None:
            logger.warning("partner %s has no active salesperson", account.id)
            return None, "skipped: the account has no active salesperson"
        today = self._today()
        year, week, _ = today.isocalendar()
        digest = hashlib.sha256(f"{owner.user_id}\x00".encode())
        for action in actions:
            digest.update(action.kind.encode() + b"\x00")
            digest.update("\x00".join(action.why).encode() + b"\x01")
        key = SuggestionKey(
            kind="next_actions",
            record=account.ref,
            period=f"{year}-W{week:02d}",
            content_hash=digest.hexdigest()[:12],
        )
        result = self._writer.schedule_activity(
            key,
            user_id=owner.user_id,
            summary=f"next actions for {account.name}"[:120],
            note_html=_note(actions, narration),
            deadline=today + timedelta(days=self._deadline_days),
            correlation_id=correlation_id,
        )
        return result.activity_id, result.outcome


def _fallback(offline: ActionNarration, reason: str) -> ActionNarration:
    logger.warning("offline narrator used: %s", reason)
    return ActionNarration(offline.explanations, offline.narrator, reason)


def _note(actions: Sequence[Action], narration: ActionNarration) -> str:
    items = []
    for action, text in zip(actions, narration.explanations, strict=True):
        who = action.owner_name or "the account owner"
        refs = ", ".join(ref.label() for ref in action.evidence[:6])
        items.append(
            f"<li><b>{html.escape(action.title)}</b> ({html.escape(who)}): "
            f"{html.escape(text)} <small>[{html.escape(refs)}]</small></li>"
        )
    return "<ol>" + "".join(items) + "</ol>"
