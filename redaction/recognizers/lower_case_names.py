"""Names typed in lower case where only a person stands.

Quick notes and messages are often all lower case ("per dawit: go-live
moved", "pls check asap, sanne says ...", "hi amber,"). The recasing step
finds lower-case census names; this rule finds any name in a frame that
only a person fills:

- a greeting line ("hi amber,", "good morning wanjiru,", "hallo edward,");
- after "per", "ask", "ping", "tell", "call", "cc", "thx", "with help
  from", "without", "waiting on", "owner:", "call w/", "succeeding",
  "replaced", "billing contact", "hosted by" ("per dawit:",
  "ask farhana for ...") and after a writer's introduction in any of
  eight languages ("me llamo juma odhiambo", "ich heiße ...") and after
  a title ("mrs hawthorne", "frau zimmerli");
- before a verb said of people or a request ("sanne says", "darya paid",
  "avi pls approve", "mehmet would like", "yonas's team will");
- after the verb opening a question ("is yuting around?", "did jarmila
  approve it");
- after an initial ("m. lewandowski", "l. bint al-farsi", with a given
  name before it: "aleksandar p. jovanović"): a word no
  dictionary has or a census surname that is no word; not in a lettered
  list ("b. review", "a. reset 2fa b. resend invite").

The name is one word, or two when the second is also unknown ("pita
kioa"). A word counts when no dictionary, allowed term or field label has
it; in a greeting or after "per", "ask" and the like a census first name
counts too ("per dawn:", "hi amber,"), and after a title a census
surname ("mr smith"). Needs the pipeline's dictionary.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from redaction.folding import fold_key
from redaction.name_gazetteer import census_gazetteer
from redaction.name_words import is_lone_name
from redaction.recognizers.context import result
from redaction.recognizers.pattern_data import pattern_setting, words
from redaction.recognizers.rule_based import DictionaryRecognizer
from redaction.recognizers.stop_words import no_name_words
from redaction.word_forms import is_dictionary_word

__all__ = ["LowerCaseNameRecognizer"]

_NAME = "LowerCaseNameRecognizer"
_WORD_BEFORE = re.compile(r"(?<![\w.'-])([a-zß-öø-ÿā-ɏ][^\W\d_]+)[ ]\Z")
_SCORE = 0.5
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


class LowerCaseNameRecognizer(DictionaryRecognizer):
    """Lower-case names in a greeting, after a cue or before a person's verb."""

    def __init__(self) -> None:
        self._cued = pattern_setting("lower_name_cue")
        self._subject = pattern_setting("lower_name_subject")
        self._question = pattern_setting("lower_name_question")
        self._initialled = pattern_setting("lower_name_initial")
        self._places = frozenset(words("place_words"))
        self._stop_words = no_name_words()
        self._census = census_gazetteer()
        super().__init__("PERSON", _NAME)

    def find(self, text: str, dictionary: frozenset[str]) -> list[RecognizerResult]:
        """One result per lower-case name in a person's frame."""
        found: list[tuple[int, int]] = []
        for match in self._cued.finditer(text):
            found.extend(self._name(match, dictionary, may_be_word=True))
        for pattern in (self._subject, self._question):
            for match in pattern.finditer(text):
                found.extend(self._name(match, dictionary, may_be_word=False))
        initialled = list(self._initialled.finditer(text))
        letters = {match.group("initial") for match in initialled}
        found.extend(
            (self._given_name_start(text, match, dictionary), match.end("first"))
            for match in initialled
            if not _is_lettered_list(match.group("initial"), letters)
            and self._is_initialled_surname(match.group("first"), dictionary)
        )
        return [
            result("PERSON", start, end, _SCORE, _NAME, "lower-case name")
            for start, end in sorted(set(found))
        ]

    def _given_name_start(
        self, text: str, match: re.Match[str], dictionary: frozenset[str]
    ) -> int:
        """Where the name starts: at the initial, or at a given name before
        it ("aleksandar p. jovanović")."""
        before = _WORD_BEFORE.search(text, max(0, match.start() - 32), match.start())
        if before is not None and self._is_name(
            before.group(1), dictionary, may_be_word=False
        ):
            return before.start(1)
        return match.start("initial")

    def _name(
        self, match: re.Match[str], dictionary: frozenset[str], *, may_be_word: bool
    ) -> list[tuple[int, int]]:
        """The span of the name in ``match``: its first word, and the second
        when that one is unknown too."""
        first = match.group("first")
        if not (
            self._is_name(first, dictionary, may_be_word=may_be_word)
            or (match.groupdict().get("title") and self._is_titled_surname(first))
        ):
            return []
        end = match.end("first")
        second = match.group("second")
        if second and self._is_name(second, dictionary, may_be_word=False):
            end = match.end("second")
        return [(match.start("first"), end)]

    def _is_initialled_surname(self, word: str, dictionary: frozenset[str]) -> bool:
        """After an initial ("m. lewandowski", "l. bint al-farsi"), a word no
        dictionary has or a census surname that is no word; not a list's
        item ("b. review the budget")."""
        key = fold_key(word)
        if key in self._stop_words or key in self._places:
            return False  # "s. korea", "n. america"
        return self._is_name(word, dictionary, may_be_word=False) or (
            self._census.is_surname(key) and not is_dictionary_word(key, dictionary)
        )

    def _is_titled_surname(self, word: str) -> bool:
        """After a title ("mrs hawthorne"), a census surname, even a word."""
        key = fold_key(word)
        return key not in self._stop_words and self._census.is_surname(key)

    def _is_name(
        self, word: str, dictionary: frozenset[str], *, may_be_word: bool
    ) -> bool:
        return is_lone_name(
            fold_key(word),
            dictionary,
            self._census.first_names,
            stop_words=self._stop_words,
            may_be_word=may_be_word,
        )


def _is_lettered_list(letter: str, letters: set[str]) -> bool:
    """Whether ``letter`` marks an item of a lettered list: the letter before
    or after it marks another ("a. reset 2fa b. resend invite")."""
    return chr(ord(letter) - 1) in letters or chr(ord(letter) + 1) in letters
