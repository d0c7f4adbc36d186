"""Whether cue words stand near a match, and results carrying their reason."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from presidio_analyzer import AnalysisExplanation, RecognizerResult

__all__ = ["has_context", "result"]

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _cue_set(cues: tuple[str, ...]) -> frozenset[str]:
    return frozenset(cue.casefold() for cue in cues)


def has_context(
    text: str, start: int, end: int, cues: Iterable[str], *, window: int = 40
) -> bool:
    """Whether a cue word lies within ``window`` characters of ``[start, end)``.

    Words are compared whole and case-insensitively; unlike Presidio's own
    context enhancer this looks after the match too ("416 60 039 office").
    """
    wanted = _cue_set(tuple(cues))
    before = text[max(0, start - window) : start]
    after = text[end : end + window]
    return any(word.casefold() in wanted for word in _WORD.findall(f"{before} {after}"))


def result(
    entity_type: str, start: int, end: int, score: float, recognizer: str, why: str
) -> RecognizerResult:
    """A Presidio result whose explanation names the recognizer, not the value."""
    explanation = AnalysisExplanation(
        recognizer=recognizer, original_score=score, textual_explanation=why
    )
    return RecognizerResult(entity_type, start, end, score, explanation)
