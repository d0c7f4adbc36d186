"""One analysis pass of Presidio's recognizers, without the engine's per-call costs.

``AnalyzerEngine.analyze`` looks the recognizers up again on every call,
pairs every finding with every recognizer before context enhancement, and
builds every context keyword of the text even when no finding has context
words. The pass below runs the same recognizers, the same context enhancer
and the same duplicate removal, over artifacts whose keywords are built
only when the enhancer asks for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from spacy.tokens import Doc, Span, Token

__all__ = ["DocArtifacts", "RecognizerPass"]

_LANGUAGE = "en"
_ID_KEY = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
_NAME_KEY = RecognizerResult.RECOGNIZER_NAME_KEY
# Words Presidio never takes as context keywords.
_NO_KEYWORDS = frozenset({"-PRON-", "be"})


@dataclass(frozen=True)
class _TokenTable:
    """What the context enhancer reads of each token, from one pass over a doc."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    keywords: list[str]


class DocArtifacts(NlpArtifacts):
    """Presidio's artifacts of a spaCy doc; lemmas are lower-cased words.

    The product runs spaCy's NER alone, so there are no lemmas: context
    words are matched against lower-cased words instead. Token offsets,
    words and keywords are computed on first use, all in one pass over the
    tokens: most texts have no finding with context words, and then none
    of them is read.
    """

    def __init__(self, doc: Doc, nlp_engine: SpacyNlpEngine) -> None:
        # Presidio's constructor builds every keyword up front; not called.
        entities, scores = _model_entities(doc, nlp_engine)
        self.entities = entities
        self.scores = scores
        self.tokens = doc
        self.nlp_engine = nlp_engine
        self._table: _TokenTable | None = None
        self._indices: list[int] | None = None
        self._lemmas: list[str] | None = None
        self._keywords: list[str] | None = None

    def _token_table(self) -> _TokenTable:
        if self._table is None:
            self._table = _read_tokens(self.tokens)
        return self._table

    @property
    def tokens_indices(self) -> list[int]:
        """Where each token starts."""
        if self._indices is None:
            self._indices = self._token_table().starts
        return self._indices

    @tokens_indices.setter
    def tokens_indices(self, value: list[int]) -> None:
        self._indices = value

    @property
    def token_ends(self) -> list[int]:
        """Where each token ends."""
        return self._token_table().ends

    @property
    def lemmas(self) -> list[str]:
        """Each token lower-cased."""
        if self._lemmas is None:
            self._lemmas = self._token_table().words
        return self._lemmas

    @lemmas.setter
    def lemmas(self, value: list[str]) -> None:
        self._lemmas = value

    @property
    def keywords(self) -> list[str]:
        """Lower-cased words that are neither stop words nor punctuation."""
        if self._keywords is None:
            self._keywords = (
                self._token_table().keywords
                if self._lemmas is None
                else self.set_keywords(self.nlp_engine, self._lemmas, _LANGUAGE)
            )
        return self._keywords

    @keywords.setter
    def keywords(self, value: list[str]) -> None:
        self._keywords = value


def _read_tokens(doc: Doc) -> _TokenTable:
    """Each token's offsets and lower-cased word, and Presidio's keywords.

    Presidio looks each lower-cased word up in the vocabulary for its stop
    word and punctuation flags; a token carries the same flags (spaCy tests
    a stop word in lower case, and lower-casing changes no punctuation), so
    no lookup is needed. Like Presidio, "be" is dropped and words are split
    at colons. The columns come from one ``Doc.to_array`` call: a spaCy
    ``Token`` object per token cost more than the rest of this table.
    """
    from spacy.attrs import IDX, IS_PUNCT, IS_STOP, LENGTH, LOWER

    strings = doc.vocab.strings
    table = _TokenTable(starts=[], ends=[], words=[], keywords=[])
    columns = doc.to_array([IDX, LENGTH, LOWER, IS_STOP, IS_PUNCT]).tolist()
    for start, length, lower, is_stop, is_punct in columns:
        word = strings[lower]
        table.starts.append(start)
        table.ends.append(start + length)
        table.words.append(word)
        if is_stop or is_punct:
            continue
        if word not in _NO_KEYWORDS:
            table.keywords.extend(word.lower().split(":"))
    return table


def _model_entities(
    doc: Doc, nlp_engine: SpacyNlpEngine
) -> tuple[list[Span], list[float]]:
    """The model's entities as Presidio maps and filters them, cut at line
    breaks.

    The model runs a name on into the next line ("forwarded to Frank" then
    "Frank: thx"); such a span would swallow the chat speaker a recognizer
    found on the second line, and Presidio keeps only the larger of two.
    """
    entities = [piece for entity in doc.ents for piece in _lines_of(entity)]
    # Presidio gives every entity of a spaCy model the configured score.
    score = nlp_engine.ner_model_configuration.default_score
    scores = [0.0 if score is None else score] * len(entities)
    return nlp_engine._get_updated_entities(entities, scores)


def _lines_of(entity: Span) -> list[Span]:
    """``entity``, or its pieces between the line-break tokens inside it."""
    breaks = [token.i for token in entity if token.is_space and "\n" in token.text]
    if not breaks:
        return [entity]
    from spacy.tokens import Span

    doc = entity.doc
    pieces: list[Span] = []
    start = entity.start
    for index in [*breaks, entity.end]:
        first, end = start, index
        while first < end and _is_edge(doc[first]):
            first += 1
        while end > first and _is_edge(doc[end - 1]):
            end -= 1
        if first < end:
            pieces.append(Span(doc, first, end, label=entity.label))
        start = index + 1
    return pieces


def _is_edge(token: Token) -> bool:
    """A token a piece of a name neither starts nor ends with ("-", " ")."""
    return token.is_space or (token.is_punct and token.text not in ".'")


class RecognizerPass:
    """The engine's recognizers for ``entities``, run as ``analyze`` runs them."""

    def __init__(self, engine: AnalyzerEngine, entities: list[str]) -> None:
        self._engine = engine
        self._entities = entities
        self._recognizers: list[EntityRecognizer] = engine.registry.get_recognizers(
            language=_LANGUAGE, entities=entities
        )
        for recognizer in self._recognizers:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
        base = EntityRecognizer.enhance_using_context
        self._self_enhancing = [
            recognizer
            for recognizer in self._recognizers
            if type(recognizer).enhance_using_context is not base
        ]

    def run(self, text: str, artifacts: NlpArtifacts) -> list[RecognizerResult]:
        """Findings after context enhancement and duplicate removal."""
        results: list[RecognizerResult] = []
        for recognizer in self._recognizers:
            found = recognizer.analyze(
                text=text, entities=self._entities, nlp_artifacts=artifacts
            )
            for result in found or ():
                metadata = result.recognition_metadata or {}
                metadata.setdefault(_ID_KEY, recognizer.id)
                metadata.setdefault(_NAME_KEY, str(getattr(recognizer, "name", "")))
                result.recognition_metadata = metadata
                results.append(result)
        for recognizer in self._self_enhancing:
            results = _enhanced_by(recognizer, text, results, artifacts)
        enhanced = self._engine.context_aware_enhancer.enhance_using_context(
            text=text,
            raw_results=results,
            nlp_artifacts=artifacts,
            recognizers=self._recognizers,
        )
        threshold = self._engine.default_score_threshold
        kept = [result for result in enhanced if result.score >= threshold]
        unique: list[RecognizerResult] = EntityRecognizer.remove_duplicates(kept)
        for result in unique:
            # As the engine does unless asked for its decision process.
            result.analysis_explanation = None  # type: ignore[assignment]
        return unique


def _enhanced_by(
    recognizer: EntityRecognizer,
    text: str,
    results: list[RecognizerResult],
    artifacts: NlpArtifacts,
) -> list[RecognizerResult]:
    """A recognizer's own context step over its findings, as the engine runs it."""
    own = [r for r in results if r.recognition_metadata[_ID_KEY] == recognizer.id]
    others = [r for r in results if r.recognition_metadata[_ID_KEY] != recognizer.id]
    changed: list[RecognizerResult] = recognizer.enhance_using_context(
        text=text,
        raw_recognizer_results=own,
        other_raw_recognizer_results=others,
        nlp_artifacts=artifacts,
        context=None,
    )
    return others + changed
