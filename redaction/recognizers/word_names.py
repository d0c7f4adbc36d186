"""A lone given name where only a person stands, even one that is a word.

Many given names are everyday words ("Hope", "Grant", "Precious",
"Blessing") or are on no census list ("Poppy", "Taras"). Alone, they are
read as words; in these frames only a person fits:

- ``greeting``: a word greeted at a line's start ("Hello Poppy,", "Hallo
  Patience,"), not a group ("Hi team,"), a label ("Dear Customer,") nor a
  word common in business text ("Hello Demo,");
- ``self_introduction``: a word introducing the writer ("Hi team, Freya
  here.");
- ``dash_sign_off``: a name signing the end of a text after a dash
  ("Otherwise LGTM \u2013 Summer");
- ``thanks``: thanked ("thx Hope", "Thanks Will, that solved it");
- ``possessive_opening``: owning something at a sentence's start ("Will's
  laptop was reimaged", "Dawn's team owns ...");
- ``question_subject``: the subject of a question ("Can Precious fix the
  payment?");
- ``after_preposition``: a capitalised census first name inside a
  lower-case sentence after "with", "from", "for"... ("call with Patience
  re: import", "Notes from Grant:"), no other capitalised word after it;
- ``clause_subject``: a census first name opening a clause before its verb
  ("... if Will can't", "unless Hope has");
- ``sentence_subject``: a census first name opening a sentence before a
  verb said of people ("Amber blames Docker.", "Drew disagrees.");
- ``let_know``: the person to tell ("Let Dawn know if ...");
- ``reply_header``: the whole name that opens a quoted reply's header
  ("Mathieu Bonnet <m.bonnet@example.org> wrote:");
- ``display_name``: the quoted name before an address ("\"Grant Ellis\"
  <grant.ellis@example.com>");
- ``suffixed_name``: the whole name before "Esq." or "Jr." ("Mark Bishop
  Esq.", "Grant Price, Jr.");
- ``card_surname``, ``card_given_name``: a contact card's name fields
  ("N:Price;Jack;;;");
- ``role_in_brackets``: a name before its team or role in brackets
  ("Tupou (finance) and Gallagher (IT) disagree").

Except in a greeting or an introduction, the word must be a census first
name or no dictionary word. Months, titles, groups, labels and allowed
terms never count. The name typer keeps a framed name that is a
dictionary word ("Poppy"), which it would otherwise drop as no name.
Needs the pipeline's dictionary: without NER nothing is found.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from functools import cache

from presidio_analyzer import RecognizerResult

from redaction.common_words import is_distinctive
from redaction.folding import fold_key
from redaction.name_gazetteer import census_gazetteer
from redaction.name_titles import name_titles
from redaction.name_words import is_lone_name
from redaction.recognizers.context import result
from redaction.recognizers.pattern_data import group, words
from redaction.recognizers.rule_based import DictionaryRecognizer
from redaction.recognizers.stop_words import no_name_words

__all__ = ["Frame", "WordNameFrames", "WordNameRecognizer", "word_name_frames"]

Frame = tuple[str, int, int]
"""A framed name: the frame's name, then the name's start and end."""

_NAME = "WordNameRecognizer"
_SCORE = 0.6
_FRAMES = "word_name_frames"
_ANY_NAME = frozenset({"greeting", "self_introduction"})
"""Frames where a word uncommon in business text counts, even a dictionary one."""
_CENSUS_ONLY = frozenset({"after_preposition", "clause_subject", "sentence_subject"})
"""Frames where a word no dictionary has may be a firm or a place as well."""
_WHOLE_NAMES = frozenset(
    {"reply_header", "display_name", "suffixed_name", "card_surname", "card_given_name"}
)
"""Frames that hold a whole name, of any words but stop words."""
# The recognizer reads every text of a batch before the name typer reads
# them again, so the frames of a batch's texts are kept (see ``forget``).
_REMEMBERED_TEXTS = 256
_GREETED_GROUPS = frozenset(
    {"support", "there", "both", "again", "you", "world", "guest", "friend"}
    | {"colleague", "boss", "partner"}
)


class WordNameFrames:
    """Where a lone given name stands in a frame that admits only a person."""

    def __init__(self) -> None:
        settings = group(_FRAMES)
        self._frames = {
            name: re.compile(str(regex))
            for name, regex in settings.items()
            if not name.startswith("_")
        }
        self._first_names = census_gazetteer().first_names
        self._stop_words = (
            no_name_words()
            | frozenset(words("months"))
            | frozenset(fold_key(title) for title in name_titles())
            | _GREETED_GROUPS
        )
        # The recognizer and then the name typer ask about the same text
        # objects; an entry holds its text, so its id is not reused.
        # Equal texts of other batches are not looked up: each is read anew.
        self._lock = threading.Lock()
        self._recent: OrderedDict[
            int, tuple[str, frozenset[str], tuple[Frame, ...]]
        ] = OrderedDict()

    def spans(self, text: str, dictionary: frozenset[str]) -> tuple[Frame, ...]:
        """Each framed name as (frame, start, end)."""
        with self._lock:
            seen = self._recent.get(id(text))
        if seen is not None and seen[0] is text and seen[1] is dictionary:
            return seen[2]
        found = tuple(
            (frame, *match.span("name"))
            for frame, pattern in self._frames.items()
            for match in pattern.finditer(text)
            if self._is_name(frame, fold_key(match.group("name")), dictionary)
        )
        with self._lock:
            self._recent[id(text)] = (text, dictionary, found)
            self._recent.move_to_end(id(text))
            if len(self._recent) > _REMEMBERED_TEXTS:
                self._recent.popitem(last=False)
        return found

    def forget(self) -> None:
        """Drop the texts kept since the last call: a batch is analysed."""
        with self._lock:
            self._recent.clear()

    def _is_name(self, frame: str, key: str, dictionary: frozenset[str]) -> bool:
        if frame in _WHOLE_NAMES:
            return not any(word in self._stop_words for word in key.split())
        if key in self._stop_words:
            return False
        if frame in _ANY_NAME:
            # Any name, but no word common in business text ("Hello Demo,").
            return key in self._first_names or is_distinctive((key,))
        if frame in _CENSUS_ONLY:
            return key in self._first_names
        return is_lone_name(
            key,
            dictionary,
            self._first_names,
            stop_words=self._stop_words,
            may_be_word=True,
        )


@cache
def word_name_frames() -> WordNameFrames:
    """The frames, built once per process and shared by their two users."""
    return WordNameFrames()


class WordNameRecognizer(DictionaryRecognizer):
    """Lone given names in frames where only a person stands."""

    def __init__(self) -> None:
        self._frames = word_name_frames()
        super().__init__("PERSON", _NAME)

    def find(self, text: str, dictionary: frozenset[str]) -> list[RecognizerResult]:
        """One finding per framed name."""
        return [
            result("PERSON", start, end, _SCORE, _NAME, frame)
            for frame, start, end in self._frames.spans(text, dictionary)
        ]
