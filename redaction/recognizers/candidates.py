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
        for match in self.pattern.finditer(text):
            judged = self.judge(text, match)
            if judged is None:
                continue
            start, end, score = judged
            found.append(
                result(self.entity_type, start, end, score, self._label, "pattern")
            )
        return found

    @abstractmethod
    def judge(self, text: str, match: re.Match[str]) -> tuple[int, int, float] | None:
        """The span and score of an accepted candidate, or ``None``."""
