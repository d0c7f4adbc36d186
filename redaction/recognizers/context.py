"""Whether cue words stand near a match, and results carrying their reason."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from presidio_analyzer import AnalysisExplanation, RecognizerResult

__all__ = ["has_context", "has_cue_before", "result"]

_WORD = re.compile(r"[^\W\d_]+")
# The word that ends right before a match, across at most a few separators
# ("version 17.0", "module: 17.0", "release (17.0").
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t:=#(\[-]{0,3}\Z")
_LAST_WORD_REACH = 32


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


def has_cue_before(text: str, start: int, cues: Iterable[str]) -> bool:
    """Whether the word standing just before ``start`` is a cue word.

    Only separators (spaces, ":", "=", "#", "(", "[", "-"), at most three,
    may stand between the cue and ``start``; case-insensitive.
    """
    found = _LAST_WORD.search(text[max(0, start - _LAST_WORD_REACH) : start])
    return found is not None and found.group(1).casefold() in _cue_set(tuple(cues))


def result(
    entity_type: str, start: int, end: int, score: float, recognizer: str, why: str
) -> RecognizerResult:
    """A Presidio result whose explanation names the recognizer, not the value."""
    explanation = AnalysisExplanation(
        recognizer=recognizer, original_score=score, textual_explanation=why
    )
    return RecognizerResult(entity_type, start, end, score, explanation)
