"""Meeting notes (QMSum) through the briefing's note path, scored with ROUGE.

Each transcript turn is a note; the offline path keeps the notes' risk
sentences as facts and writes them with the offline narrator. With an
endpoint configured the model writes from the same facts, redacted first.
References are the human answers to "Summarize the whole meeting".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from copilot.briefing import BriefingDraft, BriefingInput, OfflineNarrator
from copilot.briefing.model import NarratorFact
from copilot.facts import ProjectStatus, RedactedNote, note_signal_facts
from copilot.records import RecordRef
from evals.briefing.scoring import rouge

__all__ = ["meeting_inputs", "qmsum_dir", "score_meetings"]

_TAG = re.compile(r"\{[a-z_]+\}")
Writer = Callable[[BriefingInput], BriefingDraft | None]


def qmsum_dir() -> Path:
    """The shared meeting data, next to the repository."""
    root = Path(__file__).resolve().parents[2]
    return root.parent / "shared" / "evaldata" / "qmsum-meetings"


def _reference(meeting: dict[str, Any]) -> str | None:
    for query in meeting.get("general_query_list", []):
        if "whole meeting" in query.get("query", "").lower():
            return str(query["answer"])
    return None


def meeting_inputs(path: Path) -> tuple[BriefingInput, str, str] | None:
    """The briefing input built from one meeting, its reference, its lead text."""
    meeting = json.loads(path.read_text("utf-8"))
    reference = _reference(meeting)
    if reference is None:
        return None
    turns = [
        " ".join(_TAG.sub(" ", str(t.get("content", ""))).split())
        for t in meeting.get("meeting_transcripts", [])
    ]
    notes = [
        RedactedNote(RecordRef("meeting.turn", i), text)
        for i, text in enumerate(turns, start=1)
        if text
    ]
    facts = note_signal_facts(notes)
    given = BriefingInput(
        project_label=f"Meeting {path.stem}",
        status=ProjectStatus.AT_RISK if facts else ProjectStatus.ON_TRACK,
        today=date(2026, 1, 1),
        facts=tuple(
            NarratorFact(f"F{i}", f.kind, f.severity.value, f.statement, f.evidence)
            for i, f in enumerate(facts, start=1)
        ),
    )
    words = " ".join(turns).split()
    lead = " ".join(words[: len(reference.split())])
    return given, reference, lead


def draft_text(draft: BriefingDraft) -> str:
    items = [*draft.risks, *draft.blockers, *draft.next_steps]
    return " ".join([draft.headline, *(item.text for item in items)])


def score_meetings(folder: Path, model: Writer | None) -> dict[str, Any]:
    """Mean ROUGE F1 per system over every meeting with a general summary."""
    offline = OfflineNarrator()
    systems: dict[str, list[dict[str, float]]] = {"offline": [], "lead": []}
    if model is not None:
        systems["model"] = []
    fallbacks = 0
    for path in sorted(folder.glob("*/*.json")):
        built = meeting_inputs(path)
        if built is None:
            continue
        given, reference, lead = built
        offline_text = draft_text(offline.narrate(given))
        systems["offline"].append(rouge(offline_text, reference))
        systems["lead"].append(rouge(lead, reference))
        if model is not None:
            draft = model(given)
            fallbacks += draft is None
            text = draft_text(draft) if draft is not None else offline_text
            systems["model"].append(rouge(text, reference))
    report: dict[str, Any] = {name: _mean(scores) for name, scores in systems.items()}
    report["meetings"] = len(systems["offline"])
    if model is not None:
        report["model_fallbacks"] = fallbacks
    return report


def _mean(scores: list[dict[str, float]]) -> dict[str, float]:
    if not scores:
        return {}
    return {
        key: round(sum(s[key] for s in scores) / len(scores), 4) for key in scores[0]
    }
