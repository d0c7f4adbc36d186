"""The words around a name that make it a place or an organisation.

The model and the unfamiliar-word rule read many places and companies as
people. Set phrases say which it is: "I am in Hirvli", "originally from
Eckenroth", "arrived at Lendava", "the corner of Alšova 408", a postcode
or "in" before it and a number after it ("12521 Belgrád rkp. 18", "in
Bjert 6091"), a street word after it ("Stensås terrasse") or a
capitalised one before it ("Cite Guedouala") make a place; "I work for Thinknum",
"Symcat Orchestra" and a legal form as written ("Nordavia AS", "Veltrano
GmbH"; the firm rules' list) make an organisation. Only set phrases count: a bare
"in", "via" or "new" stands next to people as often ("loop in Radomir").

The name typer asks only for a span with no sign of a person (a census
first name, a surname ending): a destination allowed to see places
unmasked must not be shown a person retyped by a guess. A few phrases
decide even for a census name (``decisive_type``): "the corner of Maarit
and Hersnapvej 75", a house number before and a street word after ("82
Zachary Cliffs"), and "Russell Investments is a design agency".
"""

from __future__ import annotations

import re
from functools import cache

from redaction.folding import fold_key
from redaction.package_data import read_string_list
from redaction.recognizers.pattern_data import pattern_setting, words
from redaction.spans import EntitySpan

__all__ = [
    "NameContext",
    "cities_named_like_people",
    "organisation_words",
    "product_words",
]

_REACH = 32
_CORNER_REACH = 80
_HOUSE_NUMBER_BEFORE = re.compile(r"(?<![\w.,/-])\d{1,5}[a-zA-Z]?[ ]+\Z")
_NEXT_WORD = re.compile(r"[ ]+([^\W\d_]+)")
_LAST_WORD = re.compile(r"([^\W_]+)\.?[ ]+\Z")
_POSSESSIVE = re.compile("['\u2019]s\\b")
_LAST_WORD_REACH = 24
_CUE_LAST_WORDS = frozenset(
    {"of", "from", "in", "to", "via", "between", "near", "and", "for", "by", "at"}
    | {"uss", "usns", "usnv", "uscgc", "mv", "hms", "rms", "hmcs", "hmas"}
    | {"branch:", "city:", "town:", "location:", "plant:", "site:", "venue:", "="}
)
_NUMBER_SOON = re.compile(r"[^\n]{0,12}?\d")
_CAPITALISED_NEXT = re.compile(r"[ ]+[A-Z]")
# "spoke to Victoria", "thanks from Florence": "to" and "from" stand before
# people as often; "in", "near", "via" and "at" rarely.
_CITY_CUES_BEFORE = frozenset(
    {"in", "near", "via", "at", "office", "warehouse", "room", "branch"}
)
_CITY_CUES_AFTER = frozenset(
    {"office", "offices", "warehouse", "warehouses", "airport", "branch"}
    | {"branches", "site", "sites", "depot", "depots", "plant", "store", "stores"}
    | {"hub", "campus", "showroom", "factory", "dispatch"}
)
_CONNECTORS = frozenset({"and", "&", "or", ","})
# "Charlotte and Austin warehouses": a city listed before another and a
# place's noun.
_LISTED_CITY_AFTER = re.compile(
    r"[ ]*(?:,|and|&|or)[ ]+(?P<city>[^\W\d_]+)[ ]+(?P<cue>[^\W\d_]+)"
)
_GRADE_WORDS = "Pro|Max|Mini|Plus|Ultra|Lite|Air"
_MODEL_GRADES = rf"{_GRADE_WORDS}|[A-Z]{{1,3}}"
_MODEL_THEN_NOUN = re.compile(
    rf"[ ]+(?P<model>[A-Z]{{0,3}}\d[\w-]*|{_MODEL_GRADES})[ ]+"
    r"(?P<noun>[^\W\d_]+)(?:[ ]+(?P<second>[^\W\d_]+))?"
)
# Read into the span, one capital is an initial ("Megan B"), not a grade.
_MODEL_GRADE = re.compile(rf"(?:{_GRADE_WORDS}|[A-Z]{{2,3}})\Z")
_PRODUCT_WORDS_AFTER = re.compile(r"[ ]+([a-z]+)(?:[ ]+([a-z]+))?")
# A lone digit may count the things ("order Ana 1 laptop").
_COUNT = re.compile(r"\d\Z")
# A model's code: capitals then digits ("TC52", "G54", "X1"); no reference
# of Odoo's ("SO1234", "INV/2026/0001" have more digits or a slash).
_MODEL_CODE_AFTER = re.compile(r"[ ]+[A-Z]{1,2}\d{1,3}[a-z]?(?![\w/-])")
# A building named after someone: "Victoria Works", "Castellano Tower".
_BUILDINGS = "Tower|Towers|Works|Building|Centre|Center|Plaza|Mews"
_BUILDING_AFTER = re.compile(rf"[ ]+(?:{_BUILDINGS})(?![\w-])")
_BUILDING_ENDING = re.compile(rf"[^\W\d_][ ]+(?:{_BUILDINGS})\Z")
# A hospital, school or foundation named after someone: "Rosalind Hart
# Memorial Hospital".
_INSTITUTION_AFTER = re.compile(
    r"(?:[ ]+[A-Z][\w'\u2019-]*){0,3}[ ]+(?:Memorial|Hospital|Clinic|School"
    r"|College|Academy|University|Institute|Foundation|Library|Museum)(?![\w-])"
)
# A journey's ends: "Adelaide → Gdańsk", "travel Chester - Lyon" (any dash).
_ARROW_AFTER = re.compile(r"[ ]*(?:\u2192|->)[ ]*[A-ZÀ-Þ]")
_ARROW_BEFORE = re.compile(r"[A-Za-zÀ-ÿ][ ]*(?:\u2192|->)[ ]*\Z")
_DASH_AFTER = re.compile(r"[ ]+[\u2013\u2014-][ ]+[A-ZÀ-Þ]")
_DASH_BEFORE = re.compile(r"[A-Za-zÀ-ÿ][ ]+[\u2013\u2014-][ ]+\Z")
_JOURNEY_ON_THE_LINE = re.compile(r"(?i:\b(?:travel|trip|route|drive|flight)\b)")
_FLIGHT_BEFORE = re.compile(r"\b[A-Z][A-Z0-9][ ]?\d{3,4}[ ]+\Z")
_ROUTE = re.compile(r"(?<![\w-])[A-Z][^\W\d_]+-[A-Z][^\W\d_]+(?![\w-])")
_ROUTE_REACH = 40
_LOOPED_IN = re.compile(
    r"(?i)\b(?:loop|looped|looping|keep|kept|bring|brought)[ ]+in[ ]+\Z"
)


@cache
def cities_named_like_people() -> frozenset[str]:
    """Cities whose names are also people's ("Charlotte", "Warren")."""
    return frozenset(read_string_list("names.json", "cities_named_like_people"))


@cache
def product_words() -> frozenset[str]:
    """A product's nouns ("printer", "docking station"'s "station")."""
    return frozenset(read_string_list("names.json", "product_words"))


def organisation_words() -> frozenset[str]:
    """Words that make a name a firm's or a brand's, no person's: organisation
    words ("Orchestra", "GmbH") and a product's noun ("Luna Sofa")."""
    return frozenset(read_string_list("names.json", "organisation_words")) | (
        product_words()
    )


class NameContext:
    """LOCATION or ORGANIZATION when a set phrase around the name says so."""

    def __init__(self) -> None:
        self._streets = frozenset(words("street_words_after"))
        self._streets_before = frozenset(words("street_words_before"))
        self._organisations = frozenset(
            read_string_list("names.json", "organisation_words")
        )
        self._legal_forms = frozenset(read_string_list("names.json", "legal_forms"))
        self._products = product_words()
        # Street words no surname is: "Close", "Allee", "Avenue" (not "Lane").
        self._street_names = (
            frozenset(words("street_words_after"))
            | {"close", "allee", "place", "way", "avenue"}
        ) - {"lane"}
        self._cities = cities_named_like_people()
        self._place_before = pattern_setting("place_cue_before")
        self._preposition = pattern_setting("place_preposition_before")
        self._organisation_before = pattern_setting("organisation_cue_before")
        self._organisation_after = pattern_setting("organisation_cue_after")
        self._place_decisive = pattern_setting("place_cue_decisive_before")
        self._place_decisive_after = pattern_setting("place_cue_decisive_after")
        # "delivery to Charlotte", "a 68-year-old from Victoria": decisive for
        # a city named like a person only (any name after a flight or a move
        # is a place: ``place_cue_decisive_before``).
        self._journey_to_city = pattern_setting("city_cue_journey_before")
        self._organisation_decisive = pattern_setting(
            "organisation_cue_decisive_before"
        )
        self._numbered_streets = frozenset(words("street_words_numbered"))
        self._street_then_number = pattern_setting("street_words_numbered_after")

    def decisive_type(self, text: str, span: EntitySpan) -> str | None:
        """The type a phrase gives ``span`` even when it reads as a person's name.

        Only phrases no person stands in: a street corner, "originally
        from", "born in", "University of", "a train to", "an office in", a
        postcode before it, a place label ("Bank branch:"), a building's
        word after it ("Victoria Works"), a journey's arrow or a travel
        line's dash beside a city ("Adelaide → Gdańsk"), a ship's prefix
        or a military postcode line after it, a house number with a street
        word after it or ending it ("24 Jawaharlal Nehru Marg"), a street
        word before it ("Avenida") or a street word and a number after it
        ("gate 41", "Oscars gate 218"); "works for" before it or
        "is a ... agency" after it; a model and a product's noun after it
        ("Luna 3 phone").
        """
        if _POSSESSIVE.match(text, span.end):
            return None
        start = max(0, span.start - _CORNER_REACH)
        # The phrases before a name all end in a few words or a postcode: a
        # cheap look at the last one spares most spans the search.
        may_follow_cue = _may_end_a_cue(text, span.start)
        if (
            self._organisation_after.match(text, span.end)
            or self._is_product_line(text, span)
            or _INSTITUTION_AFTER.match(text, span.end)
        ) or (
            may_follow_cue
            and self._organisation_decisive.search(text, start, span.start)
        ):
            return "ORGANIZATION"
        if (
            may_follow_cue and self._place_decisive.search(text, start, span.start)
        ) or self._place_decisive_after.match(text, span.end):
            return "LOCATION"
        if (
            self._is_city(text, span)
            or _is_flight_route(text, span)
            or _BUILDING_AFTER.match(text, span.end)
            or self._is_named_street(text, span)
            or _BUILDING_ENDING.search(text, span.start, span.end)
            or self._is_journey_end(text, span)
        ):
            return "LOCATION"
        after = _word_after(text, span)
        before = text[max(0, span.start - 8) : span.start]
        last_word = text[span.start : span.end].rsplit(maxsplit=1)[-1]
        if (
            after in self._numbered_streets
            or (
                span.end - span.start > len(last_word)
                and fold_key(last_word) in self._streets
            )
        ) and _HOUSE_NUMBER_BEFORE.search(before):
            return "LOCATION"  # "24 Jawaharlal Nehru Marg"
        last = _LAST_WORD.search(text[max(0, span.start - _REACH) : span.start])
        if (last is not None and last.group(1) in self._streets_before) or (
            self._street_then_number.match(text, span.end)
        ):
            return "LOCATION"  # "Avenida Benito Juárez", "Roald Amundsens gate 41"
        return None

    def _is_city(self, text: str, span: EntitySpan) -> bool:
        """A city named like a person, where a place stands: after "in",
        "near", "via", "at" or "room", beside "office", "branch" or "site"
        ("trained users in Austin", "Office Austin", "Austin office",
        "meeting room Orlando"), listed with another before such a word
        ("Charlotte and Austin warehouses"), or where a journey goes to or
        from ("delivery to Charlotte", "a 68-year-old from Victoria"); not
        before a surname ("in Austin Reyes' team") nor after "loop in". The
        model may read the place's noun into the span ("MARION WAREHOUSE",
        "EUGENE AND MARION BRANCHES")."""
        if self._is_city_and_place_noun(text, span):
            return True
        if fold_key(text[span.start : span.end]) not in self._cities:
            return False
        if _CAPITALISED_NEXT.match(text, span.end):
            return False
        preceding = text[max(0, span.start - _REACH) : span.start]
        if _LOOPED_IN.search(preceding):
            return False
        last = _LAST_WORD.search(preceding)
        before = "" if last is None else last.group(1).lower()
        return (
            before in _CITY_CUES_BEFORE
            or _word_after(text, span) in _CITY_CUES_AFTER
            or self._journey_to_city.search(preceding) is not None
            or self._is_listed_with_a_city(text, span.end)
        )

    def _is_named_street(self, text: str, span: EntitySpan) -> bool:
        """A street named after someone: two or more words and a street's
        word in lower case ending the span ("Ingrid Holms gata") or after
        it ("Amara Okafor Close"; not a surname such as "Lane")."""
        words = text[span.start : span.end].split()
        if len(words) < 2:
            return False
        if words[-1].islower() and fold_key(words[-1]) in self._streets:
            return True
        following = _NEXT_WORD.match(text, span.end)
        return (
            following is not None
            and fold_key(following.group(1)) in self._street_names
            and following.group(1)[:1].isupper()
        )

    def _is_journey_end(self, text: str, span: EntitySpan) -> bool:
        """A city named like a person at an arrow ("Adelaide → Gdańsk"), or
        at a dash on a line about travel ("travel Chester - Lyon")."""
        if fold_key(text[span.start : span.end]) not in self._cities:
            return False
        before = text[max(0, span.start - 4) : span.start]
        if _ARROW_AFTER.match(text, span.end) or _ARROW_BEFORE.search(before):
            return True
        line_start = text.rfind("\n", 0, span.start) + 1
        return bool(
            (_DASH_AFTER.match(text, span.end) or _DASH_BEFORE.search(before))
            and _JOURNEY_ON_THE_LINE.search(text, line_start, span.start)
        )

    def _is_city_and_place_noun(self, text: str, span: EntitySpan) -> bool:
        """Cities named like people, more than one or with a place's noun in
        the span, then that noun: "Marion warehouse", "EUGENE AND MARION
        BRANCHES", "Eugene and Marion branches"."""
        keys = [fold_key(word) for word in text[span.start : span.end].split()]
        if keys and keys[-1] in _CITY_CUES_AFTER:
            keys.pop()
        elif len(keys) < 2 or _word_after(text, span) not in _CITY_CUES_AFTER:
            return False
        names = [key.rstrip(",") for key in keys if key not in _CONNECTORS]
        return bool(names) and all(key in self._cities for key in names)

    def _is_listed_with_a_city(self, text: str, end: int) -> bool:
        """Whether another city and a place's noun follow ("Charlotte and
        Austin warehouses")."""
        listed = _LISTED_CITY_AFTER.match(text, end)
        return (
            listed is not None
            and fold_key(listed.group("city")) in self._cities
            and fold_key(listed.group("cue")) in _CITY_CUES_AFTER
        )

    def _is_product_line(self, text: str, span: EntitySpan) -> bool:
        """A brand's product line: one word, a model and a product's noun
        in the next two words ("Tessa 200 docking station", "Bruno LX
        router", the grade maybe read into the span: "Hugo Mini label
        printer"); a lone digit only after a determiner ("Your Luna 3
        phone"; not "order Ana 1 laptop", "Henrik 2 tablet returned"); or
        one word before a model's code of letters and digits ("Zebra TC52
        scanner", "Moto G54")."""
        words = text[span.start : span.end].split()
        if len(words) == 1 and _MODEL_CODE_AFTER.match(text, span.end):
            return True
        if len(words) == 2 and _MODEL_CODE_AFTER.fullmatch(" " + words[1]):
            return True  # the model read the code into the name
        if len(words) == 2 and _MODEL_GRADE.match(words[1]):
            # The model read the grade into the name: "Hugo Mini label printer".
            after = _PRODUCT_WORDS_AFTER.match(text, span.end)
            return after is not None and bool(self._products & set(after.groups()))
        model = _MODEL_THEN_NOUN.match(text, span.end)
        if model is None or len(words) != 1:
            return False
        nouns = {fold_key(model.group("noun")), fold_key(model.group("second") or "")}
        if not nouns & self._products:
            return False
        return not _COUNT.fullmatch(model.group("model")) or _follows_a_determiner(
            text, span.start
        )

    def entity_type(self, text: str, span: EntitySpan) -> str | None:
        """The type the context gives ``span``, or None when it says nothing."""
        if _POSSESSIVE.match(text, span.end):
            return None  # "in Zbigniew's team": someone's, not somewhere.
        before = text[max(0, span.start - _REACH) : span.start]
        after = _word_after(text, span)
        if (
            after in self._organisations
            or self._organisation_before.search(before)
            or self._has_legal_form_after(text, span)
        ):
            return "ORGANIZATION"
        last = _LAST_WORD.search(before)
        previous = last.group(1) if last else ""
        # A postcode or house number soon after ("in Bjert 6091").
        is_numbered = bool(_NUMBER_SOON.match(text, span.end)) and (
            previous.isdigit() or bool(self._preposition.search(before))
        )
        if (
            self._place_before.search(before)
            or is_numbered
            or after in self._streets
            or previous in self._streets_before
        ):
            return "LOCATION"
        return None

    def _has_legal_form_after(self, text: str, span: EntitySpan) -> bool:
        """Whether a legal form follows as written ("Nordavia AS", not "as")."""
        following = _NEXT_WORD.match(text, span.end)
        return following is not None and following.group(1) in self._legal_forms


def _may_end_a_cue(text: str, start: int) -> bool:
    """Whether the word before ``start`` may end a decisive phrase: a cue's
    last word ("of", "in", "via", "for"...), a ship's prefix, a place's label
    ("Branch:"), or a postcode (digits, or the two letters of a Dutch one)."""
    before = text[max(0, start - _LAST_WORD_REACH) : start].rstrip(" ")
    if not before or before[-1] == "\n":
        return bool(before)
    last = before.rsplit(None, 1)[-1]
    return (
        last.casefold() in _CUE_LAST_WORDS
        or any(char.isdigit() for char in last)
        or (len(last) == 2 and last.isalpha())
    )


def _is_flight_route(text: str, span: EntitySpan) -> bool:
    """Two places joined by a hyphen after a flight's number, or one of them
    ("IB 3942 Victoria-Recife")."""
    for route in _ROUTE.finditer(
        text, max(0, span.start - _ROUTE_REACH), span.end + _ROUTE_REACH
    ):
        if route.start() <= span.start and span.end <= route.end():
            start = route.start()
            return _FLIGHT_BEFORE.search(text, max(0, start - 10), start) is not None
    return False


def _follows_a_determiner(text: str, start: int) -> bool:
    """Whether ``start`` follows a determiner ("Your", "the", "our")."""
    before = text[max(0, start - _LAST_WORD_REACH) : start]
    last = _LAST_WORD.search(before)
    return last is not None and last.group(1).lower() in _determiners()


@cache
def _determiners() -> frozenset[str]:
    return frozenset(words("determiners"))


def _word_after(text: str, span: EntitySpan) -> str:
    """The folded word right after ``span`` (one or more spaces between), or ""."""
    following = _NEXT_WORD.match(text, span.end)
    return fold_key(following.group(1)) if following else ""
