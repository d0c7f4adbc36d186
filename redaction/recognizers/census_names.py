"""People's names found through the census gazetteer, not the NER model.

The small English model misses many names in short sentences ("Megan lives
on ...") and nearly all written in lower case. A capitalised census first
name that is not also an everyday word starts a name; the capitalised
words after it join it until a street, place or organisation word. In
lower case a first name counts only when a census surname (or a word with
accents, as many European surnames have) follows it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from presidio_analyzer import RecognizerResult

from redaction.common_words import is_distinctive
from redaction.folding import fold_key
from redaction.name_gazetteer import NameGazetteer, census_gazetteer
from redaction.package_data import read_string_list
from redaction.recognizers.context import result
from redaction.recognizers.pattern_data import words
from redaction.recognizers.rule_based import RuleRecognizer

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["CensusNameRecognizer"]

_NAME = "CensusNameRecognizer"
# A word, an initial ("J." or "J") or a particle, not inside an address,
# a URL or an e-mail address.
_WORD = re.compile(r"(?<![\w@./\\-])[^\W\d_][\w'\u2019\-]*\.?(?![\w@])")
_POSSESSIVE = re.compile("['\u2019]s$")
_MAX_WORDS = 4
_MIN_LOWER_SURNAME = 5


def _word_end(token: re.Match[str]) -> int:
    """Where a name word ends, without a possessive or a sentence's full stop."""
    word = token.group(0)
    possessive = _POSSESSIVE.search(word)
    if possessive is not None:
        return token.start() + possessive.start()
    is_stop = word.endswith(".") and len(word) > 2
    return token.end() - 1 if is_stop else token.end()


class CensusNameRecognizer(RuleRecognizer):
    """Names that start with a census first name."""

    def __init__(self, gazetteer: NameGazetteer | None = None) -> None:
        self._names = gazetteer or census_gazetteer()
        self._stops = frozenset(words("place_words")) | frozenset(
            read_string_list("names.json", "organisation_words")
        )
        self._particles = frozenset(words("name_particles"))
        super().__init__("PERSON", _NAME)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """One result per name that opens with a first name."""
        tokens = list(_WORD.finditer(text))
        found: list[RecognizerResult] = []
        index = 0
        while index < len(tokens):
            span = self._name_at(text, tokens, index)
            if span is None:
                index += 1
                continue
            start, end, last, score = span
            found.append(result("PERSON", start, end, score, _NAME, "census name"))
            index = last + 1
        return found

    def _name_at(
        self, text: str, tokens: list[re.Match[str]], index: int
    ) -> tuple[int, int, int, float] | None:
        word = _POSSESSIVE.sub("", tokens[index].group(0).rstrip("."))
        if not self._names.is_first_name(word) or self._after_stop(tokens, index):
            return None
        start = tokens[index].start()
        if word[0].isupper():
            last = self._extend(text, tokens, index)
            score = 0.5 if last > index else 0.4
            return start, _word_end(tokens[last]), last, score
        surname = self._lower_surname(text, tokens, index) if word.islower() else None
        if surname is None:
            return None
        return start, tokens[surname].end(), surname, 0.4

    def _after_stop(self, tokens: list[re.Match[str]], index: int) -> bool:
        """Whether a place or organisation word comes just before ("Santa Rosa")."""
        if index == 0:
            return False
        before = tokens[index - 1]
        return (
            before.end() + 1 == tokens[index].start()
            and fold_key(before.group(0).rstrip(".")) in self._stops
        )

    def _extend(self, text: str, tokens: list[re.Match[str]], index: int) -> int:
        last = index
        while last + 1 < len(tokens) and last - index < _MAX_WORDS - 1:
            following = tokens[last + 1]
            gap = text[tokens[last].end() : following.start()]
            if gap != " " or not self._is_name_word(following.group(0)):
                break
            last += 1
        # A trailing particle ("de") is no part of the name.
        while last > index and fold_key(tokens[last].group(0)) in self._particles:
            last -= 1
        return last

    def _is_name_word(self, word: str) -> bool:
        bare = word.rstrip(".")
        key = fold_key(bare)
        if key in self._particles:
            return True
        if not bare or not bare[0].isupper() or key in self._stops:
            return False
        return len(bare) == 1 or is_distinctive((key,))

    def _lower_surname(
        self, text: str, tokens: list[re.Match[str]], index: int
    ) -> int | None:
        """The index of a lower-case surname after the first name, if any.

        One initial may stand between them ("benjamin a seiler").
        """
        position = index + 1
        if (
            position + 1 < len(tokens)
            and len(tokens[position].group(0).rstrip(".")) == 1
            and _is_spaced(text, tokens[index], tokens[position])
        ):
            position += 1
        if position >= len(tokens):
            return None
        before, following = tokens[position - 1], tokens[position]
        surname = following.group(0)
        if not _is_spaced(text, before, following) or not surname.islower():
            return None
        if not is_distinctive((fold_key(surname),)):
            return None
        if not surname.isascii():
            return position
        is_known = self._names.is_surname(surname)
        return position if len(surname) >= _MIN_LOWER_SURNAME and is_known else None


def _is_spaced(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    return text[first.end() : second.start()] == " "
