"""Titles, initials and census names beside a found name join it.

The model often finds "Holst" in "Dr. Jennifer Holst" or "Nolan" in "Lily
Nolan": the title tells the person's gender, and "Lily" is left readable
because it is also a flower. A PERSON span grows over the words around it
on the same line, one at a time:

- before it: a title ("Dr.", "Mrs"), an initial ("S", "S."; in lower case
  before a name so written, "x. zielinski", not the end of "e.g."), a
  name particle ("da", "van", "De", "Dos"; not "Der"), a capitalised
  census first name (one that is also an everyday word, like "Lily", only
  inside a sentence or after a label's colon: "In" and "So" are first
  names too), a census surname that is no dictionary word ("Dear" is a
  surname) or, not opening a sentence, a listed short one ("Do Văn
  Quang"; written with Vietnamese letters, opening one too: "Đỗ Thanh
  Hương"), or a capitalised word no dictionary or allowed term knows
  ("Freya Bergström") or, not opening a sentence, a word the dictionary
  has in one sense only ("Isolde", "Piers");
- after it: an initial ("B.", "v."), a capitalised census surname that is
  no dictionary word ("Holst Will handle it" keeps "Will"), an unknown
  capitalised word as before it, or in capitals after a name in capitals
  ("ROHAN RAGHUNATHAN'S", where a possessive ends the name), a particle
  glued to a capitalised surname ("Ines al-Farsi") or before one
  ("Sanjeev ten Brink", "Gonçalves das Neves"; not "das" before a German
  noun nor "do" before an English word; in lower case "da", "do", "dos",
  "bin" before a word no dictionary has: "gonçalves da cunha"), after a
  name in lower case a listed short surname no dictionary has ("haoran
  xu", "hoa võ") or a hyphenated or accented word no dictionary has
  ("javier quiroga-ruiz"), or a suffix ("Jr.", "PhD", "DDS"); after
  a name the model closed on a particle ("koen van de"), the next word,
  since no name ends so: capitalised, or in lower case after a name all
  in lower case ("Vos van de inkoop" stops), and no function word of
  another language, weekday or month ("pago de marzo"); a particle that
  no surname followed is left out again ("Raman do Monday");
- glued to it: the part of a hyphenated or elided name that the model
  left out ("Jan-Erik", "O'Donnell", "Dalia al-" closed on the hyphen
  before "Qahtani"), in lower case too when the name is
  written so ("jae-hyun lee"), and a lower-case handle's other part
  ("nkechi.adeyemi", "ravi_kumar").

A word followed by a comma or a full stop ends the name on that side
("Thanks, Nolan" keeps "Thanks").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from redaction.common_words import is_distinctive
from redaction.date_words import date_and_month_words
from redaction.english_words import everyday_words
from redaction.folding import fold_key, has_accents
from redaction.foreign_words import foreign_function_words
from redaction.german_nouns import is_german_noun
from redaction.name_gazetteer import NameGazetteer, short_surnames
from redaction.name_titles import name_titles
from redaction.name_words import UnknownWords
from redaction.package_data import read_string_list
from redaction.recognizers.pattern_data import particles
from redaction.span_edges import without_possessive
from redaction.spans import EntitySpan
from redaction.word_forms import is_dictionary_word

__all__ = ["NameEdges"]

_MAX_WORDS_ADDED = 3
_BEFORE = re.compile(r"(?P<word>[^\W\d_][\w'\u2019-]*\.?)[ ]+$")
_AFTER = re.compile(r"^,?[ ]+(?P<word>[^\W\d_][\w'\u2019-]*\.?)")
# A name part joined by a hyphen or an apostrophe: "Jan-" or "O'" before,
# "-Smith" after.
_GLUED_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-ZÀ-ÖØ-ÞĀ-ɏ][^\W\d_]*['\u2019-]\Z")
_GLUED_AFTER = re.compile(r"-[A-ZÀ-ÖØ-ÞĀ-ɏ][^\W\d_]*(?![\w'\u2019-])")
# The same parts in lower case, glued only to a name written in lower case;
# so is a handle's other part after "." or "_" ("nkechi.adeyemi", "m_okafor"),
# but not a host name's or an e-mail address's ("ravi.kumar@example.com").
_LOWER_GLUED_BEFORE = re.compile(r"(?<![\w'\u2019.-])[^\W\d_]+['\u2019._-]\Z")
_LOWER_GLUED_AFTER = re.compile(
    r"-[^\W\d_]+(?![\w'\u2019-])|[._][^\W\d_]+(?![\w'\u2019@-]|\.[^\W\d_])"
)
_GLUE_REACH = 24
_SYLLABLE_AFTER = re.compile(r"-([a-z]+)(?![\w'\u2019-])")
_GLUES = frozenset("-'\u2019")
# "đ", then the marks of "ă" (breve), "ơ" and "ư" (horn), a dot below, a hook above
_VIETNAMESE_MARKS = frozenset("\u0111\u0306\u031b\u0323\u0309")
_POSSESSIVE_END = re.compile(r"['\u2019][sS]\Z")
# Before a German noun "das" is an article ("Frau Schmidt das Angebot");
# "vom" and "zu" are German prepositions more often than particles ("Weber
# vom Vertrieb", "Schmidt zu Hause") and join no surname.
_GERMAN_ARTICLE = "das"
# "do" is an English word: it joins no English word ("Wrona do Zoom").
_ENGLISH_VERB = "do"
_LETTERS = re.compile(r"[^\W\d_]+")
_INITIAL_END = re.compile(r"(?:^|[ ])[A-Z]\.\Z")


class NameEdges:
    """Widens PERSON spans over the titles and names around them."""

    def __init__(
        self,
        gazetteer: NameGazetteer,
        english_words: frozenset[str] = frozenset(),
        unknown: UnknownWords | None = None,
    ) -> None:
        self._names = gazetteer
        self._english = english_words
        self._unknown = unknown or UnknownWords(english_words, ())
        self._titles = name_titles()
        self._suffixes = frozenset(read_string_list("names.json", "name_suffixes"))
        self._short_surnames = short_surnames()
        self._particles = frozenset(read_string_list("patterns.json", "name_particles"))
        # Particles that are a German or Spanish article when capitalised
        # ("Der Koch"); that open a surname ("ten Brink", "das Neves"); that
        # follow a name in lower case (Iberian and Arabic ones, no German or
        # Dutch preposition); and all that may stand in a name.
        self._articles = particles("articles")
        self._surname_particles = particles("opening_a_surname")
        self._lower_case_particles = particles("in_lower_case")
        self._all_particles = self._particles | self._surname_particles
        self._dates = date_and_month_words()

    def _with_second_syllable(self, text: str, start: int, end: int) -> int:
        """Where a Korean given name the model cut at its hyphen ends ("Park
        Jae" before "-sung"): both syllables listed."""
        second = _SYLLABLE_AFTER.match(text, end)
        last = text[start:end].rsplit(maxsplit=1)[-1] if end > start else ""
        syllables = self._names.given_name_syllables
        if (
            second
            and fold_key(second.group(1)) in syllables
            and fold_key(last) in syllables
        ):
            return second.end()
        return end

    def widen(self, text: str, span: EntitySpan) -> EntitySpan:
        """``span`` grown over the title and name words beside it."""
        if span.entity_type != "PERSON":
            return span
        start, end = _glued(text, span.start, span.end)
        end = self._with_second_syllable(text, start, end)
        for _ in range(_MAX_WORDS_ADDED):
            before = _BEFORE.search(text, max(0, start - 40), start)
            if before is None or not (
                self._joins_before(
                    before.group("word"), _opens_sentence(text, before.start("word"))
                )
                or self._is_capitals_surname(before.group("word"), text[start:end])
                or _is_lower_case_initial(text, before, text[start:end])
            ):
                break
            start = before.start("word")
        # A span the model closed on a comma ("Dell,") ends there.
        for _ in range(0 if text[end - 1 : end] in ",;" else _MAX_WORDS_ADDED):
            after = _AFTER.match(text[end : end + 40])
            if after is None or not (
                self._joins_after(after)
                or self._completes_particles(text[start:end], after)
                or self._is_lower_case_surname(text[start:end], after)
                or self._is_capitals_surname_after(text[start:end], after)
                or self._opens_a_particle_surname(text, start, end, after)
            ):
                break
            word = after.group("word")
            if self._ends_sentence(word):
                end += after.start("word") + len(word) - 1
                break
            end += after.end("word")
            if _POSSESSIVE_END.search(word):
                break  # "ROHAN RAGHUNATHAN'S ACCOUNTANT": the name ends there
        if _ends_in_initial(text, start, end):
            end += 1  # "Volker B." keeps its initial's dot
        end = self._without_hanging_particle(text, span.end, end)
        if (start, end) == (span.start, span.end):
            return span
        return without_possessive(text, replace(span, start=start, end=end))

    def _joins_before(self, word: str, opens_sentence: bool) -> bool:
        bare = word.rstrip(".")
        key = fold_key(bare)
        if key in self._titles or word in self._particles:
            return True
        if word.lower() in self._particles and word.lower() not in self._articles:
            return True  # "De Luca", "Dos Santos": capitalised, as names start
        if word.endswith(".") and len(bare) > 1:
            return False
        return bare[0].isupper() and (
            len(bare) == 1
            or self._is_first_name(key, opens_sentence)
            or (self._names.is_surname(key) and self._is_no_word(key))
            or self._is_short_surname(bare, opens_sentence)
            or self._unknown.is_name_like(bare)
            or (not opens_sentence and self._is_rare_word(bare))
        )

    def _is_short_surname(self, word: str, opens_sentence: bool) -> bool:
        """A listed short surname inside a sentence ("to Do Văn"), or one
        written with Vietnamese letters opening one ("Đỗ Thanh"; not the
        Portuguese "Há")."""
        return fold_key(word) in self._short_surnames and (
            not opens_sentence or _is_vietnamese(word)
        )

    def _is_capitals_surname(self, word: str, name: str) -> bool:
        """A census surname in capitals before a name in title case ("HUNT
        Sonny"): forms and rosters write the family name so."""
        return (
            len(word) > 1
            and word.isupper()
            and name[:1].isupper()
            and name[1:2].islower()
            and self._names.is_surname(fold_key(word))
        )

    def _is_first_name(self, key: str, opens_sentence: bool) -> bool:
        """A census first name; one that is also a word ("Lily") mid-sentence."""
        if key not in self._names.first_names:
            return False
        return is_distinctive((key,)) or not opens_sentence

    def _is_rare_word(self, word: str) -> bool:
        """A dictionary word of one sense only, no common, known or title
        word: a given name the dictionary holds ("Isolde", "Piers")."""
        key = fold_key(word)
        return (
            is_distinctive((key,))
            and key in self._english
            and key not in everyday_words(self._english)
            and key not in self._titles
            and not self._unknown.is_known(word)
        )

    def _is_no_word(self, key: str) -> bool:
        """Neither an everyday nor a dictionary word ("Dear", "Best" are)."""
        return is_distinctive((key,)) and key not in self._english

    def _joins_after(self, match: re.Match[str]) -> bool:
        bare = match.group("word").rstrip(".")
        key = fold_key(bare)
        if key in self._suffixes:
            return True
        if match.group(0).startswith(","):
            return False
        if len(bare) == 1:
            # "B" or "B." is an initial; "v." too, but not "a" or "I".
            return bare.isupper() or match.group("word").endswith(".")
        if self._is_particle_surname(bare):
            return True
        return bare[0].isupper() and (
            key in self._short_surnames  # "Mai Ly", "Dahye Oh"
            or (self._names.is_surname(key) and self._is_no_word(key))
            or self._unknown.is_name_like(bare)
        )

    def _is_lower_case_surname(self, name: str, match: re.Match[str]) -> bool:
        """After a name written in lower case, a listed short surname no
        dictionary has ("per haoran xu", "hoa võ"; not "do" or "an": "ask
        anna do it"), or a hyphenated or accented word no dictionary has
        ("francisco javier quiroga-ruiz", "thiago gonçalves")."""
        if match.group(0).startswith(",") or not name.islower():
            return False
        word = match.group("word")
        if fold_key(word) in self._short_surnames:
            return word not in self._english
        return (
            word.islower()
            and ("-" in word or has_accents(word))
            and self._unknown.is_name_like(word.title())
        )

    def _is_capitals_surname_after(self, name: str, match: re.Match[str]) -> bool:
        """After a name in capitals, a surname in capitals no dictionary has
        ("ROHAN RAGHUNATHAN'S"): in title case it reads as a name; after an
        initial, any census surname ("ROSE K. BLACK"). A sentence's full
        stop is no part of the word ("LIV FROST HERE.")."""
        word = (
            match.group("word").rstrip(".").removesuffix("'S").removesuffix("\u2019S")
        )
        if (
            match.group(0).startswith(",")
            or len(word) <= 2
            or not (name.isupper() and word.isupper())
        ):
            return False
        if _INITIAL_END.search(name):
            return self._names.is_surname(fold_key(word))
        return self._unknown.is_name_like(word.title()) and not is_dictionary_word(
            fold_key(word), self._english
        )  # not "ARRIVED"

    def _opens_a_particle_surname(
        self, text: str, start: int, end: int, match: re.Match[str]
    ) -> bool:
        """A particle that is no English, Dutch or German preposition or
        article, in lower case, before a capitalised surname ("Sanjeev ten
        Brink", "Gonçalo Gonçalves das Neves") or, after a name in lower
        case, before a word no dictionary has ("thiago gonçalves da cunha");
        the surname joins in the next step. Not "van", "di" or "der":
        "Leilani Ngata van Ostara Textiles", "@deepa der Kunde"."""
        if (
            match.group(0).startswith(",")
            or match.group("word") not in self._surname_particles
        ):
            return False
        particle = match.group("word")
        surname_at = end + match.end("word")
        surname = _AFTER.match(text[surname_at : surname_at + 40])
        if surname is None:
            return False
        word = surname.group("word")
        if word[:1].isupper():
            key = fold_key(word)
            if particle == _GERMAN_ARTICLE:
                return not is_german_noun(key)
            return particle != _ENGLISH_VERB or key not in self._english
        return (
            particle in self._lower_case_particles
            and text[start:end].islower()
            and word.islower()
            and self._unknown.is_name_like(word.title())
        )

    def _without_hanging_particle(self, text: str, found_end: int, end: int) -> int:
        """The end before a particle the span grew over but no surname
        followed ("Priya Raman do" before "Tuesday")."""
        if end <= found_end:
            return end
        last = text.rfind(" ", found_end, end)
        if last < 0 or text[last + 1 : end] not in self._all_particles:
            return end
        return found_end + len(text[found_end:last].rstrip(" "))

    def _is_particle_surname(self, word: str) -> bool:
        """A particle glued to a capitalised surname ("al-Farsi", "el-Sayed")."""
        particle, hyphen, rest = word.partition("-")
        return bool(hyphen) and particle in self._particles and rest[:1].isupper()

    def _completes_particles(self, name: str, match: re.Match[str]) -> bool:
        """Whether the word after ``name``, a name closed on a particle
        ("koen van de"), is its next part: a particle or the surname."""
        words = [fold_key(word) for word in name.split()]
        if (
            len(words) < 2
            or words[0] in self._particles
            or words[-1] not in self._all_particles
            or match.group(0).startswith(",")
        ):
            return False
        word = match.group("word")
        key = fold_key(word.rstrip("."))
        if key in self._particles:
            return True
        # "Mevrouw Vos van de inkoop", "Zsófia Le promised": a name written
        # with capitals goes on only with a capital.
        if not (word[:1].isupper() or name.islower()):
            return False
        return key not in foreign_function_words() and key not in self._dates

    def _ends_sentence(self, word: str) -> bool:
        """Whether the full stop after ``word`` ends a sentence ("Holst.")."""
        bare = word.rstrip(".")
        return (
            word.endswith(".")
            and len(bare) > 1
            and fold_key(bare) not in self._suffixes
        )


def _is_vietnamese(word: str) -> bool:
    """Whether ``word`` holds a letter only Vietnamese writes: "ă", "đ", "ơ",
    "ư", or a vowel with a dot below or a hook above."""
    marks = unicodedata.normalize("NFD", word.lower())
    return any(char in _VIETNAMESE_MARKS for char in marks)


def _is_lower_case_initial(text: str, before: re.Match[str], name: str) -> bool:
    """ "x. zielinski": an initial in lower case before a name so written;
    not the end of "e.g." or "i.e."."""
    word = before.group("word")
    start = before.start("word")
    return (
        len(word) == 2
        and word[0].islower()
        and word.endswith(".")
        and name.islower()
        and (start == 0 or text[start - 1] in " \t\n(")
    )


def _glued(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` grown over name parts glued on by "-" or "'"."""
    is_lower = text[start].islower()
    glued_before = _LOWER_GLUED_BEFORE if is_lower else _GLUED_BEFORE
    before = glued_before.search(text, max(0, start - _GLUE_REACH), start)
    if before is not None:
        start = before.start()
    if text[end - 1 : end] in _GLUES:
        end = _after_letters(text, end)  # the model stopped at "al-"
    glued_after = _LOWER_GLUED_AFTER if is_lower else _GLUED_AFTER
    after = glued_after.match(text, end, min(len(text), end + _GLUE_REACH))
    if after is not None:
        end = after.end()
    return start, end


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text, a line or a sentence."""
    index = start - 1
    while index >= 0 and text[index] in " \t":
        index -= 1
    # A label's colon ("Ship to: Holly Nolan") opens no sentence.
    return index < 0 or text[index] in ".!?;\n\"'(\u201c"


def _ends_in_initial(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in an initial whose dot follows."""
    words = text[start:end].split()
    last = words[-1] if words else ""
    return (
        len(words) > 1
        and len(last) == 1
        and last.isupper()
        and text[end : end + 1] == "."
    )


def _after_letters(text: str, end: int) -> int:
    """Where the letters that start at ``end`` stop."""
    letters = _LETTERS.match(text, end)
    return end if letters is None else letters.end()
