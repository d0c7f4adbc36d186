"""The analyzer seam, and its adapter over a Presidio ``AnalyzerEngine``."""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Protocol

from copilot.errors import RedactionError
from redaction.spans import EntitySpan, SpanSource

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine, RecognizerResult

__all__ = ["EntityAnalyzer", "PresidioAnalyzer"]

logger = logging.getLogger(__name__)

_LANGUAGE = "en"
_BATCH_SIZE = 32


class EntityAnalyzer(Protocol):
    """Finds entities in plain text; offsets are code points of that text."""

    def analyze(self, text: str) -> Sequence[EntitySpan]:
        """Entities found in ``text``, possibly overlapping."""
        ...

    def analyze_many(self, texts: Sequence[str]) -> list[Sequence[EntitySpan]]:
        """Entities found in each of ``texts``, in order."""
        ...


def _to_spans(results: Sequence[RecognizerResult]) -> list[EntitySpan]:
    return [
        EntitySpan(
            entity_type=str(result.entity_type),
            start=int(result.start),
            end=int(result.end),
            score=float(result.score),
            source=SpanSource.ANALYZER,
        )
        for result in results
    ]


def _failure(exc: Exception) -> RedactionError:
    # The class name only: Presidio and spaCy messages may quote the text.
    return RedactionError(f"entity analysis failed ({type(exc).__name__})")


class PresidioAnalyzer:
    """An ``EntityAnalyzer`` over a built Presidio engine.

    Any error from Presidio or spaCy is raised as ``RedactionError`` whose
    message carries no text.
    """

    def __init__(
        self,
        engine: AnalyzerEngine,
        entities: Collection[str],
        *,
        model_name: str | None,
    ) -> None:
        try:
            supported = set(engine.get_supported_entities(_LANGUAGE))
        except Exception as exc:
            raise _failure(exc) from exc
        self._engine = engine
        self._entities = sorted(supported.intersection(entities))
        self.model_name = model_name
        """The spaCy pipeline used for NER, or ``None`` in patterns-only mode."""

    def shares_engine_with(self, other: PresidioAnalyzer) -> bool:
        """Whether both analyzers run on the same built engine."""
        return self._engine is other._engine

    @property
    def entities(self) -> tuple[str, ...]:
        """The entity types this analyzer looks for."""
        return tuple(self._entities)

    def analyze(self, text: str) -> list[EntitySpan]:
        """Entities found in ``text``."""
        if not self._entities:
            # Presidio reads an empty entity list as "every entity".
            return []
        try:
            results = self._engine.analyze(
                text=text, language=_LANGUAGE, entities=self._entities
            )
        except Exception as exc:
            raise _failure(exc) from exc
        return _to_spans(results)

    def analyze_many(self, texts: Sequence[str]) -> list[Sequence[EntitySpan]]:
        """Entities found in each text; the NLP pipeline runs once, batched."""
        if not self._entities:
            return [[] for _ in texts]
        try:
            batches = self._engine.nlp_engine.process_batch(
                list(texts), language=_LANGUAGE, batch_size=_BATCH_SIZE
            )
            found: list[Sequence[EntitySpan]] = []
            # Offsets must refer to the caller's text, so it is the one analysed.
            for text, (_, artifacts) in zip(texts, batches, strict=True):
                results = self._engine.analyze(
                    text=text,
                    language=_LANGUAGE,
                    entities=self._entities,
                    nlp_artifacts=artifacts,
                )
                found.append(_to_spans(results))
        except Exception as exc:
            raise _failure(exc) from exc
        return found
