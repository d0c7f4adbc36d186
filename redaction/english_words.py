"""The English dictionary the spaCy pipeline carries: its lemmatizer's words.

WordNet's nouns, verbs, adjectives and adverbs (the lemmatizer's index)
and their irregular forms ("grew", "began"). The lemmatizer itself does not
run (the analyzer keeps only NER); its tables are read once per process.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["english_words", "english_words_of"]


def english_words(nlp_engine: object) -> frozenset[str]:
    """The dictionary of a Presidio NLP engine's pipelines, or none."""
    return _words(id(nlp_engine), nlp_engine)


def english_words_of(nlp_artifacts: NlpArtifacts | None) -> frozenset[str]:
    """The dictionary of the engine that made ``nlp_artifacts``, or none."""
    engine = getattr(nlp_artifacts, "nlp_engine", None)
    return frozenset() if engine is None else english_words(engine)


@cache
def _words(engine_id: int, nlp_engine: object) -> frozenset[str]:
    words: set[str] = set()
    pipelines = getattr(nlp_engine, "nlp", None) or {}
    for nlp in pipelines.values():
        if "lemmatizer" not in nlp.component_names:
            continue
        lookups = nlp.get_pipe("lemmatizer").lookups
        if lookups is None or not lookups.has_table("lemma_index"):
            continue
        for part in lookups.get_table("lemma_index").values():
            words.update(str(word) for word in part if "_" not in str(word))
        if lookups.has_table("lemma_exc"):
            # Irregular forms are the keys of the exception tables.
            for part in lookups.get_table("lemma_exc").values():
                words.update(str(word) for word in part if "_" not in str(word))
    return frozenset(words)
