"""What a narrator receives and returns for a status briefing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from pydantic import BaseModel, Field

from copilot.facts import Fact, ProjectStatus
from copilot.injection import InjectionFlag
from copilot.records import RecordRef

__all__ = [
    "Briefing",
    "BriefingDraft",
    "BriefingInput",
    "DraftItem",
    "Narrator",
    "NarratorFact",
]


@dataclass(frozen=True)
class NarratorFact:
    """A fact as a narrator sees it: redacted statement, numbered for citation."""

    fact_id: str
    kind: str
    severity: str
    statement: str
    evidence: tuple[RecordRef, ...]


@dataclass(frozen=True)
class BriefingInput:
    """Everything a narrator may use. Every string here is redacted text."""

    project_label: str
    status: ProjectStatus
    today: date
    facts: tuple[NarratorFact, ...]

    def fact(self, fact_id: str) -> NarratorFact | None:
        return next((f for f in self.facts if f.fact_id == fact_id), None)


class DraftItem(BaseModel):
    """One sentence of the briefing and the facts it rests on."""

    text: str = Field(description="One sentence, restating only the cited facts.")
    fact_ids: list[str] = Field(description="Ids of the facts it rests on, e.g. F2.")


class BriefingDraft(BaseModel):
    """A narrator's answer; a model's answer is parsed into this and checked."""

    headline: str = Field(description="One sentence on the state of the project.")
    risks: list[DraftItem] = Field(default_factory=list)
    blockers: list[DraftItem] = Field(default_factory=list)
    next_steps: list[DraftItem] = Field(default_factory=list)


@dataclass(frozen=True)
class Briefing:
    """A finished briefing, in redacted form until the service restores it."""

    project_id: int
    project_name: str
    status: ProjectStatus
    headline: str
    risks: tuple[DraftItem, ...]
    blockers: tuple[DraftItem, ...]
    next_steps: tuple[DraftItem, ...]
    facts: tuple[Fact, ...]
    fact_ids: tuple[str, ...]
    narrator: str
    fallback_reason: str | None = None
    injection_flags: tuple[InjectionFlag, ...] = ()


class Narrator(Protocol):
    """Writes a draft from redacted input; the offline narrator never fails."""

    name: str

    def narrate(self, briefing_input: BriefingInput) -> BriefingDraft: ...
