"""Names of firms that read as people: surname lists and "<person> of <firm>".

Firms are often named after people. These shapes give them away:

- a list of three or more single capitalised words ("Clark, Romero and
  Hall") opened by "The", closed by an organisation word ("... Orchestra",
  "... LLP"), followed by a singular "is", "was" or "has", standing alone
  on its line (a letterhead) or after "work for", "address of", "joined",
  "payment from", "worked with", "Supplier:"..., or before the firm's
  premises or accounts ("Procházka and Kimaro's new warehouse", "the
  Carvalho and Girard shop"), or in brackets after a found person ("Dr.
  Akinola (Le and Ortega)"): a list of people would take "are" and come
  with first names. Two such words ("Rostami and Okeke", "Moreau and
  Jung") count in the same frames when the first is no census first
  name, and any two before a singular verb ("Kendrick and Young has
  opened"). So does a list whose last word is an organisation word
  ("Fisher, Kask and Partners", "Petrović & Sons");
- names joined by "&" or "+" with no census first name ("Stokes &
  Mäkinen", "Boateng+Sokolov Architects"), in
  any frame, unless a place is among them. A list that a found name runs
  into ("Prof. Chaiyawan, Sigurðsson & Obi") is left alone: a person may
  come before the firm;
- one word before a product's noun ("Atlas label printer"), or a name
  after a determiner ("The Propublica office", "our Haddad
  account"): people's names take none, unless a family follows ("the
  Hernandez family"). A census first name alone counts only when two
  lower-case words follow, as a thing's name does ("the Mira air
  purifier", not "the Megan Smith case");
- the word or two right after a found person and "of", "from" or "at"
  ("Rościsław Dudek of Lexisnexis", "Tom I. Holzman from Predilytics"),
  when it holds no census first name: a person's employer or home town,
  not a second person;
- a name with no census first name after "address of", "joined",
  "payment from"... or before "its" ("support Slashdb in its mission"),
  or alone on the line under a found person (a signature's firm);
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

from redaction.folding import WORD, fold_key
from redaction.name_context import product_words
from redaction.name_gazetteer import NameGazetteer
from redaction.package_data import read_string_list
from redaction.recognizers.pattern_data import particle_alternation
from redaction.span_edges import without_possessive
from redaction.spans import EntitySpan, filled_line

__all__ = ["FirmNames"]

_PERSON = "PERSON"
_ORGANIZATION = "ORGANIZATION"
# A surname, maybe after particles ("De Luca", "dela Cruz", "van der Berg").
_ITEM = (
    rf"(?:(?i:{particle_alternation('connecting')})[ ]+)*"
    r"[A-ZÀ-ÖØ-ÞĀ-ɏ][^\W\d_]+(?:['\u2019-][^\W\d_]+)*"
)
_SURNAME_LIST = re.compile(
    rf"(?<![\w'\u2019-])(?P<the>The[ ]+)?{_ITEM}(?P<more>(?:,[ ]+{_ITEM}){{1,6}},?)?"
    rf"(?:[ ]+(?P<joint>and|&)[ ]+|[ ]?(?P<plus>\+)[ ]?)"
    rf"(?P<last>{_ITEM})(?![\w'\u2019-])"
)
_SINGULAR_VERB = re.compile(r"[ ]+(?:is|was|has|says|paid|runs|opened)\b")
# "Procházka and Kimaro's new warehouse", "the Carvalho and Girard shop": a
# firm's premises or accounts.
_PREMISES_AFTER = re.compile(
    r"[ ]+(?:new[ ]+)?(?:warehouse|office|offices|shop|store|premises"
    r"|branch|invoice|invoices|account|website|headquarters|factory"
    r"|audit|contract|order|quote|tender)\b"
    r"|,[ ]+c/o\b"
)
_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t>*-]*\Z")
# The line may end with the firm's town ("Moradi and Zhao, Salzburg").
_LINE_AFTER = re.compile(r"(?:,[ ]+[^\W\d_][^\n,]{0,30})?[ \t]*(?:\n|\Z)")
_FIRM_CUE_BEFORE = re.compile(
    r"(?i:\b(?:work|works|worked|working)[ ]+(?:for|at)|\baddress[ ]+of|"
    r"\b(?:joined|joining|founded|acquired[ ]+by|merchant|(?:quotes?|invoices?|"
    r"payments?|remittance)[ ]+from|supplier|vendor|creditor|bank(?:[ ]+of)?|"
    r"carrier|competitor|legal[ ]+name|hotel|"
    r"organi[sz]ation|company|firm|client)[ ]*[:=]?)[ ]+\Z"
)
# "has worked with Tóth and Novák since 2012": two names after it are a
# firm's (one name may be a colleague's: "worked with Mrs Young").
# A mail's subject ("re: Matsumoto and Ly --") and a place one is at ("project
# lead at Ngo and Kamau") name firms too.
_PAIR_CUE_BEFORE = re.compile(
    r"(?i:\b(?:work|works|worked|working)[ ]+with|(?:^|\n)[ \t]*re:|\bat"
    r"|\bon[ ]+behalf[ ]+of|\b(?:payer|payee|beneficiary|bank)[ ]*:)[ ]+\Z"
)
# Listed after a firm: "Lindemann & Co. and Dubois and Nasser", "Shelby
# Freight Ltd / Nowak and Khumalo".
_LISTED_AFTER = re.compile(r"\.?(?:,|,?[ ]+and|[ ]+/)[ ]+\Z")
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
_FOLLOWING_WORD = re.compile(r"[ ]+([^\W\d_]+)")
_OF_PERSON = re.compile(r"[ ]+(?:of|from|at)[ ]+\Z")
_LINK_REACH = 8
_LOCATION = "LOCATION"
_NAME_TYPES = frozenset({_PERSON, _ORGANIZATION})
_LIST_TYPES = _NAME_TYPES | {_LOCATION}


def _is_employer_in_brackets(
    text: str, match: re.Match[str], people_ends: set[int]
) -> bool:
    """Names in brackets right after a found person: the person's firm ("Dr.
    Akinola (Le and Ortega)")."""
    start, end = match.start(), match.end()
    return (
        text[start - 2 : start] == " ("
        and text[end : end + 1] == ")"
        and start - 2 in people_ends
    )


def _as_one_firm(spans: list[EntitySpan], start: int, end: int) -> list[EntitySpan]:
    """The name spans inside ``[start, end)`` replaced by one firm over it."""
    inside = [
        span
        for span in spans
        if span.entity_type in _LIST_TYPES and start < span.end and span.start < end
    ]
    if not inside:
        return spans
    firm = replace(
        max(inside, key=lambda span: span.score),
        entity_type=_ORGANIZATION,
        start=min(start, *(span.start for span in inside)),
        end=max(end, *(span.end for span in inside)),
        canonical=None,
        was_person=any(s.was_person or s.entity_type == _PERSON for s in inside),
    )
    return [span for span in spans if span not in inside] + [firm]


def _legal_form_pattern() -> re.Pattern[str]:
    """The legal forms as written, or in capitals ("S.P.A."), as whole words."""
    forms = set(read_string_list("names.json", "legal_forms"))
    forms |= {form.upper() for form in forms}
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?![^\W_])")


class FirmNames:
    """Retypes the PERSON spans that name firms."""

    def __init__(
        self, gazetteer: NameGazetteer, organisation_words: frozenset[str]
    ) -> None:
        self._names = gazetteer
        self._organisations = organisation_words
        self._products = product_words()
        self._legal_form = _legal_form_pattern()

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
        for start, end in self._surname_lists(text, spans):
            retyped = _as_one_firm(retyped, start, end)
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

    def _surname_lists(
        self, text: str, spans: Sequence[EntitySpan]
    ) -> list[tuple[int, int]]:
        """Where lists of surnames name firms.

        A list that is no firm is read again from its second word ("Perera
        Holdings and Mayhew and Tessema runs"); one a found name runs into,
        from that name's end ("Prof. Chaiyawan, Sigurðsson, Saputra & Obi"):
        a person may come before the firm.
        """
        found: list[tuple[int, int]] = []
        places = [s for s in spans if s.entity_type == _LOCATION]
        people_ends = {s.end for s in spans if s.entity_type == _PERSON}
        firm_ends = {s.end for s in spans if s.entity_type == _ORGANIZATION}
        position = 0
        while match := _SURNAME_LIST.search(text, position):
            runs_in = [s.end for s in spans if s.start < match.start() < s.end]
            if runs_in:
                position = max(runs_in)
                continue
            firm = self._firm_of_list(text, match, places, people_ends, firm_ends)
            if firm is None:
                position = match.start() + 1
                continue
            found.append(firm)
            firm_ends.add(firm[1])
            position = match.end()
        return found

    def _firm_of_list(
        self,
        text: str,
        match: re.Match[str],
        places: Sequence[EntitySpan],
        people_ends: set[int],
        firm_ends: set[int],
    ) -> tuple[int, int] | None:
        """Where the list ``match`` names a firm, or None when it names none."""
        if self._is_ampersand_firm(text, match, places):
            return match.start(), match.end()
        # Before a singular verb any two names are a firm ("Kendrick and
        # Young has opened"), and before a legal form any two that do not
        # end in a first name ("Preston and Oyelaran AB"; not "Tom and Ann
        # AB testing").
        is_singular = _SINGULAR_VERB.match(text, match.end()) is not None or (
            text[match.end() : match.end() + 1] == " "
            and self._legal_form.match(text, match.end() + 1) is not None
            and not self._names.is_first_name(match.group("last"))
        )
        is_pair = match.group("more") is None
        if is_pair and not is_singular and not self._is_pair_of_surnames(text, match):
            return None
        following = _FOLLOWING_WORD.match(text, match.end())
        before = text[max(0, match.start() - _CUE_REACH) : match.start()]
        listed = _LISTED_AFTER.search(before)
        is_firm = (
            match.group("the") is not None
            or is_singular
            or _PREMISES_AFTER.match(text, match.end()) is not None
            or _is_employer_in_brackets(text, match, people_ends)
            or _FIRM_CUE_BEFORE.search(before) is not None
            or _PAIR_CUE_BEFORE.search(before) is not None
            or (
                listed is not None
                and match.start() - len(before) + listed.start() in firm_ends
            )
            or (
                _LINE_BEFORE.search(before) is not None
                and _LINE_AFTER.match(text, match.end()) is not None
            )
            or (
                following is not None
                and fold_key(following.group(1)) in self._organisations
            )
            or fold_key(match.group("last")) in self._organisations
        )
        if not is_firm:
            return None
        start = match.end("the") if match.group("the") else match.start()
        # "Kimaro's": the possessive is no part of the firm's name.
        firm = without_possessive(
            text, EntitySpan(_ORGANIZATION, start, match.end(), 0.0)
        )
        return firm.start, firm.end

    def _is_ampersand_firm(
        self, text: str, match: re.Match[str], places: Sequence[EntitySpan]
    ) -> bool:
        """Names joined by "&" or "+" with no census first name ("Stokes &
        Mäkinen", "Okafor, Zhou & Jovanović"): a firm wherever it stands.
        People so joined go by first names ("Tom & Ann"); places ("Ghent &
        Bruges") are left alone."""
        return (
            (match.group("joint") == "&" or match.group("plus") is not None)
            and match.group("the") is None
            and self._has_surname_ends(text, match)
            and not any(
                place.start < match.end() and match.start() < place.end
                for place in places
            )
        )

    def _has_surname_ends(self, text: str, match: re.Match[str]) -> bool:
        """No census first name in the list, or, in a list of three or more,
        none at either end ("Kuznetsov, Shin & Morales")."""
        if match.group("more") is None:
            return not self._has_first_name(text, match.start(), match.end())
        first = WORD.match(text, match.start())
        return not (
            (first is not None and self._names.is_first_name(first.group(0)))
            or self._has_first_name(text, match.start("last"), match.end("last"))
        )

    def _is_pair_of_surnames(self, text: str, match: re.Match[str]) -> bool:
        """Two names ("Rostami and Okeke"), the first no census first name
        ("Moreau and Jung"; not "Tom and Jung"), not opened by "The" ("The
        Clark and Hall meeting": two people's). Before a singular verb any
        two names are a firm ("Kendrick and Young has opened")."""
        if match.group("the"):
            return False
        first = WORD.match(text, match.start())
        return first is not None and not self._names.is_first_name(first.group(0))

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
        if self._has_first_name(text, span.start, span.end):
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
            _FIRM_CUE_BEFORE.search(before) is not None
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

    def _has_first_name(self, text: str, start: int, end: int) -> bool:
        return any(
            self._names.is_first_name(word) for word in WORD.findall(text, start, end)
        )

    def _follows_person(
        self, text: str, span: EntitySpan, people_ends: set[int]
    ) -> bool:
        """Right after "<person> of|from|at"."""
        link = _OF_PERSON.search(text, max(0, span.start - _LINK_REACH), span.start)
        return link is not None and link.start() in people_ends
