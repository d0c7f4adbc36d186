"""The briefing eval scores what it says it scores, offline and with a model."""

from __future__ import annotations

import pytest

from copilot.briefing import Briefing, DraftItem
from copilot.facts import Fact, ProjectStatus, Severity
from copilot.records import RecordRef
from evals.briefing.run import run_suite
from evals.briefing.scoring import rouge, score_briefing
from tests.fakes.openai_server import FakeOpenAIServer, restating_answer


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        ("the cat sat", "the cat sat", (1.0, 1.0, 1.0)),
        ("dogs bark", "the cat sat", (0.0, 0.0, 0.0)),
        ("the cat sat", "the cat sat on the mat", (0.667, 0.571, 0.667)),
        ("sat the cat", "the cat sat", (1.0, 0.5, 0.667)),
    ],
)
def test_rouge_matches_hand_computed_values(
    candidate: str, reference: str, expected: tuple[float, float, float]
) -> None:
    """ROUGE-1, -2 and -L F1 on words, as defined by Lin (2004)."""
    scores = rouge(candidate, reference)
    got = (scores["rouge1"], scores["rouge2"], scores["rougeL"])
    assert got == pytest.approx(expected, abs=0.001)


def fact(statement: str, severity: Severity) -> Fact:
    return Fact(
        kind="task_overdue",
        severity=severity,
        statement=statement,
        evidence=(RecordRef("project.task", 1),),
        figures={},
    )


def test_faithfulness_counts_figures_and_citations_coverage_counts_warnings() -> None:
    """One invented figure and one unknown citation of five claims; one of two
    warnings cited."""
    briefing = Briefing(
        project_id=1,
        project_name="ERP",
        status=ProjectStatus.AT_RISK,
        headline="ERP is at risk.",
        risks=(DraftItem(text="Task is 3 days late, not 9.", fact_ids=["F1", "F9"]),),
        blockers=(),
        next_steps=(),
        facts=(
            fact("Task is 3 days late.", Severity.WARNING),
            fact("Other task is 5 days late.", Severity.WARNING),
        ),
        fact_ids=("F1", "F2"),
        narrator="llm:m",
    )
    score = score_briefing(briefing)
    assert (score.claims, score.supported) == (4, 2)
    assert (score.key_facts, score.covered) == (2, 1)


def test_the_suite_puts_the_model_beside_the_offline_narrator(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With an endpoint configured both rows are scored and summarised."""
    with FakeOpenAIServer(restating_answer) as fake:
        monkeypatch.setenv("COPILOT_LLM_BASE_URL", fake.base_url)
        monkeypatch.setenv("COPILOT_LLM_MODEL", "m")
        monkeypatch.setenv("COPILOT_USE_NER", "false")
        report = run_suite()
    offline, model = report["demo_firm"]
    assert offline["narrator"] == "offline" and model["narrator"] == "llm:m"
    assert offline["faithfulness"] == model["faithfulness"] == 1.0
    assert model["coverage"] == 1.0 and model["fallbacks"] == 0
    assert 0 < model["prompt_tokens_max"] < 3000
    assert any("llm:m" in line for line in report["summary"])
    meetings = report["meetings"]
    assert "skipped" in meetings or set(meetings) >= {"offline", "model", "lead"}
