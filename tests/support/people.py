"""What an analyzer masks as people in a text, for the name-rule tests."""

from __future__ import annotations

from redaction import DEFAULT_MIN_SCORE, PresidioAnalyzer

__all__ = ["people_found"]


def people_found(analyzer: PresidioAnalyzer, text: str) -> list[str]:
    """The PERSON values ``analyzer`` finds in ``text`` at the masking score."""
    return [
        text[span.start : span.end]
        for span in analyzer.analyze(text)
        if span.entity_type == "PERSON" and span.score >= DEFAULT_MIN_SCORE
    ]
