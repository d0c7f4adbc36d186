"""The offline narrator writes a grounded briefing from facts alone."""

from __future__ import annotations

from copilot.briefing import OfflineNarrator
from copilot.briefing.grounding import check_grounding
from tests.copilot.briefing.test_grounding import GIVEN


def test_offline_briefing_cites_every_risk_and_passes_grounding() -> None:
    """Every risk and step cites facts, and its own text passes the check."""
    result = OfflineNarrator().narrate(GIVEN)
    assert result.headline.startswith("ERP rollout for <ORGANIZATION_1> is at risk")
    assert [item.fact_ids for item in result.risks] == [["F1"], ["F2"]]
    assert result.next_steps
    assert all(item.fact_ids for item in result.next_steps)
    grounded = check_grounding(result, GIVEN)
    assert grounded.accepted and grounded.dropped_items == 0


def test_offline_narrator_is_deterministic() -> None:
    """The same facts always give the same words."""
    assert OfflineNarrator().narrate(GIVEN) == OfflineNarrator().narrate(GIVEN)
