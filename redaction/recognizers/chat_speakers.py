"""The people of a chat log pasted into a ticket, in any case.

A chat log is three or more lines opening with a speaker: a name of one
or two words, maybe a time stamp before or after it, then ":" or ">"
("[13:05] anna-karin: ...", "thijs > ask thijs", "thảo (16:45): ...",
"10:02 <kasimir> ping"),
or a handle of name words joined by dots or underscores ("renata_dasilva:").
Chat is often typed in lower case, so the speaker's case says nothing; a
speaker is a person when one of its words is no dictionary word, no two
run together, no function word ("Ship to:"), no allowed term and no
field label ("otieno wekesa", "Lakshmi"), or when it is a census first
name and another speaker of the log is a person ("hope >", "bill:").
Bots, visitors, "you" and teams stay readable. A census first name that
is a word too is masked where it speaks; every other name word of a
person wherever it stands in the log ("thx thijs!!", "ping yetunde").
Outside a log, a single line counts when it answers in lower case and
its speaker is one capitalised word only a name could be ("Rahul: on
it") or a census first name ("ji-hoon: ok"), no mail header's label
("Betreff: neue rechnung"), or two name words in any case ("arash
sadeghi: will do").

Needs the pipeline's dictionary: without NER nothing is found.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from redaction.folding import fold_key, folded_words
from redaction.foreign_words import english_function_words
from redaction.name_gazetteer import census_gazetteer
from redaction.name_words import is_word_or_compound
from redaction.policy import folded_allowed_terms
from redaction.recognizers.context import result
from redaction.recognizers.pattern_data import DATA
from redaction.recognizers.rule_based import DictionaryRecognizer

__all__ = ["ChatSpeakerRecognizer"]

_NAME = "ChatSpeakerRecognizer"
_NAME_WORD = r"[^\W\d_][^\W\d_'\u2019\-]*(?:['\u2019\-][^\W\d_]+)*"
# A chat handle joins name words with dots or underscores ("renata_dasilva").
_HANDLE = rf"{_NAME_WORD}(?:[._]{_NAME_WORD})+"
_LINE = re.compile(
    r"(?m)^[ \t>*-]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?<?"
    rf"(?P<name>{_HANDLE}|{_NAME_WORD}(?:[ ]{_NAME_WORD})?)"
    r"(?:[ ]\(\d{1,2}:\d{2}\)|[ ]\#\d{1,6})?[ ]?(?::|>)[ ]+\S"
)
_NAME_WORD_ONLY = re.compile(_NAME_WORD)
_PART = re.compile(r"['\u2019\-._]")
_SPLIT = re.compile(r"[ ._]")
_TEXT_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_POSSESSIVE = re.compile("['\u2019]s$")
_MIN_LINES = 3
_MIN_WORD = 2
# Jargon run together has longer halves ("teamchat") than names that
# happen to split into two short words ("roi" + "sin").
_MIN_COMPOUND_PART = 4
_SCORE = 0.6
_GIVEN_NAMES = frozenset({"per", "bo", "al", "ed", "jo", "ben", "dan"})
"""Short given names that English function-word lists may hold."""
_NOT_PEOPLE = frozenset({"you", "u", "me", "bot", "visitor", "operator", "system"})


class ChatSpeakerRecognizer(DictionaryRecognizer):
    """Speakers of a chat log, and their names elsewhere in it."""

    def __init__(self) -> None:
        self._labels = folded_words(DATA, "label_words") | folded_words(
            DATA, "person_field_labels"
        )
        self._header_labels = folded_words(DATA, "mail_header_labels")
        self._allowed = folded_allowed_terms()
        self._census = census_gazetteer()
        super().__init__("PERSON", _NAME)

    def find(self, text: str, dictionary: frozenset[str]) -> list[RecognizerResult]:
        """The speakers who are people, and their name words anywhere."""
        lines = list(_LINE.finditer(text))
        if len(lines) < _MIN_LINES:
            return self._lone_speakers(lines, dictionary)
        speakers = {fold_key(line.group("name")): line for line in lines}
        people = {name for name in speakers if self._is_person(name, dictionary)}
        if not people:
            return []
        speaking = people | {
            name
            for name in speakers
            if name in self._census.first_names and not self._is_label(name)
        }
        found = [
            line.span("name")
            for line in lines
            if fold_key(line.group("name")) in speaking
        ]
        name_words = {
            word
            for name in people
            for word in _SPLIT.split(speakers[name].group("name"))
            if len(word) >= _MIN_WORD
            and fold_key(word) not in _NOT_PEOPLE
            and not self._is_function_word(fold_key(word))
            and not is_word_or_compound(fold_key(word), dictionary)
        }
        found.extend(_mentions(text, name_words))
        return [
            result("PERSON", start, end, _SCORE, _NAME, "chat speaker")
            for start, end in sorted(set(found))
        ]

    def _lone_speakers(
        self, lines: list[re.Match[str]], dictionary: frozenset[str]
    ) -> list[RecognizerResult]:
        """Outside a chat log, a line answering in lower case whose speaker
        only a name could be: one capitalised word ("Rahul: on it"), a census
        first name ("ji-hoon: ok") or two name words ("arash sadeghi:")."""
        found: list[RecognizerResult] = []
        for line in lines:
            name = line.group("name")
            words = name.split(" ")
            is_one_word = _NAME_WORD_ONLY.fullmatch(name) is not None and (
                name[0].isupper() or self._census.is_first_name(name)
            )
            is_full_name = len(words) == 2 and all(
                self._census.is_listed(word)
                or not is_word_or_compound(fold_key(word), dictionary)
                for word in words
            )
            if (
                (is_one_word or is_full_name)
                and line.group(0)[-1].islower()
                and fold_key(name) not in self._header_labels
                and self._is_person(fold_key(name), dictionary)
            ):
                start, end = line.span("name")
                found.append(result("PERSON", start, end, _SCORE, _NAME, "speaker"))
        return found

    def _is_function_word(self, word: str) -> bool:
        """An English function word ("to" in "Ship to:"), not a short given
        name ("Per", "Bo", "ed")."""
        return word in english_function_words() and word not in _GIVEN_NAMES

    def _is_label(self, name: str) -> bool:
        return name in self._labels or name in self._allowed

    def _is_person(self, name: str, dictionary: frozenset[str]) -> bool:
        """Some word of the speaker only a name could be."""
        if self._is_label(name):
            return False
        name_words = _SPLIT.split(name)
        if any(word in _NOT_PEOPLE or word.endswith("bot") for word in name_words):
            return False
        return any(
            word not in self._allowed
            and not self._is_function_word(word)
            and not all(
                is_word_or_compound(part, dictionary, _MIN_COMPOUND_PART)
                for part in _PART.split(word)
                if part
            )
            for word in name_words
        )


def _mentions(text: str, name_words: set[str]) -> list[tuple[int, int]]:
    """Every whole-word mention of the name words, in any case: one pass over
    the text's words and a set lookup, linear however many speakers."""
    wanted = {word.casefold() for word in name_words}
    found: list[tuple[int, int]] = []
    for match in _TEXT_WORD.finditer(text):
        word = match.group(0).casefold()
        if word in wanted:
            found.append(match.span())
        elif _POSSESSIVE.search(word) and word[:-2] in wanted:
            found.append((match.start(), match.end() - 2))  # "thijs's team"
    return found
