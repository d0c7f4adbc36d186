"""The analyzer seam, and its adapter over a Presidio ``AnalyzerEngine``."""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from contextlib import closing
from typing import TYPE_CHECKING, Protocol

from copilot.errors import RedactionError
from redaction.chunking import Chunk, join_chunk_spans, split_text
from redaction.composition import ComposedText, compose
from redaction.list_numbers import spaced_list_numbers
from redaction.model_pipeline import docs_ahead
from redaction.name_typing import NameTyper
from redaction.recasing import Recaser
from redaction.recognizers.word_names import word_name_frames
from redaction.spans import EntitySpan, SpanSource
from redaction.symbol_runs import broken_symbol_runs

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine, RecognizerResult

    from redaction.recognizer_pass import RecognizerPass

__all__ = ["EntityAnalyzer", "PresidioAnalyzer"]

logger = logging.getLogger(__name__)

_LANGUAGE = "en"
_BATCH_SIZE = 32
_NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
# The model calls some unfamiliar names a nationality or group ("Hamza
# Darwish" as NORP): with people wanted, the name typer sees those spans too.
_GROUPS = "NRP"


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
        name_typer: NameTyper | None = None,
        recaser: Recaser | None = None,
    ) -> None:
        try:
            supported = set(engine.get_supported_entities(_LANGUAGE))
        except Exception as exc:
            raise _failure(exc) from exc
        self._engine = engine
        self._name_typer = name_typer
        self._recaser = recaser
        self._entities = sorted(supported.intersection(entities))
        searched = self._entities
        if name_typer is not None and "PERSON" in searched and _GROUPS in supported:
            searched = sorted({*searched, _GROUPS})
        self._pass = None if model_name is None else _recognizer_pass(engine, searched)
        # A recased copy is read for names only (see ``recasing``).
        names = sorted(_NAME_TYPES.intersection(self._entities))
        self._names_pass = (
            None
            if model_name is None or recaser is None or not names
            else _recognizer_pass(engine, names)
        )
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

        Each text is analysed in Unicode NFC (decomposed accents composed),
        and texts longer than spaCy accepts are cut into overlapping pieces
        whose findings are joined; offsets always index the caller's text.
        """
        if not self._entities:
            # Presidio reads an empty entity list as "every entity".
            return [[] for _ in texts]
        composed = [compose(text) for text in texts]
        pieces = [split_text(item.text) for item in composed]
        flat = [chunk.text for chunks in pieces for chunk in chunks]
        try:
            found = self._analyze_pieces(flat)
        except Exception as exc:
            raise _failure(exc) from exc
        joined: list[Sequence[EntitySpan]] = []
        position = 0
        for item, chunks in zip(composed, pieces, strict=True):
            spans = _joined(chunks, found[position : position + len(chunks)])
            joined.append(_in_original(item, spans))
            position += len(chunks)
        return joined

    def _analyze_pieces(self, texts: list[str]) -> list[list[EntitySpan]]:
        if self._pass is None:
            return self._settled(texts, self._analyze_without_model(texts))
        try:
            return self._settled(texts, self._analyze_with_model(texts, self._pass))
        finally:
            # The name frames the recognizers found were kept for the name
            # typer; client text is not kept past its batch.
            word_name_frames().forget()

    def _settled(
        self, texts: list[str], found: list[list[EntitySpan]]
    ) -> list[list[EntitySpan]]:
        if self._name_typer is not None:
            typer = self._name_typer
            wanted = frozenset(self._entities)
            found = [
                [
                    span
                    for span in typer.settle(text, spans)
                    if span.entity_type in wanted
                ]
                for text, spans in zip(texts, found, strict=True)
            ]
        return found

    def _analyze_with_model(
        self, texts: list[str], recognizers: RecognizerPass
    ) -> list[list[EntitySpan]]:
        # Presidio is imported here, not at import time (see engine).
        from presidio_analyzer.nlp_engine import SpacyNlpEngine

        from redaction.recognizer_pass import DocArtifacts

        nlp_engine = self._engine.nlp_engine
        if not isinstance(nlp_engine, SpacyNlpEngine) or not nlp_engine.nlp:
            raise RedactionError("the entity analyzer has no spaCy pipeline")
        nlp = nlp_engine.nlp[_LANGUAGE]

        def analysed(
            batch: list[str], recognizers: RecognizerPass
        ) -> list[list[EntitySpan]]:
            # Closed on the way out, so a rule's error stops the model's worker
            # at once rather than when the error is let go.
            with closing(
                docs_ahead(nlp, [_model_text(text) for text in batch], _BATCH_SIZE)
            ) as docs:
                return [
                    _to_spans(recognizers.run(text, DocArtifacts(doc, nlp_engine)))
                    for text, doc in zip(batch, docs, strict=True)
                ]

        # Offsets must refer to the caller's text, so it is the one analysed;
        # a recased copy has the same length, so its offsets do too.
        found = analysed(texts, recognizers)
        if self._recaser is None or self._names_pass is None:
            return found
        # A word the model already took into a person needs no second look.
        recased = [
            (i, left)
            for i, t in enumerate(texts)
            if (r := self._recaser.recase(t))
            and (left := r.without_named_words(found[i]))
        ]
        windows = [(i, r, w) for i, r in recased for w in r.windows]
        again = analysed([r.text[s:e] for _, r, (s, e) in windows], self._names_pass)
        seen = [{_where(span) for span in spans} for spans in found]
        for (i, r, (offset, _)), spans in zip(windows, again, strict=True):
            for name in r.names([span.shifted(offset) for span in spans]):
                if _where(name) not in seen[i]:  # one finding per value and type
                    seen[i].add(_where(name))
                    found[i].append(name)
        return found

    def _analyze_without_model(self, texts: list[str]) -> list[list[EntitySpan]]:
        nlp_engine = self._engine.nlp_engine
        batches = nlp_engine.process_batch(
            [_model_text(text) for text in texts],
            language=_LANGUAGE,
            batch_size=_BATCH_SIZE,
        )
        found: list[list[EntitySpan]] = []
        # Offsets must refer to the caller's text, so it is the one analysed.
        for text, (_, artifacts) in zip(texts, batches, strict=True):
            results = self._engine.analyze(
                text=text,
                language=_LANGUAGE,
                entities=self._entities,
                nlp_artifacts=artifacts,
            )
            found.append(_to_spans(results))
        return found


def _recognizer_pass(engine: AnalyzerEngine, entities: list[str]) -> RecognizerPass:
    from redaction.recognizer_pass import RecognizerPass

    try:
        return RecognizerPass(engine, entities)
    except Exception as exc:
        raise _failure(exc) from exc


def _where(span: EntitySpan) -> tuple[str, int, int]:
    return span.entity_type, span.start, span.end


def _joined(chunks: list[Chunk], found: list[list[EntitySpan]]) -> list[EntitySpan]:
    if len(chunks) == 1:
        return found[0]
    return join_chunk_spans(chunks, found)


def _in_original(item: ComposedText, spans: list[EntitySpan]) -> list[EntitySpan]:
    if item.bounds is None:
        return spans
    mapped: list[EntitySpan] = []
    for span in spans:
        start, end = item.original_span(span.start, span.end)
        mapped.append(EntitySpan(span.entity_type, start, end, span.score, span.source))
    return mapped


def _model_text(text: str) -> str:
    """What the model reads: ``text`` with symbol runs broken and list numbers
    set apart, at the same length (``symbol_runs``, ``list_numbers``)."""
    return spaced_list_numbers(broken_symbol_runs(text))
