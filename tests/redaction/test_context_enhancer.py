"""The indexed context enhancer scores as Presidio's, on the findings given."""

from __future__ import annotations

import copy

import pytest
from presidio_analyzer import RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import SpacyNlpEngine

from redaction import PresidioAnalyzer
from redaction.context_enhancer import IndexedContextEnhancer
from redaction.recognizer_pass import DocArtifacts

# Every name and number below is invented.

_ID_KEY = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY


def _raw_findings(
    analyzer: PresidioAnalyzer, text: str, artifacts: DocArtifacts
) -> tuple[list[RecognizerResult], list[object]]:
    """Every recognizer's findings before context, tagged as the engine tags them."""
    engine = analyzer._engine
    recognizers = engine.registry.get_recognizers(language="en", all_fields=True)
    found: list[RecognizerResult] = []
    for recognizer in recognizers:
        for result in recognizer.analyze(text, list(analyzer.entities), artifacts):
            metadata = result.recognition_metadata or {}
            metadata.setdefault(_ID_KEY, recognizer.id)
            result.recognition_metadata = metadata
            found.append(result)
    return found, list(recognizers)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        pytest.param("SSN 536-90-4399 on file for Bram Claeys.", None, id="ssn-cue"),
        pytest.param("Passport A12345678, licence D1234567.", None, id="ids"),
        pytest.param("Reference 078-05-1120 in the ledger.", None, id="no-cue"),
        pytest.param("Number 536-90-4399 here.", ["SSN"], id="given-context"),
    ],
)
def test_scores_as_presidio_on_the_same_objects(
    ner_analyzer: PresidioAnalyzer, text: str, context: list[str] | None
) -> None:
    """Same scores as Presidio's enhancer; the findings given are the ones raised."""
    nlp_engine = ner_analyzer._engine.nlp_engine
    assert isinstance(nlp_engine, SpacyNlpEngine)
    assert nlp_engine.nlp is not None
    artifacts = DocArtifacts(nlp_engine.nlp["en"](text), nlp_engine)
    raw, recognizers = _raw_findings(ner_analyzer, text, artifacts)
    expected = LemmaContextAwareEnhancer().enhance_using_context(
        text,
        copy.deepcopy(raw),
        artifacts,
        recognizers,
        context,  # type: ignore[arg-type]
    )
    found = IndexedContextEnhancer().enhance_using_context(
        text,
        raw,
        artifacts,
        recognizers,
        context,  # type: ignore[arg-type]
    )
    assert sorted((r.entity_type, r.start, r.end, r.score) for r in found) == sorted(
        (r.entity_type, r.start, r.end, r.score) for r in expected
    )
    assert {id(r) for r in found} == {id(r) for r in raw}
