"""The bases of the product's rule recognizers: English, one entity, no model."""

from __future__ import annotations

from typing import TYPE_CHECKING

from presidio_analyzer import LocalRecognizer

from redaction.english_words import english_words_of

if TYPE_CHECKING:
    from presidio_analyzer import RecognizerResult
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["DictionaryRecognizer", "RuleRecognizer"]


class RuleRecognizer(LocalRecognizer):
    """A recognizer of one entity type whose rules are built on construction."""

    def __init__(self, entity_type: str, name: str) -> None:
        super().__init__(
            supported_entities=[entity_type], name=name, supported_language="en"
        )

    def load(self) -> None:
        """Nothing to load: rules are compiled on construction."""


class DictionaryRecognizer(RuleRecognizer):
    """A rule recognizer that tells names from words by the pipeline's
    dictionary: without NER there is no dictionary, and it finds nothing."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """The findings in ``text``, or none without a dictionary."""
        dictionary = english_words_of(nlp_artifacts)
        return self.find(text, dictionary) if dictionary else []

    def find(self, text: str, dictionary: frozenset[str]) -> list[RecognizerResult]:
        """The findings in ``text``, words told from names by ``dictionary``."""
        raise NotImplementedError
