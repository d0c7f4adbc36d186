"""The product's recognizer pass finds exactly what Presidio's engine finds."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from presidio_analyzer.nlp_engine import SpacyNlpEngine
from spacy.tokens import Doc, Token

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


class _CountedDoc:
    """A spaCy doc that counts the passes over its tokens."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self.ents = doc.ents
        self.passes = 0

    def __iter__(self) -> Iterator[Token]:
        self.passes += 1
        return iter(self._doc)

    def __len__(self) -> int:
        return len(self._doc)


def test_artifacts_read_the_tokens_once(ner_analyzer: PresidioAnalyzer) -> None:
    """Offsets, words and keywords come from a single pass over the tokens."""
    nlp_engine = ner_analyzer._engine.nlp_engine
    assert isinstance(nlp_engine, SpacyNlpEngine)
    assert nlp_engine.nlp is not None
    doc = nlp_engine.nlp["en"]("Call Bram Claeys: SSN 078-05-1120, be quick.")
    counted = _CountedDoc(doc)
    artifacts = DocArtifacts(counted, nlp_engine)  # type: ignore[arg-type]
    keywords = artifacts.keywords
    assert artifacts.tokens_indices == [token.idx for token in doc]
    assert artifacts.token_ends == [token.idx + len(token) for token in doc]
    assert artifacts.lemmas == [token.lower_ for token in doc]
    assert keywords == ["bram", "claeys", "ssn", "078", "05", "1120", "quick"]
    assert counted.passes == 1
