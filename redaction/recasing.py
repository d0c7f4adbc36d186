"""Names written in lower case, found by reading the text with them capitalised.

The small English model and the cue rules rely on capitals: "call me
višeslav" or "guðgeir bergsveinsson wrote" go unseen. For a text in
English, every lower-case word that is in no dictionary (the spaCy
lemmatizer's WordNet index and its irregular forms, and the everyday
business words) and is a census name or has letters English does not use
is written with a capital and the text analysed again; the names found
there that include such a word are kept. So are two unknown words side
by side ("aroha ngata"). A lone unknown plain-ASCII word that is no
census name ("webhook", "nginx") stays as it is. A text where
many lower-case words are unknown is likely not English (a French ticket):
it is left alone, since capitalising half its words would make everything
a name, unless none of its lines is in another language and a quarter of
its words are English function words (a short English note naming many
people: "yuki, could you forward onur karaca's pack to ..."). On a line
written in another language (``foreign_words``) an unknown word is
mostly that language's ("kanaal verlaten", "Lucien klärt"): only a
census name or a surname's ending is recased there, and no word joins
it.

Names in capitals ("SHIP TO: MAKENA O'DONNELL", "Employee D'SOUZA") are
read the same way, written in title case: an unknown word of capitals
that stands in a run of two or three such words, or (on a line that is
not all capitals) is a census name, has letters English does not use, or
has five letters or more; a census first name or a one-sense dictionary
word right beside such a word joins it ("HOLLY VANTERPOOL"). Acronyms the
policy allows ("SEPA", "CRM"), dictionary words ("URGENT") and two of them
run together ("CHANGELOG") stay. In a text mostly in capitals only runs of
such words are recased ("PLEASE CALL CHIARA BIANCHI ON ..."), and a lone
one that ends its phrase after a word that brings a person in or a title
("PAIR PROGRAMMING WITH MAARTJE", "REMINDER FOR LALEH:").

A recased word that a person found in the first reading already holds is
not read again: most of them are, and the second reading costs time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.lang.en.stop_words import STOP_WORDS

from redaction.common_words import is_distinctive
from redaction.english_words import everyday_words
from redaction.folding import fold_key
from redaction.foreign_words import foreign_function_words, is_foreign_line
from redaction.name_gazetteer import NameGazetteer, census_gazetteer
from redaction.name_words import is_compound
from redaction.spans import EntitySpan
from redaction.word_forms import DERIVED, is_dictionary_word

__all__ = ["RecasedText", "Recaser"]

_NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
_MIN_LENGTH = 3
# Unknown words any text may have and still count as English ("hi guðgeir,
# radomir kovačević here").
_UNKNOWN_ALWAYS_ALLOWED = 3
_WINDOW = 60
# Past the unknown words allowed, a text is still read as English when this
# share of its lower-case words are English function words.
_MIN_FUNCTION_WORD_SHARE = 0.25
# Capitals: a word shorter than this is an acronym unless something else
# says it is a name; a text with more than this share of capital words is
# shouting, not naming.
_MIN_CAPITAL_NAME = 5
_MAX_CAPITAL_SHARE = 0.5
_MIN_SHOUTING_WORDS = 6  # a short form line ("SHIP TO: NAME") is not shouting
_MAX_CAPITAL_RUN = 3
_LATIN_END = "\u0250"
# In capitals, a lone unknown word after one of these is read as a name.
_PERSON_CUE_BEFORE = re.compile(
    r"(?<![\w-])(?:FOR|WITH|FROM|BY|VIA|THANKS|THANK[ ]YOU|DEAR|HELLO|HI|HIYA|HEY"
    r"|ATTN:?|CC:?|PER|ASK|PING|CALL|AND|TO|MR|MRS|MS|MX|DR|PROF)\.?[ ]+\Z"
)
_CUE_REACH = 12
_PHRASE_END = re.compile(
    r"['\u2019]S\b|[ \t]*(?:[:,.;!?)]|\r?\n|\Z)"
    r"|[ ]+(?:FOR|BEFORE|AFTER|ON|AT|RE|ABOUT|FROM|TO|AND|IS|WAS|WILL|HAS|DOES)\b"
)
# A word on its own: not part of an e-mail address, a URL, a file or an
# identifier ("joris.marchetti@", "sale_timesheet").
_CANDIDATE = re.compile(r"(?<![\w@./\\-])[^\W\d_]+(?![\w@]|[./\\-]\w)")
# A name as people write it: letters, spaces, hyphens, apostrophes, initials.
_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
_NAME_TEXT = re.compile(r"[^\W\d_][^\W\d_ '\u2019.-]*(?:[ '\u2019.-]+[^\W\d_]+)*\.?")


@dataclass(frozen=True)
class RecasedText:
    """A text with its unknown lower-case words capitalised; same length.

    Only the ``windows`` around those words (their lines, at most
    ``_WINDOW`` characters either side) need analysing again.
    """

    text: str
    words: tuple[tuple[int, int], ...]

    @property
    def windows(self) -> list[tuple[int, int]]:
        """Merged ranges of ``text`` around the capitalised words."""
        merged: list[tuple[int, int]] = []
        for start, end in self.words:
            low = max(0, start - _WINDOW)
            high = min(len(self.text), end + _WINDOW)
            line_end = self.text.find("\n", end, high)
            window = (
                self.text.rfind("\n", low, start) + 1 or low,
                high if line_end == -1 else line_end,
            )
            if merged and window[0] <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], window[1]))
            else:
                merged.append(window)
        return merged

    def without_named_words(self, spans: Sequence[EntitySpan]) -> RecasedText | None:
        """This text with only the capitalised words that no person in
        ``spans`` holds, or ``None`` when each is held (nothing left to
        read). Only a PERSON span that reads as a name counts: a cell run
        ("KOVÁCS;Warehouse;Wendeling") may be re-typed later."""
        people = [
            span
            for span in spans
            if span.entity_type == "PERSON"
            and _NAME_TEXT.fullmatch(self.text, span.start, span.end)
        ]
        left = tuple(
            (start, end)
            for start, end in self.words
            if not any(span.start <= start and end <= span.end for span in people)
        )
        if not left:
            return None
        return self if len(left) == len(self.words) else replace(self, words=left)

    def names(self, spans: Sequence[EntitySpan]) -> list[EntitySpan]:
        """The name spans found in ``text`` that hold a capitalised word.

        People, organisations and places are kept (the model may read a
        recased person as an organisation; all three are masked). A span
        that does not read as a name (``tracy:"i'm Roberto``) gives only the
        capitalised words inside it.
        """
        found: list[EntitySpan] = []
        for span in spans:
            if span.entity_type not in _NAME_TYPES:
                continue
            inside = [
                (start, end)
                for start, end in self.words
                if start < span.end and span.start < end
            ]
            if not inside:
                continue
            if _NAME_TEXT.fullmatch(self.text, span.start, span.end):
                found.append(self._capitalised_part(span))
            else:
                found.extend(replace(span, start=s, end=e) for s, e in inside)
        return found

    def _capitalised_part(self, span: EntitySpan) -> EntitySpan:
        """``span`` without lower-case words at its ends ("Patil - increase")."""
        words = [
            m
            for m in _WORD.finditer(self.text, span.start, span.end)
            if m.group(0)[0].isupper()
        ]
        if not words:
            return span
        return replace(span, start=words[0].start(), end=words[-1].end())


class Recaser:
    """Capitalises the words of an English text that no dictionary knows."""

    def __init__(
        self,
        english_words: frozenset[str],
        gazetteer: NameGazetteer | None = None,
        *,
        max_unknown_share: float = 0.4,
        known_words: frozenset[str] = frozenset(),
    ) -> None:
        self._english = english_words
        self._names = gazetteer or census_gazetteer()
        self._max_unknown_share = max_unknown_share
        self._known = frozenset(fold_key(word) for word in known_words)

    def recase(self, text: str) -> RecasedText | None:
        """The recased text, or ``None`` when no word needs it or not English."""
        words = [m for m in _CANDIDATE.finditer(text) if len(m.group(0)) >= _MIN_LENGTH]
        chars = list(text)
        changed = [
            *self._capitalised_lower(text, words, chars),
            *self._title_cased_capitals(text, words, chars),
        ]
        if not changed:
            return None
        return RecasedText("".join(chars), tuple(sorted(changed)))

    def _capitalised_lower(
        self, text: str, words: list[re.Match[str]], chars: list[str]
    ) -> list[tuple[int, int]]:
        lower = [match for match in words if match.group(0)[0].islower()]
        unknown = [match for match in lower if not self._is_known(match.group(0))]
        allowed = max(_UNKNOWN_ALWAYS_ALLOWED, self._max_unknown_share * len(lower))
        if not unknown:
            return []
        foreign = self._on_foreign_lines(text, unknown)
        if len(unknown) > allowed and (any(foreign) or not _reads_as_english(lower)):
            return []
        named = [
            self._may_be_name_on_foreign_line(match.group(0))
            if is_foreign
            else self._may_be_name(match.group(0))
            for match, is_foreign in zip(unknown, foreign, strict=True)
        ]
        plain = [
            self._is_plain_unknown(match.group(0)) and not is_foreign
            for match, is_foreign in zip(unknown, foreign, strict=True)
        ]
        changed: list[tuple[int, int]] = []
        for index, match in enumerate(unknown):
            is_pair = plain[index] and _beside_a_name(text, unknown, plain, index)
            joins = not foreign[index] and _beside_a_name(text, unknown, named, index)
            if not (named[index] or joins or is_pair):
                continue
            capital = match.group(0)[0].upper()
            if len(capital) != 1:
                continue
            chars[match.start()] = capital
            changed.append(match.span())
        return changed

    def _title_cased_capitals(
        self, text: str, words: list[re.Match[str]], chars: list[str]
    ) -> list[tuple[int, int]]:
        capitals = [
            m for m in words if m.group(0).isupper() and self._is_latin(m.group(0))
        ]
        is_shouting = len(words) >= _MIN_SHOUTING_WORDS and len(
            capitals
        ) > _MAX_CAPITAL_SHARE * len(words)
        unknown = [
            m
            for m in capitals
            if not self._is_known(m.group(0))
            and fold_key(m.group(0)) not in self._known
        ]
        # Two dictionary words run together ("CHANGELOG") name no one
        # alone, but may be a surname beside a name ("IVETTA HOLLOWBRAND").
        named = [
            self._may_be_capital_name(m.group(0))
            and not is_compound(m.group(0).lower(), self._english)
            for m in unknown
        ]
        unknown, named = self._with_given_names(text, capitals, unknown, named)
        changed: list[tuple[int, int]] = []
        for index, match in enumerate(unknown):
            in_run = _run_length(text, unknown, named, index) >= 2
            # A heading all in capitals names no one with a lone word
            # ("ESCALATION FOR WAREHOUSE ZEEBRUGGE"), nor does a shouting text.
            alone_is_enough = (
                not is_shouting and not _in_capital_line(text, match.start())
            ) or _stands_alone_after_a_person_cue(text, match)
            if not (in_run or (named[index] and alone_is_enough)):
                continue
            word = match.group(0)
            titled = word[0] + word[1:].lower()
            if len(titled) != len(word):
                continue
            chars[match.start() : match.end()] = titled
            changed.append(match.span())
        return changed

    def _with_given_names(
        self,
        text: str,
        capitals: list[re.Match[str]],
        unknown: list[re.Match[str]],
        named: list[bool],
    ) -> tuple[list[re.Match[str]], list[bool]]:
        """``unknown`` and ``named`` with the given names that the dictionary
        knows too, where one stands right beside an unknown name word:
        "HOLLY" (a census name) or "ISOLDE" (a one-sense rarity) in "SHIP
        TO: HOLLY VANTERPOOL". Alone they do not count as names."""
        pairs = list(zip(unknown, named, strict=True))
        names = {m.start() for m, is_name in pairs if is_name}
        unknown_starts = {m.start() for m in unknown}
        extra = [
            (m, False)
            for index, m in enumerate(capitals)
            if m.start() not in unknown_starts
            and self._may_be_given_name(m.group(0))
            and any(
                other.start() in names and _one_space_apart(text, m, other)
                for other in capitals[max(0, index - 1) : index + 2]
            )
        ]
        if not extra:
            return unknown, named
        merged = sorted(pairs + extra, key=lambda pair: pair[0].start())
        return [m for m, _ in merged], [is_name for _, is_name in merged]

    def _may_be_given_name(self, word: str) -> bool:
        """A census first name ("HOLLY"), or else a dictionary word of one
        sense only that is no common word ("SHIP", "TEAM"); no allowed term."""
        key = fold_key(word)
        if key in self._known:
            return False
        if key in self._names.first_names:
            return True
        return is_distinctive((key,)) and not is_dictionary_word(
            key, everyday_words(self._english), DERIVED
        )

    def _may_be_capital_name(self, word: str) -> bool:
        """A word of capitals that is no acronym: long, foreign or a census name."""
        return len(word) >= _MIN_CAPITAL_NAME or self._may_be_name(word.lower())

    @staticmethod
    def _is_latin(word: str) -> bool:
        """Latin letters only: the model reads other scripts in capitals as well."""
        return all(char < _LATIN_END for char in word)

    def _may_be_name(self, word: str) -> bool:
        """A census name, or a word with letters English does not use.

        Unknown plain-ASCII words in business text are mostly tools and
        jargon ("webhook", "nginx"): they are not recased.
        """
        key = fold_key(word)
        if not word.isascii() or self._names.has_surname_ending(word):
            return True
        return self._names.is_listed(key)

    def _on_foreign_lines(self, text: str, unknown: list[re.Match[str]]) -> list[bool]:
        """Whether each word's line is written in another language, where an
        unknown word is mostly that language's ("bitte prüfen", "kanaal
        verlaten"). The words themselves count ("Testdaten bis Mittwoch"),
        so the answer is the line's: each line is read once."""
        by_line: dict[int, bool] = {}
        found: list[bool] = []
        for match in unknown:
            line_start = text.rfind("\n", 0, match.start()) + 1
            if line_start not in by_line:
                by_line[line_start] = is_foreign_line(
                    text, match.start(), match.end(), [], self._english
                )
            found.append(by_line[line_start])
        return found

    def _may_be_name_on_foreign_line(self, word: str) -> bool:
        """A census name or a surname's ending ("jürgen", "bergsveinsson"),
        not a function word of the line's language ("bis")."""
        key = fold_key(word)
        if key in foreign_function_words():
            return False
        return self._names.is_listed(key) or self._names.has_surname_ending(word)

    def _is_plain_unknown(self, word: str) -> bool:
        """An unknown word that is no tool and no jargon compound: two of
        them side by side are a name ("aroha ngata"), "nginx webhook" not."""
        key = fold_key(word)
        return key not in self._known and not is_compound(key, self._english)

    def _is_known(self, word: str) -> bool:
        key = fold_key(word)
        if not is_distinctive((key,)):
            return True
        return any(
            is_dictionary_word(candidate, self._english, DERIVED)
            for candidate in {key, word.lower()}
        )


def _one_space_apart(text: str, one: re.Match[str], other: re.Match[str]) -> bool:
    first, second = sorted((one, other), key=lambda m: m.start())
    return text[first.end() : second.start()] == " "


def _stands_alone_after_a_person_cue(text: str, word: re.Match[str]) -> bool:
    """Whether a word that brings a person in or a title stands right before
    ``word``, in capitals, and the phrase ends with it or goes on with a
    function word ("PAIR PROGRAMMING WITH MAARTJE", "REMINDER FOR LALEH:",
    "CHECK WITH HOSSEINI BEFORE"; not "TO ROTTERDAM DELAYED")."""
    start = word.start()
    return (
        _PERSON_CUE_BEFORE.search(text, max(0, start - _CUE_REACH), start) is not None
        and _PHRASE_END.match(text, word.end()) is not None
    )


def _in_capital_line(text: str, position: int) -> bool:
    """Whether the line around ``position`` has no lower-case letter."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : len(text) if end == -1 else end]
    return not any(char.islower() for char in line)


def _run_length(
    text: str, words: list[re.Match[str]], named: list[bool], index: int
) -> int:
    """How many of ``words`` around ``index`` stand one space apart, up to 3,
    when one of them may be a name.

    An apostrophe, a hyphen or a comma joins too ("O'DONNELL", where "O" is
    too short to be a word here; "QUENDARO, IVETTA").
    """
    count = 1
    has_name = named[index]
    for step in (-1, 1):
        other = index
        while 0 <= other + step < len(words) and count < _MAX_CAPITAL_RUN:
            first, second = sorted(
                (words[other], words[other + step]), key=lambda m: m.start()
            )
            gap = text[first.end() : second.start()]
            if gap not in (" ", ", ", "'", "\u2019", "-") and not re.fullmatch(
                r" [A-Z]['\u2019]", gap
            ):
                break
            count += 1
            other += step
            has_name = has_name or named[other]
    return count if has_name else 1


def _beside_a_name(
    text: str, words: list[re.Match[str]], named: list[bool], index: int
) -> bool:
    """Whether the word right before or after (one space apart) may be a name.

    "guðgeir bergsveinsson": the surname goes with the first name.
    """
    for other in (index - 1, index + 1):
        if 0 <= other < len(words) and named[other]:
            first, second = sorted(
                (words[index], words[other]), key=lambda m: m.start()
            )
            if text[first.end() : second.start()] == " ":
                return True
    return False


def _reads_as_english(words: list[re.Match[str]]) -> bool:
    """Whether English function words ("could", "you", "the") make up enough
    of the lower-case ``words`` (of three letters or more: Polish "do" and
    Finnish "on" are English too) for their text to be English with many
    names in it, rather than a language the foreign word lists do not hold
    or a log ("sudo: tmolefe", "for invalid user cron from")."""
    function_words = sum(match.group(0) in STOP_WORDS for match in words)
    return function_words >= _MIN_FUNCTION_WORD_SHARE * len(words)
