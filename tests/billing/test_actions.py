"""Ranking next-best actions and explaining them."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.billing.actions import MAX_ACTIONS, rank_actions
from copilot.billing.detectors import DETECTORS
from copilot.billing.model import Blocker
from copilot.billing.narration import (
    explanations_from,
    narrator_input,
    offline_explanations,
)
from copilot.billing.thresholds import BillingThresholds
from copilot.briefing.model import BriefingDraft, DraftItem
from tests.billing.builders import (
    account,
    group,
    invoice,
    line,
    milestone,
    opportunity,
    portfolio,
    project,
    task,
    ticket,
)


def all_blockers() -> list[Blocker]:
    folio = portfolio(
        projects=(project(status="off_track"),),
        sale_lines=(line(), line(id=101, ordered=5, delivered=9, to_invoice=9)),
        milestones=(milestone(is_reached=False, sale_line_id=None),),
        invoices=(invoice(),),
        tickets=(ticket(),),
        tasks=(task(),),
        timesheet_groups=(group(),),
    )
    return [b for detect in DETECTORS for b in detect(folio, BillingThresholds())]


def test_at_most_five_actions_most_severe_first() -> None:
    """Many signals give five actions, critical ones first, each with why."""
    actions = rank_actions(
        account(),
        all_blockers(),
        [project(status="off_track")],
        [ticket(category="Technical", priority="2")],
        [opportunity()],
    )
    assert len(actions) == MAX_ACTIONS
    weights = [a.severity.value for a in actions]
    assert weights == sorted(weights, key=["critical", "warning", "info"].index)
    for action in actions:
        assert action.why and action.evidence
        assert action.owner_id is not None


@pytest.mark.parametrize(
    ("status", "kinds"),
    [("off_track", ["project_health"]), ("on_track", [])],
)
def test_project_health_becomes_an_action(status: str, kinds: list[str]) -> None:
    """An off-track project yields a review action for its manager."""
    actions = rank_actions(account(), [], [project(status=status)], [], [])
    assert [a.kind for a in actions] == kinds


def test_opportunities_fall_back_to_the_salesperson() -> None:
    """An opportunity without its own salesperson goes to the account's."""
    actions = rank_actions(
        account(), [], [], [], [opportunity(user_id=None, user_name=None)]
    )
    assert actions[0].owner_name == "Sam Seller"


def test_offline_explanation_restates_the_facts() -> None:
    """The offline text is fixed advice followed by the facts, verbatim."""
    actions = rank_actions(account(), all_blockers(), [], [], [])
    texts = offline_explanations(actions).explanations
    for action, text in zip(actions, texts, strict=True):
        assert all(why in text for why in action.why)


def test_explanations_need_a_sentence_for_every_action() -> None:
    """Each action gets the sentences citing it; an action nobody cites (say
    the token budget left it out) makes the whole rewrite unusable."""
    actions = rank_actions(account(), all_blockers(), [], [], [])[:2]
    given = narrator_input("<ORG_1>", actions, date(2026, 12, 4))
    good = BriefingDraft(
        headline="These need doing this week.",
        next_steps=[
            DraftItem(text=f.statement, fact_ids=[f.fact_id]) for f in given.facts
        ],
    )
    texts, reason = explanations_from(good, given)
    assert reason is None and texts == tuple(f.statement for f in given.facts)
    partial = good.model_copy(update={"next_steps": good.next_steps[:1]})
    texts, reason = explanations_from(partial, given)
    assert texts is None and reason == "no grounded sentence for action A2"
