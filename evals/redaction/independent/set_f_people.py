"""Invented people, firms and places of one set F text, and how each is written.

A ``Person`` knows every form its name takes in business text: full,
given or family name alone, with a title, initials, reversed, capitals,
a chat handle and an e-mail address. Each form returns the pieces to
write as ``(type, text)`` pairs, ``None`` for unlabelled text, so the
caller records spans while writing.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from evals.redaction.independent.set_f_pools import Country, Culture, Pools

__all__ = ["Firm", "Person", "Piece", "Place", "ascii_fold", "new_firm"]

Piece = tuple[str | None, str]
"""A stretch of text and its label type, ``None`` when unlabelled."""

_TITLES = {
    "en": (("Mr.", "Mr", "Dr."), ("Ms.", "Mrs.", "Ms", "Dr.")),
    "de": (("Herr", "Herrn", "Dr."), ("Frau", "Frau Dr.")),
    "fr": (("M.", "Monsieur"), ("Mme", "Madame")),
    "nl": (("dhr.", "meneer", "de heer"), ("mevr.", "mevrouw")),
    "es": (("Sr.", "don"), ("Sra.", "doña")),
    "it": (("sig.", "dott.", "ing."), ("sig.ra", "dott.ssa")),
    "pl": (("Pan", "pan"), ("Pani", "pani")),
}
_FOLD = str.maketrans(
    {"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "æ": "ae", "\u0131": "i"}
)
_LEGAL = {
    "gmbh", "ltd", "llp", "ag", "bv", "b", "v", "sarl", "sl", "s", "r", "l",
    "sp", "z", "o", "et", "y", "i", "and", "group", "holdings",
}  # fmt: skip
_TLD = {"de": ".de", "nl": ".nl", "fr": ".fr", "es": ".es", "it": ".it", "pl": ".pl"}


def ascii_fold(text: str) -> str:
    """``text`` without accents, as people type it into addresses."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(text).lower())


@dataclass(frozen=True)
class Firm:
    """A company and the domain its staff write from."""

    name: str
    domain: str


def new_firm(rng: random.Random, pools: Pools, lang: str, kind: str) -> Firm:
    """A brand (``borg``), a firm named after family names (``sorg``) or either."""
    if kind == "org":
        kind = rng.choice(("borg", "sorg"))
    if kind == "borg":
        name = rng.choice(pools.brands)
    else:
        patterns = pools.firm_patterns.get(lang) or pools.firm_patterns["en"]
        first, second = rng.sample(pools.firm_surnames, 2)
        name = rng.choice(patterns).replace("{F}", first).replace("{G}", second)
    words = [w for w in re.split(r"[^\w]+", ascii_fold(name).lower()) if w]
    core = [w for w in words if w not in _LEGAL][:2] or words[:1]
    domain = "-".join(core) + _TLD.get(lang, rng.choice((".com", ".com", ".io", ".eu")))
    return Firm(name, domain)


@dataclass(frozen=True)
class Place:
    """A street address in one country."""

    country: Country
    street: str
    number: str
    postcode: str
    city: str
    country_name: str

    def street_line(self) -> str:
        if self.country.number_first:
            return f"{self.number} {self.street}"
        return f"{self.street} {self.number}"

    def city_pieces(self) -> list[Piece]:
        """Postcode, city and region in the country's usual order."""
        region = self.country.regions.get(self.city)
        if region:
            return [("LOCATION", self.city), (None, ", "), ("LOCATION", region),
                    (None, " "), ("LOCATION", self.postcode)]  # fmt: skip
        if self.country.key == "uk":
            return [("LOCATION", self.city), (None, " "), ("LOCATION", self.postcode)]
        return [("LOCATION", self.postcode), (None, " "), ("LOCATION", self.city)]


@dataclass(frozen=True)
class Person:
    """One invented person; ``lang`` picks the titles."""

    culture: Culture
    given: str
    family: str
    is_female: bool
    middle: str

    @classmethod
    def draw(cls, rng: random.Random, culture: Culture) -> Person:
        is_female = rng.random() < 0.5
        given = rng.choice(culture.female if is_female else culture.male)
        middle = ""
        if culture.family_first:
            middle = rng.choice(("Thi", "Ngoc", "Thu") if is_female else ("Van", "Duc"))
        return cls(culture, given, rng.choice(culture.family), is_female, middle)

    def full(self) -> str:
        if self.culture.family_first:
            return f"{self.family} {self.middle} {self.given}"
        return f"{self.given} {self.family}"

    def family_alone(self) -> str:
        """Dutch particles take a capital when no given name precedes them."""
        if self.culture.name == "dutch_flemish":
            return self.family[0].upper() + self.family[1:]
        return self.family

    def title(self, rng: random.Random, lang: str) -> str:
        male, female = _TITLES.get(lang, _TITLES["en"])
        return rng.choice(female if self.is_female else male)

    def local_part(self, rng: random.Random) -> str:
        given, family = _slug(self.given), _slug(self.family)
        return rng.choice(
            (f"{given}.{family}", f"{given[0]}.{family}", f"{given}{family[0]}",
             f"{given}_{family}", f"{family}", f"{given[0]}{family}")
        )  # fmt: skip

    def handle(self, rng: random.Random) -> str:
        given, family = _slug(self.given), _slug(self.family)
        return rng.choice((given, f"{given}.{family}", f"{given}{family[0]}"))
