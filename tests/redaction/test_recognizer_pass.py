"""The product's recognizer pass finds exactly what Presidio's engine finds."""

from __future__ import annotations

import pytest
from presidio_analyzer.nlp_engine import SpacyNlpEngine

from redaction import PresidioAnalyzer
from redaction.recognizer_pass import DocArtifacts, RecognizerPass

# Every name and number below is invented.


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Dear Ilse, call +32 470 12 34 56 today.", id="name-phone"),
        pytest.param("SSN 078-05-1120 on file for Bram Claeys.", id="context-words"),
        pytest.param("Refund to BE71 0961 2345 6769, card 4111111111111111.", id="ids"),
        pytest.param("No entities here at all.", id="nothing"),
    ],
)
def test_pass_matches_the_engine(ner_analyzer: PresidioAnalyzer, text: str) -> None:
    """Same types, offsets and scores as ``AnalyzerEngine.analyze``."""
    engine = ner_analyzer._engine
    nlp_engine = engine.nlp_engine
    assert isinstance(nlp_engine, SpacyNlpEngine)
    assert nlp_engine.nlp is not None
    entities = list(ner_analyzer.entities)
    artifacts = nlp_engine.process_text(text, "en")
    artifacts.lemmas = [token.lower_ for token in artifacts.tokens]
    artifacts.keywords = artifacts.set_keywords(nlp_engine, artifacts.lemmas, "en")
    expected = engine.analyze(
        text=text, language="en", entities=entities, nlp_artifacts=artifacts
    )
    doc = nlp_engine.nlp["en"](text)
    found = RecognizerPass(engine, entities).run(text, DocArtifacts(doc, nlp_engine))
    assert sorted((r.entity_type, r.start, r.end, r.score) for r in found) == sorted(
        (r.entity_type, r.start, r.end, r.score) for r in expected
    )
