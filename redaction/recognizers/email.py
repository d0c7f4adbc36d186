"""E-mail addresses whatever their domain, encoded or obfuscated ones included."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from redaction.recognizers.pattern_data import group, number_setting, text_setting

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["AnyDomainEmailRecognizer"]

_PLAIN = "email_any_domain"
_OBFUSCATED = "email_obfuscated"
# What each pattern cannot match without (see patterns.json): an "@" or its
# encodings ("%40", "&#64;", "&#x40;"); "[at]" or "(at)", or " at " and a
# spelt-out dot. The patterns ignore case, and no letter but "A", "T", "D"
# and "O" folds to "a", "t", "d" or "o", so the lower-cased text tells.
_PLAIN_MARKS = ("@", "%40", "&#")
_BRACKETED_AT = ("[at]", "(at)")
_SPELT_DOTS = ("[dot]", "(dot)", " dot ")


def _may_be_plain(text: str) -> bool:
    return any(mark in text for mark in _PLAIN_MARKS)


def _may_be_obfuscated(text: str) -> bool:
    lowered = text.lower()
    if any(mark in lowered for mark in _BRACKETED_AT):
        return True
    return " at " in lowered and any(dot in lowered for dot in _SPELT_DOTS)


class AnyDomainEmailRecognizer(PatternRecognizer):
    """Addresses on any domain, percent-encoded or written "a dot b at c dot be".

    Presidio's own recognizer drops addresses whose top-level domain is not
    on the public suffix list: internal domains (``corp.local``), new or
    reserved ones. A confidential address is confidential on any domain.

    A pattern is only run on a text that holds what it cannot match
    without: most texts have no obfuscated address, and the ``regex``
    package Presidio matches with is slow to find that out.
    """

    patterns: list[Pattern]

    def __init__(self) -> None:
        patterns = []
        for name in (_PLAIN, _OBFUSCATED):
            settings = group(name)
            patterns.append(
                Pattern(
                    name=name,
                    regex=text_setting(settings, "regex"),
                    score=number_setting(settings, "score"),
                )
            )
        super().__init__(
            supported_entity="EMAIL_ADDRESS",
            name="AnyDomainEmailRecognizer",
            patterns=patterns,
        )
        # The same recognizer (name, id, flags) with one pattern each.
        self._alone = {
            pattern.name: self._with_patterns([pattern]) for pattern in patterns
        }

    def _with_patterns(self, patterns: list[Pattern]) -> PatternRecognizer:
        narrowed = copy.copy(self)
        narrowed.patterns = patterns
        return narrowed

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Addresses in ``text``, from the patterns that may match it."""
        wanted = [
            name
            for name, may_match in (
                (_PLAIN, _may_be_plain(text)),
                (_OBFUSCATED, _may_be_obfuscated(text)),
            )
            if may_match
        ]
        if len(wanted) == len(self._alone):
            return super().analyze(text, entities, nlp_artifacts, regex_flags)
        if not wanted:
            return []
        return PatternRecognizer.analyze(
            self._alone[wanted[0]], text, entities, nlp_artifacts, regex_flags
        )
