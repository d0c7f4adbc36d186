"""Capitalised words inside a sentence that no dictionary knows: names, by default.

The small English model misses names that stand in an unfamiliar frame
("Why is Natasja so impulsive?", "Unlike the Roeterdink novel, ...").
Inside a sentence English capitalises proper nouns only, and the proper
nouns of business text that no dictionary knows are mostly people,
places and companies. Product and tool names ("Postgres", "Kubernetes")
are the exception: the policy's allowed terms are excluded, and so are acronyms
("SEPA"), words with inner capitals ("GitHub") or digits, and everything
the census or the dictionary knows, which the other recognizers judge.

Census names that no dictionary has join an unfamiliar word beside them
("Rościsław Dudek"); alone they are left to the census recognizers. A
sentence's first word is capitalised anyway; it counts only when a name
word follows it ("Rościsław Dudek of ..."). The score is
low: a finding of the model or of another recognizer on the same words
gives the type, and the name typer retypes a PERSON whose neighbours
make it a place or a company (``name_context``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presidio_analyzer import RecognizerResult

from redaction.common_words import is_distinctive
from redaction.english_words import english_words_of
from redaction.folding import fold_key
from redaction.name_gazetteer import NameGazetteer, census_gazetteer
from redaction.policy import default_allowed_terms
from redaction.recognizers.context import result
from redaction.recognizers.rule_based import RuleRecognizer
from redaction.word_forms import DERIVED, word_forms

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["UnfamiliarWordRecognizer"]

_NAME = "UnfamiliarWordRecognizer"
_SCORE = 0.4
# A capitalised word of letters (with inner apostrophes or hyphens), not
# part of an e-mail address, a path, a URL or an identifier.
_WORD = re.compile(
    r"(?<![\w@./\\#&=_-])[A-ZÀ-ÖØ-ÞĀ-ɏ][^\W\d_]+(?:['\u2019-][^\W\d_]+)*(?![\w@/\\_-])"
)
_POSSESSIVE = re.compile("['\u2019]s$")
_CONTRACTION = re.compile("['\u2019](?:re|ll|ve|d|t|m)$", re.IGNORECASE)
_SENTENCE_END = frozenset(".!?:;\n\r\t•*>|")
_OPENERS = "\"'\u201c\u2018([- "
_MIN_LENGTH = 3
_UNFAMILIAR = "unfamiliar"
_NAME_ONLY = "census name"


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only quotes, brackets or dashes follow a sentence's end."""
    before = text[:start].rstrip(_OPENERS)
    return not before or before[-1] in _SENTENCE_END


class UnfamiliarWordRecognizer(RuleRecognizer):
    """Capitalised words no dictionary, census or product list knows.

    ``dictionary`` replaces the spaCy pipeline's word list (for tests);
    without either, nothing is found.
    """

    def __init__(
        self,
        gazetteer: NameGazetteer | None = None,
        dictionary: frozenset[str] | None = None,
    ) -> None:
        self._names = gazetteer or census_gazetteer()
        self._dictionary = dictionary
        self._products = frozenset(fold_key(t) for t in default_allowed_terms())
        super().__init__("PERSON", _NAME)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """One result per stretch of name words holding an unfamiliar one."""
        english = (
            english_words_of(nlp_artifacts)
            if self._dictionary is None
            else self._dictionary
        )
        if not english:
            return []
        tokens = list(_WORD.finditer(text))
        kinds = [self._kind(token.group(0), english) for token in tokens]
        found: list[RecognizerResult] = []
        index = 0
        while index < len(tokens):
            if kinds[index] is None:
                index += 1
                continue
            last = index
            while (
                last + 1 < len(tokens)
                and kinds[last + 1] is not None
                and text[tokens[last].end() : tokens[last + 1].start()] == " "
            ):
                last += 1
            start = tokens[index].start()
            has_unfamiliar = _UNFAMILIAR in kinds[index : last + 1]
            if has_unfamiliar and (last > index or not _opens_sentence(text, start)):
                end = tokens[last].start() + len(
                    _POSSESSIVE.sub("", tokens[last].group(0))
                )
                found.append(result("PERSON", start, end, _SCORE, _NAME, "unfamiliar"))
            index = last + 1
        return found

    def _kind(self, word: str, english: frozenset[str]) -> str | None:
        """``_UNFAMILIAR``, ``_NAME_ONLY`` (a census name, no word) or None."""
        word = _POSSESSIVE.sub("", word)
        if _CONTRACTION.search(word):
            return None
        if len(word) < _MIN_LENGTH or not all(
            part[1:].islower() for part in word.split("-")
        ):
            return None
        key = fold_key(word)
        if key in self._products or not is_distinctive((key,)):
            return None
        lowered = word.lower()
        if any(
            form in english
            for candidate in {key, lowered}
            for part in candidate.split("-")
            for form in word_forms(part, DERIVED)
        ):
            return None
        if key in self._names.first_names or self._names.is_surname(key):
            return _NAME_ONLY
        return _UNFAMILIAR
