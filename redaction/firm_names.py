"""Names of firms that read as people: "<person> of <firm>", products, labels.

Firms are often named after people. Lists of surnames that name a firm
("Clark, Romero and Hall", "Stokes & Mäkinen") are found by
``firm_lists``; these shapes give a single name away:

- a counted name ("28 x Oscar paper shredder", "10 pcs Clara"), one
  joined by "&" to everyday words ("Warren Print & Pack"), or one a
  firm's role opens ("Competitor Velotrax");
- one word before a product's noun ("Atlas label printer"), or a name
  after a determiner ("The Propublica office", "our Haddad
  account"): people's names take none, unless a family follows ("the
  Hernandez family"). A census first name alone counts only when two
  lower-case words follow, as a thing's name does ("the Mira air
  purifier", not "the Megan Smith case"), or right before a product's
  noun ("Ophelia scanner"; not "Ask Ophelia ...");
- the word or two right after a found person and "of", "from" or "at"
  ("Rościsław Dudek of Lexisnexis", "Tom I. Holzman from Predilytics"),
  when it holds no census first name: a person's employer or home town,
  not a second person;
- a name with no census first name after "address of", "joined",
  "payment from", "Company =", "Legal name:"..., one word after "Ship
  to:", or before "its" ("support Slashdb in its mission"), or alone on
  the line under a found person (a signature's firm);
- a legal form at the end ("Castellan Logistique SARL", "Aurelia Mobili
  S.p.A.", "NORDLICHT AS"): no person's name ends in one. The span then
  takes in the whole form.

All of these retype PERSON spans to ORGANIZATION; the span remembers it was a
PERSON (``EntitySpan.was_person``), so wherever people are masked it stays
masked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from redaction.firm_lists import (
    FIRM_CUE_BEFORE,
    SurnameLists,
    as_one_firm,
    has_first_name,
    legal_form_pattern,
)
from redaction.folding import WORD, fold_key
from redaction.name_context import product_words
from redaction.name_gazetteer import NameGazetteer
from redaction.spans import EntitySpan, filled_line

__all__ = ["FirmNames"]

_PERSON = "PERSON"
_ORGANIZATION = "ORGANIZATION"
# A name one speaks to or of as a person ("Ask Ophelia", "Thanks Clara").
_ADDRESSED_BEFORE = re.compile(
    r"(?i:\b(?:ask|asked|tell|told|let|remind|email|e-mail|call|ping|thanks"
    r"|thank[ ]you|hi|hello|hey|dear|cc)[ ,]+)\Z"
)
# An addressee's label: one word after it with no first name is a firm's
# ("Ship to: Brightlane"; "Ship to: Holly Vanterpool" is a person).
_ADDRESSEE_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:ship|bill|invoice|issued|sold)[ ]+(?:from|to)[ ]*:?)[ ]+\Z"
)
# A firm's role read into the span: "Competitor Velotrax offered".
_FIRM_ROLE_OPENING = re.compile(
    r"(?i:competitor|supplier|vendor|carrier|manufacturer|distributor|reseller)"
    r"[ ]+[A-ZÀ-Þ]"
)
# "28 x Oscar paper shredder": things are counted, people are not.
_COUNTED_BEFORE = re.compile(r"\b\d+[ ]?(?:[x\u00d7]|(?i:pcs?|pieces|units))[ ]+\Z")
_DETERMINERS = "the|our|your|their|this|that"
_DETERMINER_BEFORE = re.compile(rf"(?i:\b(?:{_DETERMINERS}))[ ]+\Z")
# "the Mira air purifier": a thing called by a name; lower-case words follow.
# Two lower-case words after a name that name a thing ("office chair"), not a
# clause or a time ("the quote", "who works", "last week").
_THING_AFTER = re.compile(
    r"[ ]+(?!(?:the|a|an|to|and|or|is|was|who|that|last|next|this|for|of)\b)"
    r"[a-z]+[ ]+[a-z]+"
)
# A first name naming a thing: "the Hugo office chair", "a Nora standing desk".
_ARTICLE_BEFORE = re.compile(rf"(?i:\b(?:{_DETERMINERS}|a|an))[ ]+\Z")
_KIN_AFTER = re.compile(
    r"[ ]+(?i:family|household|kids|children|twins|brothers|sisters)\b"
)
_CUE_REACH = 24
# One or two lower-case words after a name, one of them a product's noun.
_PRODUCT_AFTER = re.compile(r"[ ]+([a-z]+)(?:[ ]+([a-z]+))?(?![\w-])")
_ITS_AFTER = re.compile(r"[^.!?\n]{0,40}?\bits\b")
_OF_PERSON = re.compile(r"[ ]+(?:of|from|at)[ ]+\Z")
_LINK_REACH = 8
_NAME_TYPES = frozenset({_PERSON, _ORGANIZATION})


class FirmNames:
    """Retypes the PERSON spans that name firms."""

    def __init__(
        self, gazetteer: NameGazetteer, organisation_words: frozenset[str]
    ) -> None:
        self._names = gazetteer
        self._organisations = organisation_words
        self._products = product_words()
        self._legal_form = legal_form_pattern()
        self._lists = SurnameLists(gazetteer, organisation_words)

    def retype(self, text: str, spans: Sequence[EntitySpan]) -> list[EntitySpan]:
        """``spans`` with the firms' PERSON spans typed ORGANIZATION.

        The names of a firm's surname list become one span over the list.
        """
        people_ends = {s.end for s in spans if s.entity_type == _PERSON}
        people_lines = {
            filled_line(text, s) for s in spans if s.entity_type == _PERSON
        } - {None}
        retyped = [
            self._with_legal_form(text, span)
            or (
                span.retyped(_ORGANIZATION)
                if span.entity_type == _PERSON
                and self._is_firm(text, span, people_ends, people_lines)
                else span
            )
            for span in spans
        ]
        for start, end in self._lists.firms(text, spans):
            retyped = as_one_firm(retyped, start, end)
        return retyped

    def _with_legal_form(self, text: str, span: EntitySpan) -> EntitySpan | None:
        """The span as a firm taking in the legal form that ends it, if one does.

        The form may start at any word of the span but its first ("Aurelia
        Mobili S.p" as found, "S.p.A." in the text) or right after it.
        """
        if span.entity_type not in _NAME_TYPES:
            return None
        words = list(WORD.finditer(text, span.start, span.end))
        starts = [word.start() for word in words[1:]]
        if words and text[span.end : span.end + 1] == " ":
            starts.append(span.end + 1)
        for start in starts:
            form = self._legal_form.match(text, start)
            if form is not None and form.end() >= span.end:
                return replace(span.retyped(_ORGANIZATION), end=form.end())
        return None

    def _is_firm(
        self,
        text: str,
        span: EntitySpan,
        people_ends: set[int],
        people_lines: set[tuple[int, int] | None],
    ) -> bool:
        """Whether a PERSON span names a firm by the words around it.

        A counted name ("28 x Oscar paper shredder"), one joined by "&" to
        words no first name is ("Warren Print & Pack") or one a firm's role
        opens ("Competitor Velotrax") is one whatever its words. Otherwise a
        name with a census first name is one only when it names a thing
        ("the Hugo office chair", "a Nora standing desk", "Ophelia scanner";
        not "Ask Ophelia phone ..."); the other frames hold no first name.
        """
        before = text[max(0, span.start - _CUE_REACH) : span.start]
        if (
            _COUNTED_BEFORE.search(before)
            or self._is_joined_with_things(text, span)
            or _FIRM_ROLE_OPENING.match(text, span.start, span.end)
        ):
            return True
        if has_first_name(self._names, text, span.start, span.end):
            if self._names_a_product(text, span, first_word_only=True):
                return _ADDRESSED_BEFORE.search(before) is None
            return (
                _ARTICLE_BEFORE.search(before) is not None
                and len(WORD.findall(text, span.start, span.end)) == 1
                and _THING_AFTER.match(text, span.end) is not None
            )
        return (
            self._follows_person(text, span, people_ends)
            or self._names_a_product(text, span)
            or self._follows_determiner(text, span)
            or self._follows_firm_cue(text, span)
            or self._is_line_under_a_person(text, span, people_lines)
        )

    def _is_joined_with_things(self, text: str, span: EntitySpan) -> bool:
        """An "&" in the span with a word no first name is ("Warren Print &
        Pack"); people so joined go by first names ("Tom & Megan")."""
        return "&" in text[span.start : span.end] and not all(
            self._names.is_first_name(word)
            for word in WORD.findall(text, span.start, span.end)
        )

    def _names_a_product(
        self, text: str, span: EntitySpan, *, first_word_only: bool = False
    ) -> bool:
        """One word before a product's noun, maybe a word between ("Atlas
        label printer", "Orion soil sensor"): a product line's name. A first
        name counts only right before the noun ("Ophelia scanner")."""
        after = _PRODUCT_AFTER.match(text, span.end)
        if after is None or len(WORD.findall(text, span.start, span.end)) != 1:
            return False
        nouns = after.groups()[:1] if first_word_only else after.groups()
        return any(
            word is not None and fold_key(word) in self._products for word in nouns
        )

    def _follows_determiner(self, text: str, span: EntitySpan) -> bool:
        """After "the", "our"... ("The Propublica office"), no family after."""
        before = text[max(0, span.start - _CUE_REACH) : span.start]
        return (
            _DETERMINER_BEFORE.search(before) is not None
            and _KIN_AFTER.match(text, span.end) is None
        )

    def _follows_firm_cue(self, text: str, span: EntitySpan) -> bool:
        """After "address of", "joined", "payment from"... ("The address of
        Evidera is"), one word after "Ship to:" or "Bill to:", or before
        "its" ("support Slashdb in its mission")."""
        before = text[max(0, span.start - _CUE_REACH) : span.start]
        is_one_word = len(WORD.findall(text, span.start, span.end)) == 1
        return (
            FIRM_CUE_BEFORE.search(before) is not None
            or (is_one_word and _ADDRESSEE_LABEL_BEFORE.search(before) is not None)
            or _ITS_AFTER.match(text, span.end) is not None
        )

    def _is_line_under_a_person(
        self, text: str, span: EntitySpan, people_lines: set[tuple[int, int] | None]
    ) -> bool:
        """A whole line right under a line that is a found person: the firm
        in a signature ("> Lina Artemova\n> Irecycle")."""
        line = filled_line(text, span)
        if line is None or line[0] < 2:
            return False
        previous_end = line[0] - 1
        previous_start = text.rfind("\n", 0, previous_end) + 1
        return (previous_start, previous_end) in people_lines

    def _follows_person(
        self, text: str, span: EntitySpan, people_ends: set[int]
    ) -> bool:
        """Right after "<person> of|from|at"."""
        link = _OF_PERSON.search(text, max(0, span.start - _LINK_REACH), span.start)
        return link is not None and link.start() in people_ends
