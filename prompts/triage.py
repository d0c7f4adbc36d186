"""Render the few-shot triage prompt from redacted text and labelled neighbours."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from string import Template

from prompts.fence import fence, one_line
from prompts.render import RenderedPrompt

__all__ = ["TRIAGE_VERSION", "TriageExample", "render_triage_prompt"]

TRIAGE_VERSION = "triage_v1"
_EXAMPLE_CHARS = 400
_REQUEST_CHARS = 4000


@cache
def template(name: str) -> str:
    return resources.files("prompts").joinpath(name).read_text("utf-8")


@dataclass(frozen=True)
class TriageExample:
    """A labelled past ticket, already redacted."""

    text: str
    category: str
    priority: str


def render_triage_prompt(
    request: str,
    examples: Sequence[TriageExample],
    categories: Sequence[str],
    *,
    category: str,
    priority: str,
) -> RenderedPrompt:
    """The prompt for a model; every text passed in is already redacted."""
    shots = "\n".join(
        f"- <data>{fence(' '.join(x.text.split())[:_EXAMPLE_CHARS])}</data> -> "
        f"category={x.category}, priority={x.priority}"
        for x in examples
    )
    user = Template(template(f"{TRIAGE_VERSION}_user.txt")).substitute(
        categories=", ".join(one_line(name) for name in categories),
        examples=shots or "(none yet)",
        category=category,
        priority=priority,
        request=fence(request[:_REQUEST_CHARS]),
    )
    return RenderedPrompt(
        version=TRIAGE_VERSION,
        system=template(f"{TRIAGE_VERSION}_system.txt"),
        user=user,
    )
