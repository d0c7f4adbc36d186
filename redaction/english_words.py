"""The English dictionary the spaCy pipeline carries: its lemmatizer's words.

WordNet's nouns, verbs, adjectives and adverbs (the lemmatizer's index)
and their irregular forms ("grew", "began"). The lemmatizer itself does not
run (the analyzer keeps only NER); its tables are read once per process.
The dictionary also knows which words more than one part of speech has
("set", "box", "log"): everyday words, unlike one-sense rarities ("uke",
"cad"), a rough measure of frequency where no frequency list ships.
WordNet's proper nouns are not words here: the names it holds in lower
case ("lakshmi", "baraka", "thessaly") that English writes capitalised
(``proper_nouns.json``, written by ``evals.redaction.proper_noun_list``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from redaction.package_data import read_string_list

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["EnglishWords", "english_words", "english_words_of", "everyday_words"]


class EnglishWords(frozenset[str]):
    """Dictionary words, and the ones several parts of speech share."""

    everyday: frozenset[str]

    def __new__(
        cls, words: Iterable[str], everyday: Iterable[str] = ()
    ) -> EnglishWords:
        made = super().__new__(cls, words)
        made.everyday = frozenset(everyday)
        return made


def everyday_words(english: frozenset[str]) -> frozenset[str]:
    """The words several parts of speech share; a plain word set is all
    everyday (the small dictionaries of tests)."""
    return english.everyday if isinstance(english, EnglishWords) else english


def english_words(nlp_engine: object) -> EnglishWords:
    """The dictionary of a Presidio NLP engine's pipelines, or none."""
    return _words(id(nlp_engine), nlp_engine)


def english_words_of(nlp_artifacts: NlpArtifacts | None) -> EnglishWords:
    """The dictionary of the engine that made ``nlp_artifacts``, or none."""
    engine = getattr(nlp_artifacts, "nlp_engine", None)
    return EnglishWords(()) if engine is None else english_words(engine)


@cache
def _words(engine_id: int, nlp_engine: object) -> EnglishWords:
    words: set[str] = set()
    everyday: set[str] = set()
    pipelines = getattr(nlp_engine, "nlp", None) or {}
    for nlp in pipelines.values():
        if "lemmatizer" not in nlp.component_names:
            continue
        lookups = nlp.get_pipe("lemmatizer").lookups
        if lookups is None or not lookups.has_table("lemma_index"):
            continue
        senses: Counter[str] = Counter()
        for part in lookups.get_table("lemma_index").values():
            found = {str(word) for word in part if "_" not in str(word)}
            words.update(found)
            senses.update(found)
        if lookups.has_table("lemma_exc"):
            # Irregular forms are the keys of the exception tables.
            for part in lookups.get_table("lemma_exc").values():
                words.update(str(word) for word in part if "_" not in str(word))
        everyday.update(word for word, count in senses.items() if count > 1)
    names = frozenset(read_string_list("proper_nouns.json", "words"))
    return EnglishWords(words - names, everyday - names)
