"""Brief every demo project offline and, when configured, with the model."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copilot.audit import MemoryAuditLog
from copilot.briefing import (
    BriefingDraft,
    BriefingInput,
    BriefingResult,
    OfflineNarrator,
    PromptBudget,
    fit_to_budget,
)
from copilot.odoo import OdooEndpoint
from copilot.sandbox import (
    DEMO_ANCHOR,
    INTEGRATION_LOGIN,
    SandboxServer,
    SandboxUser,
    build_demo_store,
    integration_uid,
)
from copilot.settings import Settings
from copilot.wiring import build_services
from evals.briefing.scoring import score_briefing
from redaction import Redactor

__all__ = ["NarratorRun", "brief_demo_firm"]

_DB = "briefing_eval"
_PASSWORD = "briefing-eval"


class _RecordingNarrator(OfflineNarrator):
    """The offline narrator, keeping the prompt size its input would have."""

    def __init__(self, budget: PromptBudget) -> None:
        self.budget = budget
        self.prompt_tokens: list[int] = []

    def narrate(self, briefing_input: BriefingInput) -> BriefingDraft:
        fitted = fit_to_budget(briefing_input, self.budget)
        self.prompt_tokens.append(fitted.prompt_tokens)
        return super().narrate(briefing_input)


@dataclass
class NarratorRun:
    """Totals for one narrator over every demo project."""

    name: str
    projects: int = 0
    claims: int = 0
    supported: int = 0
    key_facts: int = 0
    covered: int = 0
    prompt_tokens: list[int] = field(default_factory=list)
    fallbacks: int = 0

    def add(self, result: BriefingResult) -> None:
        score = score_briefing(result.briefing)
        self.projects += 1
        self.claims += score.claims
        self.supported += score.supported
        self.key_facts += score.key_facts
        self.covered += score.covered
        self.fallbacks += result.briefing.fallback_reason is not None
        if result.model_call and result.model_call.prompt_tokens is not None:
            self.prompt_tokens.append(result.model_call.prompt_tokens)

    def as_dict(self) -> dict[str, Any]:
        tokens = sorted(self.prompt_tokens)
        return {
            "narrator": self.name,
            "projects": self.projects,
            "faithfulness": _share(self.supported, self.claims),
            "coverage": _share(self.covered, self.key_facts),
            "prompt_tokens_median": tokens[len(tokens) // 2] if tokens else None,
            "prompt_tokens_max": tokens[-1] if tokens else None,
            "fallbacks": self.fallbacks,
        }


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def brief_demo_firm(settings: Settings) -> list[dict[str, Any]]:
    """One row per narrator: offline always, the model when an endpoint is set."""
    store = build_demo_store()
    user = SandboxUser(INTEGRATION_LOGIN, _PASSWORD, integration_uid(store))
    budget = PromptBudget(max_tokens=settings.llm_prompt_token_budget)
    rows = []
    with (
        SandboxServer({_DB: store}, [user]) as server,
        tempfile.TemporaryDirectory(prefix="briefing-eval-") as folder,
    ):
        endpoint = OdooEndpoint(server.url, _DB, INTEGRATION_LOGIN, _PASSWORD)
        offline_settings = settings.model_copy(
            update={"llm_base_url": None, "llm_api_key": None, "data_dir": Path(folder)}
        )
        recorder = _RecordingNarrator(budget)
        offline = _run("offline", offline_settings, endpoint, recorder, None)
        offline.prompt_tokens = recorder.prompt_tokens
        rows.append(offline.as_dict() | {"prompt_tokens_sent": 0})
        if settings.has_llm:
            model_settings = settings.model_copy(update={"data_dir": Path(folder)})
            run = _run(
                f"llm:{settings.llm_model}",
                model_settings,
                endpoint,
                OfflineNarrator(),
                offline.redactor,
            )
            rows.append(run.as_dict())
    return rows


@dataclass
class _Run(NarratorRun):
    redactor: Redactor | None = None


def _run(
    name: str,
    settings: Settings,
    endpoint: OdooEndpoint,
    narrator: OfflineNarrator,
    redactor: Redactor | None,
) -> _Run:
    services = build_services(
        settings,
        endpoint=endpoint,
        today=DEMO_ANCHOR,
        audit=MemoryAuditLog(),
        redactor=redactor,
        narrator=narrator,
    )
    run = _Run(name, redactor=services.redactor)
    for project_id in services.reader.active_project_ids():
        run.add(services.briefing.brief(project_id, dry_run=True))
    return run
