"""Set E's people: one invented person and the ways a text writes the name.

Forms: full (default; now and then titled, upper or lower case), ``plain``
(given name first), ``first``, ``firstlower``, ``last``, ``title`` ("Mr."
and "-san" are not labelled), ``initials``, ``lower``, ``upper``,
``upperlast`` ("OKAFOR Ada"), ``comma`` ("Okafor, Ada"), ``poss``,
``firstposs``, ``titleposs`` (the possessive ending is not labelled),
``handle`` ("@" is not labelled) and ``email``.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from evals.redaction.independent.set_e_pools import Culture
from evals.redaction.independent.set_e_values import Piece, ascii_slug

__all__ = ["Person", "draw_person", "name_pieces"]

_NAME = "PERSON"
_TITLES = {"m": ("Mr.", "Mr", "Dr.", "Prof."), "f": ("Ms.", "Mrs.", "Ms", "Dr.")}


@dataclass(frozen=True)
class Person:
    """An invented person; title, e-mail and handle stay fixed within a text."""

    given: str
    family: str
    gender: str
    culture: Culture
    family_first: bool
    middle: str
    title: str
    email: str
    handle: str

    @property
    def full(self) -> str:
        """The full name in the order this person writes it."""
        first, second = (self.family, self.given)
        if not self.family_first:
            first, second = second, first
        return " ".join(p for p in (first, self.middle, second) if p)


def draw_person(
    rng: random.Random,
    cultures: Sequence[Culture],
    taken: Collection[tuple[str, str]],
    mail_domains: Sequence[str],
) -> Person:
    """A person from one of ``cultures`` whose name is not in ``taken``.

    The e-mail address uses a random domain of ``mail_domains``.
    """
    while True:
        culture = rng.choice(cultures)
        given, gender = rng.choice(culture.given)
        family = rng.choice(culture.family)
        if (given, family) not in taken:
            break
    family_first = rng.random() < culture.family_first
    middle = ""
    if culture.name == "vietnamese" and family_first and rng.random() < 0.6:
        middle = "Văn" if gender == "m" else "Thị"
    elif culture.family_first == 0 and rng.random() < 0.1:
        middle = rng.choice("ABCDEFGHJKLMNPRSTW") + "."
    title = _title(rng, culture, gender)
    first, last = ascii_slug(given), ascii_slug(family)
    email = f"{_mail_local(rng, first, last)}@{rng.choice(mail_domains)}"
    handle = rng.choice((f"{first}.{last}", f"{first}_{last}", first, first[0] + last))
    return Person(
        given, family, gender, culture, family_first, middle, title, email, handle
    )


def _title(rng: random.Random, culture: Culture, gender: str) -> str:
    local = dict(culture.titles).get(gender)
    if local and rng.random() < 0.3:
        return rng.choice(local)
    if culture.suffix_titles and rng.random() < 0.3:
        return rng.choice(culture.suffix_titles)
    return rng.choice(_TITLES[gender])


def _mail_local(rng: random.Random, first: str, last: str) -> str:
    numbered = f"{first}.{last}{rng.randrange(1, 99)}"
    return rng.choice(
        (
            f"{first}.{last}",
            f"{first[0]}.{last}",
            f"{first}{last}",
            f"{first}_{last}",
            f"{last}.{first}",
            first,
            f"{first[0]}{last}",
            numbered,
        )
    )


def name_pieces(rng: random.Random, person: Person, form: str) -> list[Piece]:
    """The person written in ``form``; raises on an unknown form."""
    full, given, family = person.full, person.given, person.family
    possessive = "'" if family.endswith("s") else "'s"
    titled = _titled(person)
    forms: dict[str, list[Piece]] = {
        "": _full(rng, person),
        "plain": [(_NAME, f"{given} {family}")],
        "first": [(_NAME, given)],
        "firstlower": [(_NAME, given.lower())],
        "last": [(_NAME, family)],
        "title": titled,
        "initials": [(_NAME, _initials(rng, person))],
        "lower": [(_NAME, full.lower())],
        "upper": [(_NAME, full.upper())],
        "upperlast": [(_NAME, f"{family.upper()} {given}")],
        "comma": [(_NAME, f"{family}, {given}")],
        "poss": [(_NAME, full), (None, "'s")],
        "firstposs": [(_NAME, given), (None, "'s")],
        "titleposs": [*titled, (None, possessive)],
        "handle": [(None, "@"), (_NAME, person.handle)],
        "email": [("EMAIL_ADDRESS", person.email)],
    }
    if form not in forms:
        raise ValueError(f"unknown person form {form!r}")
    return forms[form]


def _full(rng: random.Random, person: Person) -> list[Piece]:
    """The full name, now and then with a title or in one case."""
    draw = rng.random()
    if draw < 0.08 and not person.title.startswith("-"):
        return [(None, f"{person.title} "), (_NAME, person.full)]
    if draw < 0.14:
        return [(_NAME, person.full.upper())]
    if draw < 0.2:
        return [(_NAME, person.full.lower())]
    return [(_NAME, person.full)]


def _titled(person: Person) -> list[Piece]:
    if person.title.startswith("-"):
        return [(_NAME, person.family), (None, person.title)]
    return [(None, f"{person.title} "), (_NAME, person.family)]


def _initials(rng: random.Random, person: Person) -> str:
    letters = [person.given[0]]
    if rng.random() < 0.4:
        letters.append(rng.choice("ABCDEFGHJKLMNPRST"))
    return rng.choice((". ", ".")).join(letters) + f". {person.family}"
