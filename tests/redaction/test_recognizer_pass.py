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
    """A spaCy doc that counts reads of its token columns and token passes."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self.ents = doc.ents
        self.vocab = doc.vocab
        self.reads = 0
        self.passes = 0

    def to_array(self, attributes: list[int]) -> object:
        self.reads += 1
        return self._doc.to_array(attributes)

    def __iter__(self) -> Iterator[Token]:
        self.passes += 1
        return iter(self._doc)

    def __len__(self) -> int:
        return len(self._doc)


def test_artifacts_read_the_token_columns_once(ner_analyzer: PresidioAnalyzer) -> None:
    """Offsets, words and keywords come from one read, with no token objects."""
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
    assert (counted.reads, counted.passes) == (1, 0)


def _token_by_token(doc: Doc) -> tuple[list[int], list[int], list[str], list[str]]:
    """The table as read from spaCy's token objects, one by one."""
    keywords = [
        part
        for token in doc
        if not (token.is_stop or token.is_punct) and token.lower_ not in {"be"}
        for part in token.lower_.split(":")
    ]
    return (
        [token.idx for token in doc],
        [token.idx + len(token) for token in doc],
        [token.lower_ for token in doc],
        keywords,
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("Call Bram Claeys: SSN 078-05-1120, be quick.", id="plain"),
        pytest.param("Søren Ødegård 👋🏽 wrote:\n\n  THE Invoice", id="non-ascii"),
        pytest.param("mailto:ilse@brightlane.example IS BE", id="colons"),
        pytest.param("\u200bKowal\u00adczyk , , ...", id="invisible"),
    ],
)
def test_token_table_equals_a_token_by_token_read(
    ner_analyzer: PresidioAnalyzer, text: str
) -> None:
    """Offsets, words, stop-word and punctuation flags as each token has them."""
    nlp_engine = ner_analyzer._engine.nlp_engine
    assert isinstance(nlp_engine, SpacyNlpEngine)
    assert nlp_engine.nlp is not None
    doc = nlp_engine.nlp["en"](text)
    artifacts = DocArtifacts(doc, nlp_engine)
    found = (
        artifacts.tokens_indices,
        artifacts.token_ends,
        artifacts.lemmas,
        artifacts.keywords,
    )
    assert found == _token_by_token(doc)
