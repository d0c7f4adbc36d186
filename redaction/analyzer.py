"""The analyzer seam, and its adapter over a Presidio ``AnalyzerEngine``."""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Protocol

from copilot.errors import RedactionError
from redaction.chunking import Chunk, join_chunk_spans, split_text
from redaction.spans import EntitySpan, SpanSource

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine, RecognizerResult
    from presidio_analyzer.nlp_engine import NlpArtifacts

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
        return list(self.analyze_many([text])[0])

    def analyze_many(self, texts: Sequence[str]) -> list[Sequence[EntitySpan]]:
        """Entities found in each text; the NLP pipeline runs once, batched.

        Texts longer than spaCy accepts are cut into overlapping pieces and
        their findings joined, so offsets always index the caller's text.
        """
        if not self._entities:
            # Presidio reads an empty entity list as "every entity".
            return [[] for _ in texts]
        pieces = [split_text(text) for text in texts]
        flat = [chunk.text for chunks in pieces for chunk in chunks]
        try:
            found = self._analyze_pieces(flat)
        except Exception as exc:
            raise _failure(exc) from exc
        joined: list[Sequence[EntitySpan]] = []
        position = 0
        for chunks in pieces:
            joined.append(_joined(chunks, found[position : position + len(chunks)]))
            position += len(chunks)
        return joined

    def _analyze_pieces(self, texts: list[str]) -> list[list[EntitySpan]]:
        nlp_engine = self._engine.nlp_engine
        batches = nlp_engine.process_batch(
            texts, language=_LANGUAGE, batch_size=_BATCH_SIZE
        )
        found: list[list[EntitySpan]] = []
        # Offsets must refer to the caller's text, so it is the one analysed.
        for text, (_, artifacts) in zip(texts, batches, strict=True):
            _lower_case_lemmas(artifacts, nlp_engine)
            results = self._engine.analyze(
                text=text,
                language=_LANGUAGE,
                entities=self._entities,
                nlp_artifacts=artifacts,
            )
            found.append(_to_spans(results))
        return found


def _joined(chunks: list[Chunk], found: list[list[EntitySpan]]) -> list[EntitySpan]:
    if len(chunks) == 1:
        return found[0]
    return join_chunk_spans(chunks, found)


def _lower_case_lemmas(artifacts: NlpArtifacts, nlp_engine: object) -> None:
    """Give context matching lower-cased words when the pipeline has no lemmatizer.

    The product runs spaCy's NER alone (a third of the full pipeline's time);
    Presidio's context enhancer then reads lower-cased words as lemmas.
    """
    if artifacts.tokens is None or any(artifacts.lemmas):
        return
    artifacts.lemmas = [token.lower_ for token in artifacts.tokens]
    artifacts.keywords = artifacts.set_keywords(nlp_engine, artifacts.lemmas, _LANGUAGE)
