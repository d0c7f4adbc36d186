"""Fit a briefing's facts into a fixed prompt budget, whatever the project's size.

Facts go first, most severe first: at most a few per kind, each statement
cut to a fixed length, and lower-priority facts dropped until the rendered
prompt's estimated tokens fit. The grounding check then runs against the
fitted input, so the model is only held to what it was shown.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from copilot.briefing.model import BriefingInput, NarratorFact
from copilot.tokens import estimate_tokens
from prompts import render_briefing_prompt

__all__ = ["FittedInput", "PromptBudget", "fit_to_budget"]

_SEVERITY_ORDER = {"critical": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class PromptBudget:
    """Limits for one briefing prompt (tokens are the local estimate)."""

    max_tokens: int = 3000
    max_facts_per_kind: int = 6
    max_statement_chars: int = 280


@dataclass(frozen=True)
class FittedInput:
    """The input as the model sees it, and what fitting it cost."""

    given: BriefingInput
    prompt_tokens: int
    omitted: int
    truncated: int


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    return (head.rsplit(" ", 1)[0] if " " in head else head) + "…"


def _ranked(
    facts: tuple[NarratorFact, ...], budget: PromptBudget
) -> list[NarratorFact]:
    per_kind: dict[str, int] = {}
    kept = []
    ordered = sorted(
        enumerate(facts), key=lambda p: (_SEVERITY_ORDER.get(p[1].severity, 3), p[0])
    )
    for _, fact in ordered:
        per_kind[fact.kind] = per_kind.get(fact.kind, 0) + 1
        if per_kind[fact.kind] <= budget.max_facts_per_kind:
            kept.append(fact)
    return kept


def prompt_tokens(given: BriefingInput, omitted: int = 0) -> int:
    """Estimated tokens of the rendered briefing prompt for `given`."""
    prompt = render_briefing_prompt(given, omitted=omitted)
    return estimate_tokens(prompt.system, prompt.user)


def fit_to_budget(given: BriefingInput, budget: PromptBudget) -> FittedInput:
    """The most severe facts, shortened, that fit `budget.max_tokens`."""
    ranked = _ranked(given.facts, budget)
    label = _cut(given.project_label, budget.max_statement_chars)
    shortened = [
        replace(f, statement=_cut(f.statement, budget.max_statement_chars))
        for f in ranked
    ]
    truncated = sum(
        1 for a, b in zip(ranked, shortened, strict=True) if a.statement != b.statement
    )
    while True:
        omitted = len(given.facts) - len(shortened)
        fitted = replace(given, project_label=label, facts=tuple(shortened))
        tokens = prompt_tokens(fitted, omitted)
        if tokens <= budget.max_tokens or not shortened:
            return FittedInput(fitted, tokens, omitted, truncated)
        shortened.pop()
