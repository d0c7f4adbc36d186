"""People listed in lower case after a label that only people fill.

Minutes and chat notes typed in lower case list people after a label (a
person field's, ``person_field_labels``, or a role's,
``people_list_labels``): "attendees: fleur van den wijk, miles young, s.
kowalczyk", "apologies: huong", "chair: will cross", "to: hunter
al-hashimi <hunter@...>". The model and the recased reading miss most of
them: the words are lower case, some are English words ("rose", "miles
young"), and a list of several unknown words reads like another
language. Under such a label each item of the list (between commas,
semicolons, "and" or "&", up to a bracket or an address) is a person
when it is one to four lower-case words, none of them a label, an
allowed term, a function word other than a name's particle or a
dictionary word that no census name is, and one of them a census first
name, a word no dictionary has, or an initial before a surname ("s.
kowalczyk"). Teams, departments and things stay readable ("finance
team", "april intake", "grant office"), and beside one, so does a name
that is only dictionary words ("art and marketing").
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from redaction.folding import fold_key
from redaction.name_gazetteer import census_gazetteer
from redaction.name_words import is_lone_name
from redaction.package_data import read_string_list
from redaction.recognizers.context import result
from redaction.recognizers.pattern_data import words
from redaction.recognizers.rule_based import DictionaryRecognizer
from redaction.recognizers.stop_words import no_name_words
from redaction.word_forms import is_dictionary_word

__all__ = ["PeopleListRecognizer"]

_NAME = "PeopleListRecognizer"
_SCORE = 0.5
# An item ends at a bracket or an address too: "will cross (chair)",
# "hunter al-hashimi <hunter@...>".
_ITEM = re.compile(r"[^,;&\n(<]+")
_AND = re.compile(r"[ ]+and[ ]+")
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*\.?")
_INITIAL = re.compile(r"[^\W\d_]\.")
_MAX_WORDS = 4


class PeopleListRecognizer(DictionaryRecognizer):
    """Lower-case people listed after "attendees:", "apologies:", "cc:"."""

    def __init__(self) -> None:
        self._label = _label_pattern()
        self._particles = frozenset(words("name_particles"))
        self._stop_words = no_name_words()
        self._census = census_gazetteer()
        super().__init__("PERSON", _NAME)

    def find(self, text: str, dictionary: frozenset[str]) -> list[RecognizerResult]:
        """One result per listed person."""
        found: list[RecognizerResult] = []
        for label in self._label.finditer(text):
            start, end = label.span("list")
            items = [_Item(text, s, e) for s, e in _items(text, start, end)]
            people = [item for item in items if self._is_person(item, dictionary)]
            # A list that holds a team or a thing ("art and marketing") holds
            # no person whose name is only dictionary words.
            has_things = any(
                self._is_thing(item, dictionary) for item in items if item not in people
            )
            found.extend(
                result("PERSON", item.start, item.end, _SCORE, _NAME, "listed person")
                for item in people
                if not (has_things and _is_words(item.keys, dictionary))
            )
        return found

    def _is_thing(self, item: _Item, dictionary: frozenset[str]) -> bool:
        """Dictionary words, one of them no census name, no function word:
        a team or a thing's name ("marketing", "finance team"), not a
        clause ("residing in auckland")."""
        return (
            _is_words(item.keys, dictionary)
            and any(not self._census.is_listed(key) for key in item.keys)
            and not any(key in STOP_WORDS for key in item.keys)
        )

    def _is_person(self, item: _Item, dictionary: frozenset[str]) -> bool:
        names, keys = item.words, item.keys
        if not names or len(names) > _MAX_WORDS or item.value != item.value.lower():
            return False
        if len("".join(names)) != len(item.value.replace(" ", "")):
            return False  # digits or marks: "so1234", "v2.1"
        if any(key in self._stop_words and key not in self._particles for key in keys):
            return False
        if any(
            is_dictionary_word(key, dictionary) and not self._census.is_listed(key)
            for key in keys
            if key not in self._particles and len(key) > 1
        ):
            return False  # "april intake", "grant office": a word no name has
        if len(names) > 1 and _INITIAL.fullmatch(names[0]):
            return True  # "s. kowalczyk"
        return any(
            is_lone_name(
                key,
                dictionary,
                self._census.first_names,
                stop_words=self._stop_words,
                may_be_word=True,
            )
            for key in keys
            if key not in self._particles
        )


class _Item:
    """One item of a list: where it stands, its words and their folded keys."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.start = start
        self.end = end
        self.value = text[start:end]
        self.words: list[str] = _WORD.findall(self.value)
        self.keys = [fold_key(word.rstrip(".")) for word in self.words]


def _is_words(keys: list[str], dictionary: frozenset[str]) -> bool:
    """Whether every one of ``keys`` is a dictionary word."""
    return bool(keys) and all(is_dictionary_word(key, dictionary) for key in keys)


def _label_pattern() -> re.Pattern[str]:
    """A line opening with a person field's label ("attendees:", "to:",
    "approved by:") or a role's ("chair:", "host:"), then the list."""
    labels = set(read_string_list("patterns.json", "person_field_labels"))
    labels |= set(words("people_list_labels"))
    alternatives = "|".join(
        re.escape(label) for label in sorted(labels, key=len, reverse=True)
    )
    return re.compile(rf"(?im)^[ \t>*-]*(?:{alternatives})[ ]*:[ \t]*(?P<list>[^\n]+)")


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stripped items of the list in ``text[start:end]``; what a bracket
    or an address holds is none ("(forklift operator)", "<ann@...>")."""
    items: list[tuple[int, int]] = []
    for part in _ITEM.finditer(text, start, end):
        if part.start() > start and text[part.start() - 1] in "(<":
            continue
        pieces = _AND.split(part.group(0))
        offset = part.start()
        for piece in pieces:
            at = text.index(piece, offset)
            offset = at + len(piece)
            stripped = piece.strip(" \t.")
            if stripped:
                first = at + piece.index(stripped)
                items.append((first, first + len(stripped)))
    return items
