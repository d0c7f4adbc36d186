"""Invented people for set M and the written forms their names take.

A form returns (before, name, after): only ``name`` is labelled PERSON, so a
title, an "@" or a possessive "'s" stays outside the span.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

TITLES = ("Mr", "Ms", "Mrs", "Dr", "Dr.", "Mr.", "Ms.", "Prof.", "Mx")
MAIL_DOMAINS = (
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "post.example.org",
)


@dataclass(frozen=True)
class Person:
    """One invented person: a given name and a family name drawn apart."""

    given: str
    family: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


# Letters NFKD does not split into a base letter and a mark.
_SPELLED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss"})


def _slug(text: str) -> str:
    spelled = unicodedata.normalize("NFKD", text.translate(_SPELLED))
    plain = spelled.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9-]", "", plain.lower().replace(" ", ""))


def _initial(text: str) -> str:
    return next(ch for ch in text if ch.isupper() or ch.isalpha())


def _family_initial(person: Person) -> str:
    # "van der Berg" is filed under B in most registers; "O'Brien" under O.
    last = person.family.split()[-1]
    return last[0].upper()


Piece = tuple[str, str, str]


def _title(person: Person, rng: random.Random) -> Piece:
    return f"{rng.choice(TITLES)} ", person.family, ""


def _handle(person: Person, rng: random.Random) -> Piece:
    given, family = _slug(person.given), _slug(person.family)
    name = rng.choice(
        (given, f"{given}.{family}", f"{given}_{family}", f"{given[0]}{family}")
    )
    return "@", name, ""


FORMS: dict[str, Callable[[Person, random.Random], Piece]] = {
    "full": lambda p, r: ("", p.full, ""),
    "given": lambda p, r: ("", p.given, ""),
    "family": lambda p, r: ("", p.family, ""),
    "title": _title,
    "rev": lambda p, r: ("", f"{p.family}, {p.given}", ""),
    "caps": lambda p, r: ("", f"{p.family.upper()} {p.given}", ""),
    "upper": lambda p, r: ("", p.full.upper(), ""),
    "lower": lambda p, r: ("", p.full.lower(), ""),
    "lgiven": lambda p, r: ("", p.given.lower(), ""),
    "initial": lambda p, r: ("", f"{p.given} {_family_initial(p)}.", ""),
    "initials": lambda p, r: ("", f"{_initial(p.given)}. {p.family}", ""),
    "poss": lambda p, r: ("", p.full, "'s"),
    "gposs": lambda p, r: ("", p.given, "'s"),
    "handle": _handle,
}

# Forms a plain "{p1}" may take, weighted towards the full name.
ANY_FORMS = ("full", "full", "full", "full", "rev", "caps", "initials", "upper")


def email(person: Person, rng: random.Random) -> str:
    """An address built from the person's name on a reserved domain."""
    given, family = _slug(person.given), _slug(person.family)
    local = rng.choice(
        (
            f"{given}.{family}",
            f"{given[0]}.{family}",
            f"{given}{family[:1]}",
            f"{family}{rng.randint(1, 99)}",
            f"{given}_{family}",
        )
    )
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def profile_url(person: Person, rng: random.Random) -> str:
    """A personal page address that spells the person's name."""
    slug = f"{_slug(person.given)}-{_slug(person.family)}"
    return rng.choice(
        (
            f"https://www.example.com/people/{slug}",
            f"https://{_slug(person.family)}.example.net/",
            f"https://example.org/u/{slug}",
            f"www.example.com/~{_slug(person.given)}",
        )
    )


class PeoplePool:
    """Draws people with no shared name parts inside one text."""

    def __init__(
        self,
        given: list[str],
        family: list[str],
        place_given: list[str],
        refused: list[str],
    ) -> None:
        self._given = given
        self._family = family
        self._place_given = place_given
        self._refused = frozenset(refused)

    def draw(self, rng: random.Random, taken: set[str], placelike: bool) -> Person:
        """A person whose given and family names are not yet used in ``taken``."""
        pool = self._place_given if placelike else self._given
        while True:
            given = rng.choice(pool)
            family = rng.choice(self._family)
            second = rng.choice(self._family)
            if rng.random() < 0.04 and not re.search(r"[ -]", family + second):
                family = f"{family}-{second}"
            if (
                given not in taken
                and family not in taken
                and given != family
                and f"{given} {family}" not in self._refused
            ):
                taken.update((given, family))
                return Person(given, family)
