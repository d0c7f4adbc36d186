"""Lists of surnames that name a firm ("Clark, Romero and Hall", "Stokes &
Mäkinen", "Kendrick and Young has opened").

A list of three or more single capitalised words (surnames, maybe with
particles: "De Luca", "dela Cruz") is a firm when "The" opens it, an
organisation word or a legal form closes or follows it, a singular verb
follows ("is", "has", "paid"), it stands alone on its line (a
letterhead), or a firm's cue stands before it ("work for", "address of",
"joined", "payment from", "Supplier:"). Two names count in those frames
when the first is no census first name ("Moreau and Jung"), and in more:
before a firm's premises or business ("Procházka and Kimaro's new
warehouse", "the Tessema and Zając audit", ", c/o"), after "worked with",
"at", "re:", "on behalf of" or "Payee:", in brackets after a found person
("Dr. Akinola (Le and Ortega)"), or listed after another firm
("Lindemann & Co. and Dubois and Nasser"); before a singular verb any two,
and before a legal form any two not ending in a first name ("Preston and
Oyelaran AB"). Names joined by "&" or "+" are a firm wherever they stand
when no census first name is among them, or, in a list of three or more,
at either end ("Kuznetsov, Shin & Morales"); places so joined are not. A
list that is no firm is read again from its next name; one a found name
runs into, from that name's end ("Prof. Chaiyawan, Sigurðsson & Obi"): a
person may come before the firm. ``as_one_firm`` makes one firm span of
the names a list covers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from redaction.folding import WORD, fold_key
from redaction.name_gazetteer import NameGazetteer
from redaction.package_data import read_string_list
from redaction.recognizers.pattern_data import particle_alternation
from redaction.span_edges import without_possessive
from redaction.spans import EntitySpan

__all__ = [
    "FIRM_CUE_BEFORE",
    "SurnameLists",
    "as_one_firm",
    "has_first_name",
    "legal_form_pattern",
]

_PERSON = "PERSON"
_ORGANIZATION = "ORGANIZATION"
_LOCATION = "LOCATION"
_LIST_TYPES = frozenset({_PERSON, _ORGANIZATION, _LOCATION})
_CUE_REACH = 24
_FOLLOWING_WORD = re.compile(r"[ ]+([^\W\d_]+)")
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
FIRM_CUE_BEFORE = re.compile(
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


def as_one_firm(spans: list[EntitySpan], start: int, end: int) -> list[EntitySpan]:
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


@cache
def legal_form_pattern() -> re.Pattern[str]:
    """The legal forms as written, or in capitals ("S.P.A."), as whole words."""
    forms = set(read_string_list("names.json", "legal_forms"))
    forms |= {form.upper() for form in forms}
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?![^\W_])")


def has_first_name(names: NameGazetteer, text: str, start: int, end: int) -> bool:
    """Whether a word of ``text[start:end]`` is a census first name."""
    return any(names.is_first_name(word) for word in WORD.findall(text, start, end))


class SurnameLists:
    """Finds the lists of surnames that name firms."""

    def __init__(
        self, gazetteer: NameGazetteer, organisation_words: frozenset[str]
    ) -> None:
        self._names = gazetteer
        self._organisations = organisation_words
        self._legal_form = legal_form_pattern()

    def firms(self, text: str, spans: Sequence[EntitySpan]) -> list[tuple[int, int]]:
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
            or FIRM_CUE_BEFORE.search(before) is not None
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
            return not has_first_name(self._names, text, match.start(), match.end())
        first = WORD.match(text, match.start())
        return not (
            (first is not None and self._names.is_first_name(first.group(0)))
            or has_first_name(self._names, text, match.start("last"), match.end("last"))
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
