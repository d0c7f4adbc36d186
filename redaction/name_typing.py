"""Settles PERSON against ORGANIZATION and LOCATION for the analyzer's names.

The small English model often types people as organisations or places
("Søren Ødegård" as ORG) and takes a sentence's first verb into a name
("Call Ilse Vandermoortel" as one ORG). Each name span is checked against
the census gazetteer and the street, place and organisation words:

- other text is cut off a name span (``span_trims``: the next form
  label, a list's number as in "1.JANSEN/SJOERD", "I'm", a login's
  digits, everyday words read on in capitals), and leading everyday
  words ("Call", "The") are cut off a span when what is left reads as a
  person's name, and greeting words ("Hello") off a PERSON when only
  name words are left; not a census surname before a
  comma or a listed short one ("Do, Trang", "Ly Thu Thao");
- a span that reads as a person's name becomes PERSON;
- a PERSON span holding a street or place word becomes LOCATION, one
  holding an organisation word ("Orchestra", "Ltd") or a product's noun
  ("Luna Sofa", "Nova Tablet") ORGANIZATION, and
  one with no census name whose neighbours say so ("I am in Hirvli",
  "I work for Thinknum") too, and any name in a phrase no person stands
  in ("the corner of Maarit and Hersnapvej 75", ``name_context``);
- firms named after people become ORGANIZATION ("The Clark, Romero and
  Hall Orchestra", "Dudek of Lexisnexis", ``firm_names``);
- a surname or first name of a person found in the text is found again
  where it stands alone ("directed by Maciej Borkowski, starring Borkowski",
  ``name_repeats``);
- the name-like items of a list beside a found person are people too
  ("Attendees: Wlodarczyk, <person>", ``name_siblings``), and so are the
  name cells of a table column that holds one (``table_columns``), while
  the header of such a column ("Employee", "Nachname") is no name;
- a PERSON span is cut where it runs over a line break or a sentence's
  end ("Larissa. Absent", ``name_breaks``), and each piece is read again;
- a span that is only an Odoo label ("Vendor Bill", ``odoo_labels``) or
  lies in a product's display name ("[FURN_8855] Drawer",
  ``product_names``) is dropped;
- a PERSON span of dictionary words only, none a census name, is dropped
  ("Guilty Pleasures"), unless it stands where only a person can ("Hello
  Poppy,", ``recognizers.word_names``), takes a name's shape ("Baraka"
  signing, "Lakshmi B.", ``name_shapes``), follows a title ("Ms Zulu"),
  is written with accents on an English line ("Thaís": English writes
  none) or is one rare word in an English sentence ("Maja has left",
  ``prose_names``). The dictionary is the word index of spaCy's own
  lemmatizer (WordNet's nouns, verbs and adjectives). So is a span known
  to name no one (``no_names``: a date word, an order, foreign function
  words, greetings, a mail header's label, a job title);
- a name written surname first is one span ("Bergström, Ingrid",
  ``inverted_names``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from redaction.address_names import places_in_addresses
from redaction.common_words import is_distinctive
from redaction.connected_names import joined_across_particles
from redaction.firm_names import FirmNames
from redaction.folding import WORD, fold_key, folded_words, has_accents
from redaction.foreign_words import is_foreign_line
from redaction.inverted_names import joined_inverted_names
from redaction.name_breaks import NameBreaks
from redaction.name_context import NameContext, organisation_words
from redaction.name_edges import NameEdges
from redaction.name_gazetteer import NameGazetteer, census_gazetteer, short_surnames
from redaction.name_repeats import repeated_names
from redaction.name_shapes import has_a_name_shape
from redaction.name_siblings import NameSiblings
from redaction.name_titles import follows_a_title
from redaction.name_words import UnknownWords
from redaction.no_names import NoNames
from redaction.odoo_labels import OdooLabels
from redaction.package_data import read_string_list
from redaction.policy import default_allowed_terms, is_identifier
from redaction.product_names import ProductNames
from redaction.prose_names import is_capitalised_in_english_prose
from redaction.recognizers.word_names import word_name_frames
from redaction.span_edges import without_possessive
from redaction.span_trims import SpanTrims
from redaction.spans import EntitySpan
from redaction.table_columns import TableColumns
from redaction.word_forms import is_dictionary_word
from redaction.word_kinds import WordKinds

__all__ = ["NameTyper"]

_PERSON = "PERSON"
_ORGANIZATION = "ORGANIZATION"
_LOCATION = "LOCATION"
_GROUPS = "NRP"
_NAME_TYPES = frozenset({_PERSON, _ORGANIZATION, _LOCATION})
_MAX_LEADING_WORDS = 3
_CUT_CUES = frozenset({"ask", "meet", "ping", "invite", "tell", "remind", "workshop"})
# Titles that only a person bears; a royal or noble one names places too.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau"})
# "Hae-won" and "Ana-Sofia" are one name word, not two.
_HYPHENED_WORD = re.compile(r"[^\W_]+(?:-[^\W\d_]+)*")
_LOWER_CASE_AFTER = re.compile(r"[ \t]+(?=[^\W\d_])")
# A message header's person fields; in a table's header, places or dates.
_ADDRESS_FIELDS = frozenset({"from", "to", "cc", "bcc", "reply-to"})


def _is_initialled(words: Sequence[str], is_census: Callable[[str], bool]) -> bool:
    """Initials then a census name: "D. Baker", "S. T. Fisher"."""
    return (
        len(words) >= 2
        and all(len(word) == 1 and word.isupper() for word in words[:-1])
        and is_census(words[-1])
    )


def _is_header_cells(
    text: str, span: EntitySpan, headers: set[tuple[int, int]]
) -> bool:
    """Whether every word of ``span`` lies in a people column's header cell."""
    words = list(WORD.finditer(text, span.start, span.end))
    return bool(headers) and all(
        any(start <= word.start() and word.end() <= end for start, end in headers)
        for word in words
    )


def _is_code(text: str, span: EntitySpan) -> bool:
    """A product code or reference the model took for a name ("FURN_6666")."""
    return span.entity_type in _NAME_TYPES and is_identifier(
        text[span.start : span.end]
    )


class NameTyper:
    """Re-types and trims name spans; other spans pass through unchanged."""

    def __init__(
        self,
        gazetteer: NameGazetteer | None = None,
        english_words: frozenset[str] = frozenset(),
    ) -> None:
        self._names = gazetteer or census_gazetteer()
        self._context = NameContext()
        self._english = english_words
        self._places = frozenset(read_string_list("patterns.json", "place_words"))
        self._organisations = organisation_words()
        self._particles = frozenset(read_string_list("patterns.json", "name_particles"))
        self._short_surnames = short_surnames()
        self._code_name_words = folded_words("patterns.json", "code_name_words")
        self._greetings = frozenset(read_string_list("patterns.json", "greeting_words"))
        self._no_names = NoNames(self._names, english_words, self._greetings)
        self._unknown = UnknownWords(
            english_words, default_allowed_terms() | self._places | self._organisations
        )
        self._words = WordKinds(self._names, english_words, self._unknown)
        self._edges = NameEdges(self._names, english_words, self._unknown)
        self._siblings = NameSiblings(self._unknown, self._words.is_census_first_name)
        self._firms = FirmNames(self._names, self._organisations)
        headers = folded_words("patterns.json", "person_field_labels")
        self._trims = SpanTrims(
            self._names,
            english_words,
            headers | folded_words("patterns.json", "label_words"),
            self._particles,
            self._is_no_name,
        )
        self._columns = TableColumns(
            self._siblings.is_name,
            self._names.is_listed,  # under "Nachname", "Hoffmann" too
            headers - _ADDRESS_FIELDS,
            self._words.is_plain_in_a_name_column,
            self._particles,
        )
        self._breaks = NameBreaks(
            self._words.is_name_word,
            self._words.is_plain_or_common,
            self._names.is_listed,
        )
        self._labels = OdooLabels(self._words.is_plain_or_common)
        self._products = ProductNames(self._words.may_be_name)
        self._framed = word_name_frames()

    def settle(self, text: str, spans: Sequence[EntitySpan]) -> list[EntitySpan]:
        """The spans with names trimmed, re-typed and their repeats added."""
        framed = self._framed_names(text)
        settled = [
            self._typed_and_widened(text, without_possessive(text, span))
            if span.entity_type in _NAME_TYPES
            else span
            for span in (
                self._named_group(
                    text,
                    self._trims.trimmed(text, span),
                )
                for span in spans
            )
            if (
                (span.start, span.end) in framed or not self._is_plain_words(text, span)
            )
            and not self._is_no_name(text, span)
            and not _is_code(text, span)
        ]
        headers = self._columns.header_cells(text)
        settled = [
            piece
            for span in settled
            if span.entity_type not in _NAME_TYPES
            or not _is_header_cells(text, span, headers)
            for piece in self._broken(text, span)
            if not self._labels.is_label(text, piece)
            and not self._products.is_product(text, piece)
        ]
        settled = places_in_addresses(text, settled, self._names.is_first_name)
        settled += [
            sibling
            for sibling in self._siblings.find(text, settled)
            if not self._is_no_name(text, sibling)
        ]
        settled += self._columns.find(text, settled)
        settled = self._firms.retype(text, settled)
        settled = joined_inverted_names(text, settled, self._names.is_first_name)
        settled = joined_across_particles(text, settled, self._words.may_be_surname)
        return settled + repeated_names(text, settled, self._names, self._english)

    def _typed_and_widened(self, text: str, span: EntitySpan) -> EntitySpan:
        """The span typed, then widened; typed again when it grew to the
        right, where a firm's word may now follow ("Al-Masri" widened to
        "Al-Masri-Kendrick", before "Associates")."""
        typed = self._settled(text, span)
        widened = self._edges.widen(text, typed)
        if widened.end > typed.end and widened.entity_type == _PERSON:
            return self._settled(text, widened)
        return widened

    def _framed_names(self, text: str) -> set[tuple[int, int]]:
        """Where a lone name stands in a person's frame ("Hello Poppy,")."""
        if not self._english:
            return set()
        return {
            (start, end) for _, start, end in self._framed.spans(text, self._english)
        }

    def _broken(self, text: str, span: EntitySpan) -> list[EntitySpan]:
        """A PERSON cut at line breaks and sentence ends (``name_breaks``).

        Each piece is settled again (leading everyday words cut). A piece
        of only dictionary or common words ("Absent", "What") is no name,
        and is dropped; so is one of dictionary words, census
        surnames among them, that opens a sentence going on in lower case
        ("Good" in "Good morning Ngozi"), and a date word ("since Thu. I").
        """
        pieces = self._breaks.split(text, span)
        if len(pieces) == 1:
            return pieces
        return [
            settled
            for piece in pieces
            if not self._is_no_name_piece(text, piece)
            and not self._is_no_name_piece(text, settled := self._settled(text, piece))
            and not self._is_no_name(text, settled)
        ]

    def _is_no_name_piece(self, text: str, piece: EntitySpan) -> bool:
        words = WORD.findall(text, piece.start, piece.end)
        if _is_initialled(words, self._names.is_listed):
            return False  # "D. Baker", "M. Xu": short or common, still names
        if not is_distinctive(tuple(fold_key(word) for word in words)):
            return True
        if self._is_plain_words(text, piece):
            return True
        return (
            _goes_on_in_lower_case(text, piece.end)
            and bool(words)
            and all(
                fold_key(word) not in self._names.first_names
                and is_dictionary_word(fold_key(word), self._english)
                for word in words
            )
        )

    def _named_group(self, text: str, span: EntitySpan) -> EntitySpan:
        """A group (NRP) span made of names, as a PERSON.

        Nationalities and groups are dictionary words ("Belgian",
        "Catholics"); the model also calls unfamiliar names a group
        ("Hamza Darwish", "Florian").
        """
        if span.entity_type != _GROUPS:
            return span
        words = WORD.findall(text, span.start, span.end)
        if words and all(self._words.is_name_word(word) for word in words):
            return replace(span, entity_type=_PERSON)
        return span

    def _settled(self, text: str, span: EntitySpan) -> EntitySpan:
        decided = self._context.decisive_type(text, span)
        if decided is not None:
            return span.retyped(decided)
        words = list(_HYPHENED_WORD.finditer(text, span.start, span.end))
        person_from: int | None = None
        # A place that opens with a number is an address ("37121 Verona"):
        # its town may be a first name too, but the postcode is no word to
        # cut. At most a few leading words are cut ("Call", "The"): a long
        # run of everyday words must not cost quadratic time.
        is_address = (
            span.entity_type == _LOCATION
            and bool(words)
            and words[0].group(0)[0].isdigit()
        )
        for first in range(0 if is_address else min(len(words), _MAX_LEADING_WORDS)):
            if self._is_person(words[first:]) or self._is_greeted(span, words, first):
                person_from = first
            if self._is_leading_surname(text, words[first]) or (
                not self._is_cut_word(words[first].group(0))
                and fold_key(words[first].group(0)) not in self._greetings
            ):
                break
        if person_from is not None:
            start = words[person_from].start() if person_from else span.start
            return replace(span.retyped(_PERSON), start=start)
        keys = {fold_key(word.group(0)) for word in words}
        if span.entity_type == _PERSON and (
            keys & self._places or any(w.group(0).isdigit() for w in words)
        ):
            return span.retyped(_LOCATION)
        # An organisation word counts on the span's first line only: the next
        # may hold the firm under a signature ("Thibault Brinkhorst\nTalvenor
        # Engineering"), and the name breaks cut the span there.
        line_end = text.find("\n", span.start, span.end)
        first_line = {
            fold_key(word.group(0))
            for word in words
            if line_end < 0 or word.start() < line_end
        }
        if first_line & self._organisations and not keys & self._places:
            return span.retyped(_ORGANIZATION)
        if span.entity_type == _PERSON:
            typed = self._context.entity_type(text, span)
            if typed is not None:
                return span.retyped(typed)
        return span

    def _is_no_name(self, text: str, span: EntitySpan) -> bool:
        return self._no_names.is_no_name(text, span)

    def _is_leading_surname(self, text: str, word: re.Match[str]) -> bool:
        """A census surname before a comma ("Do, Trang") or a listed short
        one ("Ly Thu Thao"): the name's first word, not a word to cut."""
        key = fold_key(word.group(0))
        if key in self._short_surnames:
            return True
        return self._names.is_surname(key) and text[word.end() : word.end() + 1] == ","

    def _is_cut_word(self, word: str) -> bool:
        """A word cut off the front of a name: a common word ("Call", "The")
        or a cue ("Ask", "Ping"), not a census first name ("Grace Martin")
        nor a rarer dictionary word that is a given name too ("Maja",
        "Sander", "Aditya")."""
        key = fold_key(word)
        return (
            self._words.is_everyday(word)
            and key not in self._names.first_names  # "Grace Martin" keeps Grace
            and key not in self._code_name_words  # "Project Magnolia"
            and (not is_distinctive((key,)) or key in _CUT_CUES)
        )

    def _is_greeted(
        self, span: EntitySpan, words: Sequence[re.Match[str]], first: int
    ) -> bool:
        """Whether a PERSON opens with greeting words before name words only.

        "Hello Bartholomew" is Bartholomew, as "Call Ilse" is Ilse.
        """
        return (
            first > 0
            and span.entity_type == _PERSON
            and all(fold_key(w.group(0)) in self._greetings for w in words[:first])
            and all(self._words.is_name_word(w.group(0)) for w in words[first:])
        )

    def _is_plain_words(self, text: str, span: EntitySpan) -> bool:
        """Whether a PERSON span is only dictionary words, none of them a name.

        "Guilty Pleasures", "Salesperson" and "Discipline" are no people;
        "Rose Brown" is (Brown is a census surname), and so is a lone word no
        everyday use has, capitalised inside an English sentence ("Maja").
        """
        if span.entity_type != _PERSON or not self._english:
            return False
        if text[span.start - 1 : span.start] == "@" or has_a_name_shape(text, span):
            return False  # a mention ("@maja"), decided; a name's shape ("Baraka")
        if follows_a_title(text, span.start):
            return False  # "Ms Zulu", "Dr. Sky"
        words = WORD.findall(text, span.start, span.end)
        if has_accents(text[span.start : span.end]) and not is_foreign_line(
            text, span.start, span.end, [fold_key(w) for w in words], self._english
        ):
            return False  # English writes no accents: "Thaís" is no "Thais"
        if _is_initialled(words, self._words.is_rare_word):
            return False  # "C. Delacroix": the dictionary knows a painter
        if (
            len(words) == 1
            and self._words.is_rare_word(words[0])
            and is_capitalised_in_english_prose(text, span, self._english)
        ):
            return False  # "now that Maja has left" (``prose_names``)
        return bool(words) and all(self._words.is_plain_word(word) for word in words)

    def _is_korean_surname(self, texts: Sequence[str], index: int) -> bool:
        """A Korean family name after a given name of two syllables ("Hae-won
        Park") or before one or its first syllable ("Park Jae-sung", "Park
        Jae" as found): a person, not a park."""
        if index:
            return self._names.is_korean_surname_after(texts[index - 1], texts[index])
        return len(texts) > 1 and self._names.is_korean_surname_before(
            texts[0], texts[1]
        )

    def _is_person(self, words: Sequence[re.Match[str]]) -> bool:
        """Capitalised words, no place or organisation word (but "Park" after
        "Hae-won"), and a name signal."""
        if not words:
            return False
        keys = [fold_key(word.group(0)) for word in words]
        texts = [word.group(0) for word in words]
        if any(
            (key in self._places or key in self._organisations)
            and not self._is_korean_surname(texts, index)
            for index, key in enumerate(keys)
        ):
            return False
        if not all(
            t[0].isupper() or k in self._particles
            for t, k in zip(texts, keys, strict=True)
        ):
            return False
        if any(char.isdigit() for t in texts for char in t):
            return False
        if len(texts) > 1 and keys[0] in _HONORIFICS:
            return self._names.is_surname(keys[1])  # "Mrs Young"; not "Prince George"
        return (
            self._names.is_first_name(texts[0])
            or any(self._names.has_surname_ending(t) for t in texts)
            or self._is_korean_surname(texts, 0)
        )


def _goes_on_in_lower_case(text: str, end: int) -> bool:
    """Whether a lower-case word follows ``end`` on the same line."""
    space = _LOWER_CASE_AFTER.match(text, end)
    return space is not None and text[space.end()].islower()
