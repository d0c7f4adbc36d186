"""People's names that the NER model misses, found by cues and neighbours.

Rules, each with a high precision on business text:

- a name right after a cue that announces one ("Dear", "Name:", "Mr",
  "Regards," on the line before, "called"), or right before a verb said
  of people ("Rintanen said", "Timotea lives");
- the speakers of a dialogue, or of a chat line stamped with its time
  ("[14:37] Faith: can someone check?");
- a census first name that is a word too where only a person stands: a
  message's signature ("Best,\nPatience") or after "cc'd", "ask", "per";
- a name that opens a line and is spoken to ("Warrane, can you ..."),
  not a group ("Guys, ...") nor a dictionary word ("Perfect, thanks");
- an initial and a surname ("P. Hargreaves"), a first name and an
  initial ("Freya N.");
- a name alone that greets a message ("Joy,") or signs it ("...\n\nHope");
- a capitalised word or initial next to a name the model found
  ("Szabina J Gelencsér" when the model saw "Szabina");
- the other items of a list whose items are single capitalised words, when
  the model found one of them to be a person ("Anna, Derek and Jodi").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from typing import TYPE_CHECKING

from presidio_analyzer import RecognizerResult

from redaction.common_words import is_distinctive
from redaction.english_words import english_words_of, everyday_words
from redaction.folding import fold_key, folded_words
from redaction.name_gazetteer import census_gazetteer
from redaction.name_titles import follows_a_title, name_titles
from redaction.name_words import is_lone_name, is_word_or_compound
from redaction.recognizers.context import result
from redaction.recognizers.pattern_data import DATA, pattern_setting, words
from redaction.recognizers.rule_based import RuleRecognizer
from redaction.recognizers.stop_words import no_name_words

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["PersonCueRecognizer"]

_NAME = "PersonCueRecognizer"
_NER_LABELS = frozenset({"PERSON", "PER"})
_MIN_SURNAME = 3
_MAX_ACRONYM = 4
_MIN_UTTERANCE_WORDS = 3
# Who speaks in a transcript by role, not by name.
_ROLES = frozenset(
    {"caller", "agent", "customer", "client", "driver", "operator", "host"}
    | {"guest", "interviewer", "moderator", "nurse", "doctor", "patient"}
    | {"visitor", "user", "support", "system", "bot", "buyer", "seller"}
)
_NEIGHBOUR = re.compile("[A-ZÀ-ÖØ-ÞĀ-ɏ][\\w'\u2019-]*\\.?|[A-Z]\\.?")


def _is_name_word(word: str, particles: frozenset[str]) -> bool:
    stripped = word.rstrip(".")
    if not stripped:
        return False
    if fold_key(stripped) in particles:
        return True
    if len(stripped) == 1:
        return stripped.isupper()
    return stripped[0].isupper() and is_distinctive((fold_key(stripped),))


def _is_utterance(text: str, start: int) -> bool:
    """Whether the rest of the line from ``start`` is said, not a form's
    value: three words or more, or a question or an exclamation ("in bay
    4", "ready?"; not "412", "Zorvetta Quelbrink")."""
    end = text.find("\n", start)
    said = text[start : len(text) if end < 0 else end].strip()
    return len(said.split()) >= _MIN_UTTERANCE_WORDS or said.endswith(("?", "!"))


class PersonCueRecognizer(RuleRecognizer):
    """Names announced by a cue, next to a found name, or listed with one."""

    def __init__(self) -> None:
        self._cued = pattern_setting("person_cue")
        # A list is a run of comma-joined capitalised words (matched whole,
        # so a long run costs linear time) closed by "and", "or" or "&".
        self._list = pattern_setting("person_list")
        self._list_end = pattern_setting("person_list_end")
        self._line = pattern_setting("person_line")
        self._verb = pattern_setting("person_verb")
        self._speaker = pattern_setting("person_speaker")
        self._vocative = pattern_setting("person_vocative")
        self._here = pattern_setting("person_here")
        self._first_name_cue = pattern_setting("person_first_name_cue")
        self._initial_first = pattern_setting("person_initial_first")
        self._initial_last = pattern_setting("person_initial_last")
        self._message_edge = pattern_setting("person_message_edge")
        self._months = frozenset(words("months"))
        self._titles = name_titles()
        self._groups = frozenset(words("group_vocatives"))
        self._shorthand = frozenset(words("chat_abbreviations"))
        self._particles = frozenset(words("name_particles"))
        self._labels = folded_words(DATA, "label_words")
        # A mail header's lines ("Envoyé :", "Objet :") are no dialogue.
        self._not_speakers = self._labels | folded_words(DATA, "mail_header_labels")
        self._places = frozenset(words("place_words"))
        self._census = census_gazetteer()
        self._edge_stop_words = no_name_words()
        super().__init__("PERSON", _NAME)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Names found by the rules above."""
        dictionary = english_words_of(nlp_artifacts)
        spans = self._named(text, self._cued, may_be_word=True)
        spans.extend(self._named(text, self._verb, may_be_word=True))
        spans.extend(self._named(text, self._here))
        spans.extend(self._cued_first_names(text))
        spans.extend(self._with_initials(text, dictionary))
        spans.extend(self._message_edges(text, dictionary))
        spans.extend(self._named(text, self._line, is_bare=True))
        spans.extend(self._speakers(text, dictionary))
        spans.extend(self._vocatives(text, dictionary))
        people = self._model_people(nlp_artifacts)
        spans.extend(self._widened(text, people))
        spans.extend(self._listed(text, people))
        return [result("PERSON", s, e, 0.6, _NAME, "name cue") for s, e in spans]

    def _speakers(
        self, text: str, dictionary: frozenset[str] = frozenset()
    ) -> list[tuple[int, int]]:
        """Speakers of a dialogue: two or more lines opening with "Name:", or
        one chat line stamped with its time ("[14:37] Zorvetta: ..."), whose
        speaker is then a census first name ("[09:14] Mark:") or no word and
        no bot ("Lunch", "Deploybot"). A form's labels ("Guest:", "Room:",
        "DOB:") are no speakers: dictionary words that are no census first
        name, and acronyms; but where a name speaks too, a census surname
        that is a word and speaks on two lines ("Knight:") is a speaker."""
        speakers = [
            match
            for match in self._speaker.finditer(text)
            if fold_key(match.group("name")) not in self._not_speakers
        ]
        named = [
            match
            for match in speakers
            if _is_name_word(match.group("name"), self._particles)
        ]
        labels = {
            match.group("name")
            for match in named
            if self._is_form_label(match.group("name"), dictionary)
        }
        if len(labels) < len(named):
            # Someone speaks ("Holloway:"): so does a surname that is a word
            # and says something on two lines or more ("Knight:"); "Guest:",
            # "DOB:" and a role ("Caller:") are still labels.
            labels -= self._speaking_surnames(text, named)
        matches = [match for match in named if match.group("name") not in labels]
        if len(matches) >= 2:
            return [match.span("name") for match in matches]
        return [
            match.span("name")
            for match in speakers
            if match.group("stamp")
            and (
                _is_chat_name(fold_key(match.group("name")), dictionary)
                or fold_key(match.group("name")) in self._census.first_names
            )
        ]

    def _speaking_surnames(self, text: str, named: list[re.Match[str]]) -> set[str]:
        """Census surnames, no role, that open two lines or more, one of
        them saying something ("Knight: where is it?")."""
        lines = Counter(match.group("name") for match in named)
        return {
            match.group("name")
            for match in named
            if lines[match.group("name")] >= 2
            and fold_key(match.group("name")) not in _ROLES
            and self._census.is_surname(match.group("name"))
            and _is_utterance(text, match.end() - 1)
        }

    def _is_form_label(self, word: str, dictionary: frozenset[str]) -> bool:
        """ "Guest", "Seat", "DOB": a field's label, not a speaker's name
        ("Hope", "BOB")."""
        key = fold_key(word)
        if key in self._census.first_names:
            return False
        return key in dictionary or (word.isupper() and len(word) <= _MAX_ACRONYM)

    def _cued_first_names(self, text: str) -> list[tuple[int, int]]:
        """A lone census first name that is a word too, where only a person
        stands: greeted ("Hi Hope,"), signing a message ("Best,\nPatience")
        or after "cc'd", "ask", "ping", "waiting for"... ("cc'd Hope"). No
        month ("per May")."""
        found: list[tuple[int, int]] = []
        for match in self._first_name_cue.finditer(text):
            group = next(g for g in ("greeted", "signed", "cued") if match.group(g))
            if self._is_census_word(match.group(group)):
                found.append(match.span(group))
        return found

    def _message_edges(
        self, text: str, dictionary: frozenset[str]
    ) -> list[tuple[int, int]]:
        """A name that greets a message on its first line ("Joy,") or signs
        it on its last line, or the last line before a quoted reply
        ("...\n\nHope", "Gruß Faisal", "talk soon\ntitilayo"), or after its
        last sentence ("Mi confermi? Hyunwoo"): its words are census first
        names, or no dictionary word, label or allowed term."""
        if not dictionary:
            return []
        found: list[tuple[int, int]] = []
        for match in self._message_edge.finditer(text):
            group = "greeted" if match.group("greeted") else "signed"
            name = match.group(group)
            line_start = text.rfind("\n", 0, match.start(group)) + 1
            if name.isupper() and text[line_start : match.start(group)].strip(" \t>"):
                continue  # "... Questions? AOB": an acronym after a sentence
            words = name.split()
            if all(
                self._is_edge_name(word, dictionary) for word in words
            ) or self._is_first_name_and_surname(words):
                found.append(match.span(group))
        return found

    def _is_first_name_and_surname(self, words: list[str]) -> bool:
        """A census first name and a census surname ("sonny hunt", "Drew
        Young"), each of them maybe a word; not "Will do"."""
        if len(words) != 2 or len(words[1]) < _MIN_SURNAME:
            return False
        first, last = (fold_key(word) for word in words)
        return (
            first in self._census.first_names
            and self._census.is_surname(last)
            and not {first, last} & self._edge_stop_words
        )

    def _is_edge_name(self, word: str, dictionary: frozenset[str]) -> bool:
        return is_lone_name(
            fold_key(word),
            dictionary,
            self._census.first_names,
            stop_words=self._edge_stop_words,
            may_be_word=True,
        )

    def _with_initials(
        self, text: str, dictionary: frozenset[str]
    ) -> list[tuple[int, int]]:
        """An initial and a surname ("P. Hargreaves", "J. del Río"), or a
        first name and an initial ("Freya N.", "Hope F."). The surname is no
        everyday word unless a census surname ("B. Next" is not a name, "C.
        Delacroix" is, though the dictionary knows a painter);
        the first name is a census one or no dictionary word ("Plan B.")."""
        if not dictionary:
            return []
        found: list[tuple[int, int]] = []
        everyday = everyday_words(dictionary)
        for match in self._initial_first.finditer(text):
            key = fold_key(match.group("surname"))
            if key not in everyday or self._census.is_surname(key):
                found.append(match.span())
        for match in self._initial_last.finditer(text):
            key = fold_key(match.group("first"))
            if key in self._census.first_names or not is_word_or_compound(
                key, dictionary
            ):
                found.append(match.span())
        return found

    def _vocatives(
        self, text: str, dictionary: frozenset[str]
    ) -> list[tuple[int, int]]:
        """A name that opens a line and is spoken to ("Warrane, can you ...").

        Not a group ("Guys"), chat shorthand ("Btw, the ...") nor a
        dictionary word ("Perfect", "Christmas" are census surnames too),
        unless it is a census first name ("Precious, can you ...").
        """
        found: list[tuple[int, int]] = []
        for start, end in self._named(text, self._vocative, may_be_word=True):
            keys = fold_key(text[start:end]).split()
            if " ".join(keys) in self._groups or keys[0] in self._shorthand:
                continue
            if all(
                key in dictionary and key not in self._census.first_names
                for key in keys
            ):
                continue
            found.append((start, end))
        return found

    def _named(
        self,
        text: str,
        pattern: re.Pattern[str],
        *,
        is_bare: bool = False,
        may_be_word: bool = False,
    ) -> list[tuple[int, int]]:
        """Names a pattern's ``name`` group captures.

        A line standing alone (``is_bare``) is no name if a word of it names
        a street or a place ("Lahtinen Road", "New Zealand"). Where only a
        person stands (``may_be_word``: "Grant said", "Rose is on leave"),
        census first names that are everyday words count too; months do not.
        """
        found: list[tuple[int, int]] = []
        for match in pattern.finditer(text):
            all_words = list(_NEIGHBOUR.finditer(match.group("name")))
            name_words = self._without_titles(all_words)
            # After a title a common surname is one too ("MRS YOUNG").
            is_titled = len(name_words) < len(all_words) or follows_a_title(
                text, match.start("name")
            )
            kept: list[re.Match[str]] = []
            for word in name_words:
                if not (
                    _is_name_word(word.group(0), self._particles)
                    or (may_be_word and self._is_census_word(word.group(0)))
                    or (is_titled and self._is_titled_surname(word.group(0)))
                ):
                    break
                kept.append(word)
                if is_titled and word.group(0).endswith(".") and len(word.group(0)) > 2:
                    break  # "MRS YOUNG. SAY HI": the sentence ends the name
            if is_bare and len(kept) < len(name_words):
                continue  # a line holds a name and nothing else
            # In capitals a cued name runs on into the sentence ("MS. MENSAH
            # STILL GETTING ..."): the name is its leading name words.
            while kept and fold_key(kept[-1].group(0).rstrip(".")) in self._particles:
                kept.pop()
            if not kept:
                continue
            name = match.group("name")
            is_label = fold_key(name) in self._labels or (
                is_bare
                and any(
                    fold_key(word.group(0).rstrip(".")) in self._places
                    for word in name_words
                )
            )
            is_initials = all(len(w.group(0).rstrip(".")) < 2 for w in kept)
            if not (is_label or is_initials):
                offset = match.start("name")
                end = kept[-1].end() if len(kept) < len(name_words) else len(name)
                found.append(
                    (offset + kept[0].start(), offset + len(name[:end].rstrip(".")))
                )
        return found

    def _is_titled_surname(self, word: str) -> bool:
        """A capitalised census surname, even a common word ("Young")."""
        bare = word.rstrip(".")
        return bare[:1].isupper() and self._census.is_surname(fold_key(bare))

    def _is_census_word(self, word: str) -> bool:
        """A capitalised census first name, but no month ("May")."""
        key = fold_key(word)
        return (
            word[:1].isupper()
            and key not in self._months
            and key in self._census.first_names
        )

    def _without_titles(self, words: list[re.Match[str]]) -> list[re.Match[str]]:
        """The words after any leading titles ("Ms Iyer" gives "Iyer")."""
        for index, word in enumerate(words):
            if fold_key(word.group(0).rstrip(".")) not in self._titles:
                return words[index:]
        return []

    @staticmethod
    def _model_people(nlp_artifacts: NlpArtifacts | None) -> list[tuple[int, int]]:
        if nlp_artifacts is None:
            return []
        return [
            (int(entity.start_char), int(entity.end_char))
            for entity in nlp_artifacts.entities
            if entity.label_ in _NER_LABELS
        ]

    def _widened(
        self, text: str, people: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        widened: list[tuple[int, int]] = []
        for start, end in people:
            new_start, new_end = start, end
            for _ in range(2):
                after = re.match(r"[ ]+(\S+)", text[new_end : new_end + 40])
                if after is None or not self._is_neighbour(after.group(1)):
                    break
                new_end += after.end(1)
            for _ in range(2):
                before = re.search(
                    r"(\S+)[ ]+$", text[max(0, new_start - 40) : new_start]
                )
                if before is None or not self._is_neighbour(before.group(1)):
                    break
                new_start -= len(before.group(0))
            if (new_start, new_end) != (start, end):
                widened.append((new_start, new_end))
        return widened

    def _is_neighbour(self, word: str) -> bool:
        # "Finland." ends the sentence before a name; "Suite" starts an address.
        if len(word) > 2 and word.endswith("."):
            return False
        if fold_key(word.rstrip(".")) in self._places:
            return False
        return bool(_NEIGHBOUR.fullmatch(word)) and _is_name_word(word, self._particles)

    def _listed(
        self, text: str, people: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        people = sorted(people)
        starts = [start for start, _ in people]
        reach = list(itertools.accumulate((end for _, end in people), max))
        for run in self._list.finditer(text):
            last = self._list_end.match(text, run.end())
            if last is None:
                continue
            start, end = run.start(), last.end()
            items = [
                item
                for item in re.finditer(r"[^\s,]+", text[start:end])
                if item.group(0) not in ("and", "or", "&")
            ]
            spans = [(start + item.start(), start + item.end()) for item in items]
            if not _holds_any(start, end, starts, reach):
                continue
            found.extend(
                span
                for span, item in zip(spans, items, strict=True)
                if _is_name_word(item.group(0), self._particles)
            )
        return found


def _is_chat_name(key: str, dictionary: frozenset[str]) -> bool:
    """No dictionary word, two run together ("Standup") or bot ("Runbot")."""
    if key.endswith("bot") or not dictionary:
        return False
    return not is_word_or_compound(key, dictionary)


def _holds_any(start: int, end: int, starts: list[int], reach: list[int]) -> bool:
    """Whether a found person overlaps ``[start, end)``.

    ``starts`` are the people's sorted starts and ``reach[i]`` the furthest
    end among the first ``i + 1`` of them: the people starting before
    ``end`` overlap the range exactly when the furthest of their ends
    passes ``start``. A bisect, not a scan of every pair.
    """
    index = bisect.bisect_left(starts, end) - 1
    return index >= 0 and reach[index] > start
