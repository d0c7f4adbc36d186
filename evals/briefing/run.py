"""`copilot eval briefing`: the offline narrator and, when an endpoint is set,
the model, side by side on the demo firm, then ROUGE on meeting notes."""

from __future__ import annotations

from typing import Any

from copilot.briefing import (
    BriefingDraft,
    BriefingInput,
    LlmNarrator,
    PromptBudget,
    check_grounding,
)
from copilot.chat_model import OpenAICompatibleChatModel
from copilot.errors import ModelError, RedactionError
from copilot.settings import Settings
from evals.briefing.demo import brief_demo_firm
from evals.briefing.meetings import Writer, qmsum_dir, score_meetings
from redaction import build_redactor

__all__ = ["run_suite"]


def run_suite() -> dict[str, Any]:
    settings = Settings()
    report: dict[str, Any] = {"demo_firm": brief_demo_firm(settings)}
    folder = qmsum_dir()
    if folder.is_dir():
        model = _meeting_writer(settings) if settings.has_llm else None
        report["meetings"] = score_meetings(folder, model)
    else:
        report["meetings"] = {"skipped": f"meeting data not found at {folder.name}"}
    report["summary"] = _summary(report)
    return report


def _meeting_writer(settings: Settings) -> Writer:
    """The model path for meeting notes: redact, fit, ask, ground."""
    redactor = build_redactor([], use_ner=settings.use_ner)
    llm = LlmNarrator(
        OpenAICompatibleChatModel(settings),
        budget=PromptBudget(max_tokens=settings.llm_prompt_token_budget),
    )

    def write(given: BriefingInput) -> BriefingDraft | None:
        scope = redactor.scope(f"eval/{given.project_label}")
        masked = [scope.redact(f.statement).text for f in given.facts]
        sealed = BriefingInput(
            given.project_label,
            given.status,
            given.today,
            tuple(
                type(f)(f.fact_id, f.kind, f.severity, text, f.evidence)
                for f, text in zip(given.facts, masked, strict=True)
            ),
        )
        fitted = llm.fit(sealed)
        try:
            draft, _ = llm.narrate_checked(
                fitted.given, scope.leak_guard().check, omitted=fitted.omitted
            )
        except (ModelError, RedactionError):
            return None
        return check_grounding(draft, fitted.given).draft

    return write


def _summary(report: dict[str, Any]) -> list[str]:
    lines = ["Briefings on the demo firm (faithfulness, coverage, prompt tokens):"]
    for row in report["demo_firm"]:
        lines.append(
            f"  {row['narrator']:<24} faithfulness {row['faithfulness']}  "
            f"coverage {row['coverage']}  prompt tokens median "
            f"{row['prompt_tokens_median']} max {row['prompt_tokens_max']}  "
            f"fallbacks {row['fallbacks']} / {row['projects']} projects"
        )
    if len(report["demo_firm"]) == 1:
        lines.append("  (no model endpoint configured: offline only; the offline")
        lines.append("  row's tokens are what its prompt would be, nothing is sent)")
    meetings = report["meetings"]
    if "skipped" in meetings:
        lines.append(f"Meeting notes: skipped, {meetings['skipped']}.")
        return lines
    lines.append(f"Meeting notes, ROUGE F1 over {meetings['meetings']} meetings:")
    for name in ("offline", "model", "lead"):
        if meetings.get(name):
            s = meetings[name]
            label = "lead (first words)" if name == "lead" else name
            lines.append(
                f"  {label:<24} R-1 {s['rouge1']:.3f}  R-2 {s['rouge2']:.3f}  "
                f"R-L {s['rougeL']:.3f}"
            )
    return lines
