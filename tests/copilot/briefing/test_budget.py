"""A briefing prompt stays within its token budget whatever the project's size."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.briefing import BriefingInput, PromptBudget, fit_to_budget
from copilot.briefing.budget import prompt_tokens
from copilot.briefing.model import NarratorFact
from copilot.facts import ProjectStatus
from copilot.records import RecordRef

KINDS = ("task_overdue", "task_stalled", "note_signal", "recent_time")


def fact(index: int, kind: str, severity: str, words: int = 12) -> NarratorFact:
    text = " ".join(["delay"] * words)
    return NarratorFact(
        f"F{index}",
        kind,
        severity,
        f"Task {index} ({kind}) is late by {index} days: {text}.",
        (RecordRef("project.task", index),),
    )


def briefing_input(n_facts: int, words: int = 12) -> BriefingInput:
    severities = ("info", "warning", "critical")
    return BriefingInput(
        project_label="<ORGANIZATION_1> rollout",
        status=ProjectStatus.AT_RISK,
        today=date(2026, 12, 4),
        facts=tuple(
            fact(i, KINDS[i % len(KINDS)], severities[i % 3], words)
            for i in range(1, n_facts + 1)
        ),
    )


@pytest.mark.parametrize(
    ("n_facts", "words"), [(3, 12), (40, 12), (400, 12), (40, 2000)]
)
def test_the_fitted_prompt_is_within_the_budget(n_facts: int, words: int) -> None:
    """Many facts or very long statements: the prompt never exceeds its budget."""
    budget = PromptBudget(max_tokens=3000)
    fitted = fit_to_budget(briefing_input(n_facts, words), budget)
    assert fitted.prompt_tokens <= 3000
    assert fitted.prompt_tokens == prompt_tokens(fitted.given, fitted.omitted)
    assert fitted.omitted == n_facts - len(fitted.given.facts)


def test_most_severe_facts_come_first_and_each_kind_is_capped() -> None:
    """Critical before warning before info; at most `max_facts_per_kind` a kind."""
    budget = PromptBudget(max_facts_per_kind=2)
    fitted = fit_to_budget(briefing_input(40), budget)
    severities = [f.severity for f in fitted.given.facts]
    assert severities == sorted(severities, key=("critical", "warning", "info").index)
    per_kind = [f.kind for f in fitted.given.facts]
    assert max(per_kind.count(kind) for kind in set(per_kind)) <= 2


def test_long_statements_are_cut_and_fact_ids_keep_their_numbers() -> None:
    """Quoted text is truncated on a word; citations still map to the same fact."""
    fitted = fit_to_budget(briefing_input(4, words=500), PromptBudget())
    assert fitted.truncated == 4
    assert all(len(f.statement) <= 280 for f in fitted.given.facts)
    assert all(f.statement.endswith("…") for f in fitted.given.facts)
    original = {f.fact_id: f.kind for f in briefing_input(4).facts}
    assert {f.fact_id: f.kind for f in fitted.given.facts} == original


def test_a_tight_budget_drops_facts_and_says_how_many() -> None:
    """Lower-priority facts go first, and the prompt tells the model so."""
    fitted = fit_to_budget(briefing_input(40), PromptBudget(max_tokens=700))
    assert fitted.prompt_tokens <= 700
    assert fitted.omitted > 0
    assert {f.severity for f in fitted.given.facts} <= {"critical", "warning"}
