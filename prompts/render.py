"""Render prompt templates from typed inputs; no I/O beyond reading the template."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from string import Template
from typing import TYPE_CHECKING

from prompts.fence import fence, one_line

if TYPE_CHECKING:
    from copilot.briefing.model import BriefingInput

__all__ = ["RenderedPrompt", "render_briefing_prompt"]

BRIEFING_VERSION = "briefing_v2"


@dataclass(frozen=True)
class RenderedPrompt:
    version: str
    system: str
    user: str

    @property
    def sha256(self) -> str:
        """Hash logged and audited in place of the prompt text."""
        digest = hashlib.sha256(f"{self.system}\x00{self.user}".encode())
        return digest.hexdigest()


@cache
def _template(name: str) -> str:
    return resources.files("prompts").joinpath(name).read_text("utf-8")


def render_briefing_prompt(
    briefing_input: BriefingInput, *, omitted: int = 0
) -> RenderedPrompt:
    """The briefing prompt for a model; the input is already redacted and
    already fitted to the token budget (`omitted` facts were left out)."""
    facts = "\n".join(
        f"{fact.fact_id} [{fact.kind}, {fact.severity}] {fence(fact.statement)}"
        for fact in briefing_input.facts
    )
    user = Template(_template(f"{BRIEFING_VERSION}_user.txt")).substitute(
        project_label=one_line(briefing_input.project_label),
        today=briefing_input.today.isoformat(),
        status=briefing_input.status.value,
        facts=facts,
        omitted=omitted,
    )
    return RenderedPrompt(
        version=BRIEFING_VERSION,
        system=_template(f"{BRIEFING_VERSION}_system.txt"),
        user=user,
    )
