"""Explain each next-best action: fixed wording offline, a model's rewrite
only when the grounding check accepts it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from copilot.billing.actions import Action
from copilot.briefing.model import BriefingDraft, BriefingInput, DraftItem, NarratorFact
from copilot.facts import ProjectStatus, Severity

__all__ = [
    "ActionNarration",
    "FactsAsSteps",
    "explanations_from",
    "narrator_input",
    "offline_explanations",
]

_ADVICE = {
    "resolve_disputes": "Call the client about the disputed billing before "
    "sending anything new.",
    "chase_overdue": "Remind the client of the overdue amounts and agree a "
    "payment date.",
    "invoice_delivered": "Raise the invoices for the delivered work.",
    "agree_extra_hours": "Propose a change order before more unbilled hours accrue.",
    "recover_milestones": "Agree new milestone dates with the client and record them.",
    "fix_timesheets": "Ask the team to log and link their time to the sale order.",
    "project_health": "Go through the project's risks with its manager.",
    "open_tickets": "Check the open tickets with the support owner.",
    "open_opportunity": "Plan the next step on the opportunity with the client.",
}


@dataclass(frozen=True)
class ActionNarration:
    """One explanation per action, in the actions' order."""

    explanations: tuple[str, ...]
    narrator: str
    fallback_reason: str | None = None


def offline_explanations(actions: Sequence[Action]) -> ActionNarration:
    """The deterministic wording: the advice, then the facts behind it."""
    texts = tuple(
        f"{_ADVICE.get(a.kind, 'Act on the facts below.')} " + " ".join(a.why)
        for a in actions
    )
    return ActionNarration(texts, "offline")


def narrator_input(label: str, actions: Sequence[Action], today: date) -> BriefingInput:
    """The actions as facts A1..An, the only material a model may use."""
    worst = min((a.severity for a in actions), key=_severity_rank, default=None)
    status = {
        Severity.CRITICAL: ProjectStatus.OFF_TRACK,
        Severity.WARNING: ProjectStatus.AT_RISK,
    }.get(worst or Severity.INFO, ProjectStatus.ON_TRACK)
    return BriefingInput(
        project_label=label,
        status=status,
        today=today,
        facts=tuple(
            NarratorFact(
                fact_id=f"A{i}",
                kind=a.kind,
                severity=a.severity.value,
                statement=f"{a.title}. " + " ".join(a.why),
                evidence=a.evidence,
            )
            for i, a in enumerate(actions, start=1)
        ),
    )


class FactsAsSteps:
    """The offline narrator the shared `narrate()` falls back on: each action's
    statement as a next step citing it."""

    name = "offline"

    def narrate(self, briefing_input: BriefingInput) -> BriefingDraft:
        return BriefingDraft(
            headline=f"Next actions for {briefing_input.project_label}.",
            next_steps=[
                DraftItem(text=fact.statement, fact_ids=[fact.fact_id])
                for fact in briefing_input.facts
            ],
        )


def explanations_from(
    draft: BriefingDraft, given: BriefingInput
) -> tuple[tuple[str, ...] | None, str | None]:
    """Per action, the sentences of an already grounded draft that cite it;
    `None` and a reason when an action has none (say the token budget left
    it out)."""
    items = [*draft.next_steps, *draft.blockers, *draft.risks]
    texts = []
    for fact in given.facts:
        cited = [item.text for item in items if fact.fact_id in item.fact_ids]
        if not cited:
            return None, f"no grounded sentence for action {fact.fact_id}"
        texts.append(" ".join(cited))
    return tuple(texts), None


def _severity_rank(severity: Severity) -> int:
    return {Severity.CRITICAL: 0, Severity.WARNING: 1, Severity.INFO: 2}[severity]
