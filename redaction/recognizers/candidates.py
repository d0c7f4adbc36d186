"""A recognizer that finds regex candidates and lets a check score each one."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from typing import TYPE_CHECKING

from presidio_analyzer import RecognizerResult

from redaction.recognizers.context import result
from redaction.recognizers.rule_based import RuleRecognizer

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["CandidateRecognizer"]


class CandidateRecognizer(RuleRecognizer, ABC):
    """Regex candidates, each kept only if ``score`` gives it a score.

    Subclasses hold no Presidio context words: they judge context themselves
    (before and after the match), so Presidio's enhancer leaves them alone.
    """

    entity_type: str = ""
    pattern: re.Pattern[str]
    rescans_inside: bool = False
    """Whether a value may start inside a rejected or cut-short candidate.

    Off for patterns of unbounded length, where rescanning is quadratic.
    """

    def __init__(self, name: str) -> None:
        self._label = name
        super().__init__(self.entity_type, name)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Every candidate the check accepts."""
        found: list[RecognizerResult] = []
        position = 0
        while (match := self.pattern.search(text, position)) is not None:
            judged = self.judge(text, match)
            position = self._resume_at(match, judged)
            if judged is None:
                continue
            start, end, score = judged
            found.append(
                result(self.entity_type, start, end, score, self._label, "pattern")
            )
        return found

    def _resume_at(
        self, match: re.Match[str], judged: tuple[int, int, float] | None
    ) -> int:
        """Where the next search starts: past the match, or inside it."""
        if not self.rescans_inside:
            return max(match.end(), match.start() + 1)
        if judged is None:
            return match.start() + 1
        return max(judged[1], match.start() + 1)

    @abstractmethod
    def judge(self, text: str, match: re.Match[str]) -> tuple[int, int, float] | None:
        """The span and score of an accepted candidate, or ``None``."""
