"""The deterministic narrator: the default, and the fallback for any model."""

from __future__ import annotations

from copilot.briefing.model import BriefingDraft, BriefingInput, DraftItem, NarratorFact
from copilot.facts import ProjectStatus

__all__ = ["OfflineNarrator"]

_STATUS_WORDS = {
    ProjectStatus.ON_TRACK: "is on track",
    ProjectStatus.AT_RISK: "is at risk",
    ProjectStatus.OFF_TRACK: "is off track",
}
_RISK_KINDS = (
    "milestone_missed",
    "hours_budget",
    "task_overrun",
    "task_overdue",
    "milestone_due_soon",
    "latest_update",
    "no_recent_time",
    "open_tickets",
    "note_signal",
)
_BLOCKER_KINDS = ("task_blocked", "task_stalled")
_NEXT_STEP = {
    "milestone_missed": "Agree a new date for the missed milestone with the client "
    "and record it in a project update.",
    "milestone_due_soon": "Check that the tasks behind the milestone due soon can "
    "close in time.",
    "task_overdue": "Re-plan the overdue tasks with their assignees and set "
    "realistic deadlines.",
    "task_overrun": "Review the estimates of the tasks over their allocated hours "
    "and decide whether a change request is due.",
    "hours_budget": "Compare hours logged with the budget and raise a change "
    "request before more unbilled work accrues.",
    "task_blocked": "Unblock the waiting tasks: settle their dependencies or the "
    "changes requested.",
    "task_stalled": "Ask the owners of the stalled tasks whether they are still "
    "needed, and close or re-plan them.",
    "no_recent_time": "Confirm the project is still staffed: nobody has logged time "
    "recently.",
    "open_tickets": "Review the customer's open helpdesk tickets before the next "
    "status call.",
    "note_signal": "Follow up on the concerns raised in recent notes.",
    "latest_update": "Publish a fresh project update once the risks above are "
    "addressed.",
}


class OfflineNarrator:
    """Writes a briefing from facts only, with fixed wording. Never fails."""

    name = "offline"

    def narrate(self, briefing_input: BriefingInput) -> BriefingDraft:
        facts = briefing_input.facts
        risks = [
            _item(f) for f in facts if f.kind in _RISK_KINDS and f.severity != "info"
        ]
        blockers = [_item(f) for f in facts if f.kind in _BLOCKER_KINDS]
        return BriefingDraft(
            headline=_headline(briefing_input, len(risks), len(blockers)),
            risks=risks,
            blockers=blockers,
            next_steps=_next_steps(facts),
        )


def _item(fact: NarratorFact) -> DraftItem:
    return DraftItem(text=fact.statement, fact_ids=[fact.fact_id])


def _headline(briefing_input: BriefingInput, risks: int, blockers: int) -> str:
    """One sentence without counts of its own: every figure comes from a fact."""
    status = _STATUS_WORDS[briefing_input.status]
    budget = next((f for f in briefing_input.facts if f.kind == "hours_budget"), None)
    needs = " and ".join(
        word for word, n in (("risks", risks), ("blockers", blockers)) if n
    )
    if not needs:
        attention = ": nothing needs attention"
    elif briefing_input.status is ProjectStatus.ON_TRACK:
        attention = f"; keep an eye on the {needs} below"
    else:
        attention = f": the {needs} below need attention"
    headline = f"{briefing_input.project_label} {status}{attention}."
    if budget is not None:
        headline += " " + budget.statement
    return headline


def _next_steps(facts: tuple[NarratorFact, ...]) -> list[DraftItem]:
    steps: list[DraftItem] = []
    for kind, text in _NEXT_STEP.items():
        cited = [
            f.fact_id
            for f in facts
            if f.kind == kind and (f.severity != "info" or kind == "task_blocked")
        ]
        if cited:
            steps.append(DraftItem(text=text, fact_ids=cited))
    return steps[:5]
