"""People's names found through the census gazetteer, not the NER model.

The small English model misses many names in short sentences ("Megan lives
on ...") and nearly all written in lower case. A capitalised census first
name that is not also an everyday word starts a name; the capitalised
words after it join it until a street, place or organisation word, and
a name that an organisation word follows is a firm ("Marisol
Textiles"), not a person. One
that is also a word ("Grant", "Autumn") counts only inside a sentence or
after a field that holds a person ("From: Hope Brown"),
with a census surname after it and no other capitalised word around
("ask Grant Price about it", not "the Summer Sale Event"); a title
("Princess") is no first name here. In
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
from redaction.name_titles import name_titles
from redaction.package_data import read_string_list
from redaction.policy import default_allowed_terms
from redaction.recognizers.context import result
from redaction.recognizers.pattern_data import words
from redaction.recognizers.rule_based import RuleRecognizer

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["CensusNameRecognizer"]

_NAME = "CensusNameRecognizer"
# A word, an initial ("J." or "J") or a particle, not inside an address,
# a URL, an e-mail address or a dotted name; after a list's number
# ("1.Megan Rivers") a word starts.
_WORD = re.compile(
    r"(?<![\w@/\\-])(?:(?<!\.)|(?<=(?<![\w.])\d\.)|(?<=(?<![\w.])\d\d\.))"
    r"[^\W\d_][\w'\u2019\-]*\.?(?![\w@])"
)
_POSSESSIVE = re.compile("['\u2019]s$")
_MAX_WORDS = 4
_MIN_LOWER_SURNAME = 5
_FIELD = re.compile(r"[ \t>*-]*([^\W\d_][\w -]{0,20}?)[ ]*:[ \t]*\Z")


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
        self._organisations = frozenset(
            read_string_list("names.json", "organisation_words")
        )
        self._stops = frozenset(words("place_words")) | self._organisations
        self._particles = frozenset(words("name_particles"))
        self._allowed = default_allowed_terms()
        self._titles = name_titles()
        self._person_fields = frozenset(words("person_field_labels"))
        self._day_labels = frozenset(read_string_list("ner.json", "labels_of_days"))
        super().__init__("PERSON", _NAME)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """One result per name that opens with a first name."""
        tokens = list(_WORD.finditer(text))
        days = self._model_days(nlp_artifacts)
        found: list[RecognizerResult] = []
        index = 0
        while index < len(tokens):
            span = self._name_at(text, tokens, index, days)
            if span is None:
                index += 1
                continue
            start, end, last, score = span
            found.append(result("PERSON", start, end, score, _NAME, "census name"))
            index = last + 1
        return found

    def _model_days(self, nlp_artifacts: NlpArtifacts | None) -> list[tuple[int, int]]:
        """Where the model read a date, a time or an event ("the May Day")."""
        doc = getattr(nlp_artifacts, "tokens", None)
        return [
            (int(entity.start_char), int(entity.end_char))
            for entity in getattr(doc, "ents", ())
            if entity.label_ in self._day_labels
        ]

    def _name_at(
        self,
        text: str,
        tokens: list[re.Match[str]],
        index: int,
        days: list[tuple[int, int]],
    ) -> tuple[int, int, int, float] | None:
        word = _POSSESSIVE.sub("", tokens[index].group(0).rstrip("."))
        if self._after_stop(tokens, index):
            return None
        if not self._names.is_first_name(word):
            return self._word_name_at(text, tokens, index, days)
        start = tokens[index].start()
        if word[0].isupper():
            last = self._extend(text, tokens, index)
            if self._before_firm_word(text, tokens, last):
                return None  # "Marisol Textiles": a firm
            score = 0.5 if last > index else 0.4
            return start, _word_end(tokens[last]), last, score
        surname = self._lower_surname(text, tokens, index) if word.islower() else None
        if surname is None:
            return None
        return start, tokens[surname].end(), surname, 0.4

    def _word_name_at(
        self,
        text: str,
        tokens: list[re.Match[str]],
        index: int,
        days: list[tuple[int, int]],
    ) -> tuple[int, int, int, float] | None:
        """A first name that is also a word, then a census surname, inside a
        sentence and not in a run of capitalised words ("ask Grant Price"),
        and not both read by the model as a date or an event ("the May Day
        holiday").
        """
        first = tokens[index]
        if first.group(0) in self._allowed or index + 1 >= len(tokens):
            return None
        key = fold_key(first.group(0))
        if key not in self._names.first_names or key in self._titles:
            return None  # "the Princess Royal" is a title.
        if not first.group(0)[0].isupper():
            return None
        second = tokens[index + 1]
        surname = _POSSESSIVE.sub("", second.group(0))
        if (
            not _is_spaced(text, first, second)
            or not surname[:1].isupper()
            or not surname[1:].islower()
            or surname in self._allowed
            or fold_key(surname) in self._stops
            or not self._names.is_surname(fold_key(surname))
            or (
                _opens_sentence(text, first.start())
                and not self._after_person_field(text, first.start())
            )
        ):
            return None
        # Title Case Words are a heading or a product name: a capitalised
        # word after the pair, or before it inside the sentence, says so.
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        is_titled_after = (
            after is not None
            and _is_spaced(text, second, after)
            and after.group(0)[:1].isupper()
        )
        before = tokens[index - 1] if index > 0 else None
        is_titled_before = (
            before is not None
            and _is_spaced(text, before, first)
            and before.group(0)[:1].isupper()
            and not _opens_sentence(text, before.start())
        )
        if is_titled_before or is_titled_after:
            return None
        end = _word_end(second)
        if any(s <= first.start() and end <= e for s, e in days):
            return None
        return first.start(), end, index + 1, 0.4

    def _after_person_field(self, text: str, start: int) -> bool:
        """Whether a field that holds a person opens the line ("From: ")."""
        line_start = text.rfind("\n", 0, start) + 1
        field = _FIELD.match(text, line_start, start)
        return field is not None and fold_key(field.group(1)) in self._person_fields

    def _after_stop(self, tokens: list[re.Match[str]], index: int) -> bool:
        """Whether a place or organisation word comes just before ("Santa Rosa")."""
        if index == 0:
            return False
        before = tokens[index - 1]
        return (
            before.end() + 1 == tokens[index].start()
            and fold_key(before.group(0).rstrip(".")) in self._stops
        )

    def _before_firm_word(
        self, text: str, tokens: list[re.Match[str]], last: int
    ) -> bool:
        """Whether an organisation word follows the name's last word."""
        if last + 1 >= len(tokens) or not _is_spaced(
            text, tokens[last], tokens[last + 1]
        ):
            return False
        following = tokens[last + 1].group(0).rstrip(".")
        key = fold_key(following)
        return (
            following[:1].isupper()
            and key in self._organisations
            and not self._names.is_surname(key)
        )

    def _extend(self, text: str, tokens: list[re.Match[str]], index: int) -> int:
        last = index
        while last + 1 < len(tokens) and last - index < _MAX_WORDS - 1:
            following = tokens[last + 1]
            gap = text[tokens[last].end() : following.start()]
            if gap != " " or not (
                self._is_name_word(following.group(0))
                or self._names.is_korean_surname_after(
                    tokens[last].group(0), following.group(0)
                )
            ):
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


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only spaces, quotes or a reply's ">" marks stand between
    ``start`` and a sentence's end."""
    before = text[max(0, start - 64) : start].rstrip(" \t\"'\u201c(>")
    return not before or before[-1] in ".!?:\n\r*-•"


def _is_spaced(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    return text[first.end() : second.start()] == " "
