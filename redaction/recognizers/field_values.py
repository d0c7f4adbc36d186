"""The value of a field that holds a person, in any case: "REVIEWER: GRANT BOATENG".

Forms, cards and tickets label a person's field ("Reviewer:", "Holder:",
"Participant:", "Assigned to:") at a line's start or after a ";" or "|"
and write the name after it, often in capitals, where the model and the
census rules see words ("GRANT", "GIFT"). The value, up to a comma, a
dash, a bracket or the line's end, is a person when it is one to four
name-shaped words, none of them a label, a group, an allowed term or chat
shorthand ("Owner: Finance Team", "Reviewer: TBD"), and one of them is a
census name or no dictionary word ("Owner: Project Manager" stays).

Needs the pipeline's dictionary: without NER nothing is found.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from redaction.folding import fold_key
from redaction.name_gazetteer import census_gazetteer
from redaction.name_words import is_word_or_compound
from redaction.recognizers.context import result
from redaction.recognizers.pattern_data import words
from redaction.recognizers.rule_based import DictionaryRecognizer
from redaction.recognizers.stop_words import no_name_words

__all__ = ["PersonFieldRecognizer"]

_NAME = "PersonFieldRecognizer"
_SCORE = 0.6
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'\u2019-]*\.?"
_VALUE_END = r"(?=[ ]*(?:,|;|\(|\||[-\u2013\u2014][ ]|<|$))"
_GROUPS = frozenset({"support", "team", "all", "none", "n/a", "unassigned"})


def _field_pattern(labels: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(
        re.escape(label) for label in sorted(labels, key=len, reverse=True)
    )
    return re.compile(
        rf"(?im:(?:^[ \t>*-]*|(?<=[;|])[ \t]*)(?:{alternatives})[ ]*:[ \t]*)"
        rf"(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,3}}){_VALUE_END}",
        re.MULTILINE,
    )


class PersonFieldRecognizer(DictionaryRecognizer):
    """People written as the value of a person's field."""

    def __init__(self) -> None:
        labels = frozenset(words("person_field_labels"))
        self._field = _field_pattern(labels)
        census = census_gazetteer()
        self._census = census
        self._stop_words = no_name_words() | labels | _GROUPS
        super().__init__("PERSON", _NAME)

    def find(self, text: str, dictionary: frozenset[str]) -> list[RecognizerResult]:
        """One finding per field value that reads as a person."""
        found: list[RecognizerResult] = []
        for match in self._field.finditer(text):
            keys = [fold_key(word.rstrip(".")) for word in match.group("name").split()]
            if self._is_person(keys, dictionary):
                start, end = match.span("name")
                found.append(result("PERSON", start, end, _SCORE, _NAME, "field"))
        return found

    def _is_person(self, keys: list[str], dictionary: frozenset[str]) -> bool:
        if any(key in self._stop_words for key in keys):
            return False
        return any(
            self._census.is_listed(key) or not is_word_or_compound(key, dictionary)
            for key in keys
            if len(key) > 1
        )
