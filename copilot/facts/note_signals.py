"""Risk signals found in redacted chatter: what people say, not what fields say."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from copilot.facts.model import Fact, Severity
from copilot.records import RecordRef

__all__ = ["RedactedNote", "note_signal_facts"]

_MAX_EXCERPT = 220
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class RedactedNote:
    """A message, update or description whose text is already redacted."""

    ref: RecordRef
    text: str
    date: str | None = None


@cache
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    raw = resources.files("copilot.facts").joinpath("risk_cues.json").read_text("utf-8")
    data = json.loads(raw)
    return {
        kind: re.compile(
            r"\b(?:" + "|".join(re.escape(cue) for cue in cues) + r")\b", re.IGNORECASE
        )
        for kind, cues in data.items()
        if not kind.startswith("_")
    }


def note_signal_facts(notes: Sequence[RedactedNote], *, limit: int = 6) -> list[Fact]:
    """One fact per note that voices a risk, quoting its first risky sentence."""
    facts = []
    for note in notes:
        found = _first_signal(note.text)
        if found is None:
            continue
        kind, sentence = found
        when = f" ({note.date})" if note.date else ""
        label = kind.replace("_", " ")
        facts.append(
            Fact(
                kind="note_signal",
                severity=Severity.WARNING,
                statement=f'A note{when} signals {label}: "{sentence}"',
                evidence=(note.ref,),
                figures={"signal": kind},
            )
        )
        if len(facts) >= limit:
            break
    return facts


def _first_signal(text: str) -> tuple[str, str] | None:
    for sentence in _SENTENCE_END.split(text):
        sentence = " ".join(sentence.split())
        if len(sentence) < 12:
            continue
        for kind, pattern in _cue_patterns().items():
            if pattern.search(sentence):
                if len(sentence) > _MAX_EXCERPT:
                    sentence = sentence[: _MAX_EXCERPT - 1].rstrip() + "…"
                return kind, sentence
    return None
