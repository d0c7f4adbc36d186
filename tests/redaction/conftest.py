"""Shared fixtures: invented Odoo contacts, the real analyzers, small fakes."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

import pytest

from redaction import (
    DenyList,
    DenyListEntry,
    EntitySpan,
    PresidioAnalyzer,
    Redactor,
    build_analyzer,
)

# Every person, company, address and number below is invented.
DIRECTORY = (
    DenyListEntry("PERSON", "Ilse Vandermoortel"),
    DenyListEntry("PERSON", "Jan Peeters"),
    DenyListEntry("PERSON", "Jan De Smedt"),
    DenyListEntry("PERSON", "Søren Ødegård"),
    DenyListEntry("PERSON", "Anaïs Lefèvre-Duchamp"),
    DenyListEntry("PERSON", "Wouter Van den Broeck"),
    DenyListEntry("PERSON", "Mark Oosterlinck"),
    DenyListEntry("PERSON", "Al Verhoeven"),
    DenyListEntry("ORGANIZATION", "Brightlane Logistics BV"),
    DenyListEntry("ORGANIZATION", "Korvex Consulting SRL"),
    DenyListEntry("ORGANIZATION", "Support"),
    DenyListEntry("EMAIL_ADDRESS", "ilse.vandermoortel@brightlane.example"),
    DenyListEntry("PHONE_NUMBER", "+32 470 12 34 56"),
    DenyListEntry("IBAN_CODE", "BE71 0961 2345 6769"),
)


class SilentAnalyzer:
    """An analyzer that finds nothing: only the deny-list and vault act."""

    def analyze(self, text: str) -> Sequence[EntitySpan]:
        """Find nothing."""
        return []

    def analyze_many(self, texts: Sequence[str]) -> list[Sequence[EntitySpan]]:
        """Find nothing in each text."""
        return [[] for _ in texts]


class ScriptedAnalyzer:
    """Finds exactly the phrases it was given, wherever they occur verbatim."""

    def __init__(self, phrases: Mapping[str, str]) -> None:
        self._phrases = dict(phrases)

    def analyze(self, text: str) -> Sequence[EntitySpan]:
        """Every verbatim occurrence of a scripted phrase."""
        return [
            EntitySpan(entity_type, match.start(), match.end(), 0.85)
            for phrase, entity_type in self._phrases.items()
            for match in re.finditer(re.escape(phrase), text)
        ]

    def analyze_many(self, texts: Sequence[str]) -> list[Sequence[EntitySpan]]:
        """Every verbatim occurrence of a scripted phrase, per text."""
        return [self.analyze(text) for text in texts]


@pytest.fixture(scope="session")
def directory() -> tuple[DenyListEntry, ...]:
    """The invented Odoo partners, users and employees of the demo firm."""
    return DIRECTORY


@pytest.fixture(scope="session")
def deny_list(directory: tuple[DenyListEntry, ...]) -> DenyList:
    """The directory compiled once."""
    return DenyList.from_entries(directory)


@pytest.fixture(scope="session")
def ner_analyzer() -> PresidioAnalyzer:
    """The real offline Presidio engine with spaCy NER, built once per session."""
    return build_analyzer(use_ner=True)


@pytest.fixture(scope="session")
def pattern_analyzer() -> PresidioAnalyzer:
    """The real offline Presidio engine without NER, built once per session."""
    return build_analyzer(use_ner=False)


@pytest.fixture
def ner_redactor(ner_analyzer: PresidioAnalyzer, deny_list: DenyList) -> Redactor:
    """A redactor over the real NER engine and the directory."""
    return Redactor(ner_analyzer, deny_list)


@pytest.fixture
def silent_redactor(deny_list: DenyList) -> Redactor:
    """A redactor whose analyzer finds nothing: the deny-list alone acts."""
    return Redactor(SilentAnalyzer(), deny_list)


@pytest.fixture
def scripted_redactor(
    deny_list: DenyList,
) -> Callable[[Mapping[str, str]], Redactor]:
    """Build a redactor whose analyzer finds exactly the given phrases."""

    def build(phrases: Mapping[str, str]) -> Redactor:
        return Redactor(ScriptedAnalyzer(phrases), deny_list)

    return build
