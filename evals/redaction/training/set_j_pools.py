"""Set J's name, firm and place pools, and the written forms of a person."""

from __future__ import annotations

import json
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).with_name("set_j_data")

# Letters NFKD does not split into a base letter and a mark.
_FOLDS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "đ": "d"}
)
_HANDLE_STYLES = ("dot", "login", "nick", "ihandle", "underscore")


def fold_ascii(text: str) -> str:
    """Lower-case ASCII spelling of a name, as logins and mailboxes write it."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLDS))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in plain.lower() if c.isalnum() or c == "-")


@dataclass(frozen=True)
class Person:
    """An invented person; every form below is labelled PERSON but `email`."""

    given: str
    family: str
    handle_style: str
    domain: str

    def form(self, name: str) -> str:
        """Return the person written in the named form."""
        given, family = self.given, self.family
        g, f = fold_ascii(given), fold_ascii(family)
        forms = {
            "full": f"{given} {family}",
            "given": given,
            "family": family,
            "lower": f"{given} {family}".lower(),
            "glower": given.lower(),
            "flower": family.lower(),
            "caps": f"{family.upper()} {given}",
            "upper": f"{given} {family}".upper(),
            "comma": f"{family}, {given}",
            "ginit": f"{given} {family[0].upper()}.",
            "finit": f"{given[0]}. {family}",
            "dot": f"{g}.{f}",
            "login": f"{g[0]}{f}",
            "nick": g,
            "ihandle": f"{g[0]}.{f}",
            "underscore": f"{g}_{f}",
        }
        if name == "handle":
            return forms[self.handle_style]
        if name == "email":
            return f"{forms[self.handle_style]}@{self.domain}"
        return forms[name]


def _load(name: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((DATA_DIR / name).read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True)
class Pools:
    """Every list the generator draws from, read from `set_j_data/`."""

    people: dict[str, dict[str, list[str]]]
    lists: dict[str, list[str]]

    @classmethod
    def load(cls) -> Pools:
        people = _load("people.json")
        lists = _load("pools.json")
        return cls(people=people, lists=lists)  # type: ignore[arg-type]

    def pick(self, rng: random.Random, key: str) -> str:
        return rng.choice(self.lists[key])

    def person(self, rng: random.Random, domains: list[str]) -> Person:
        """Draw a person; most keep one culture, some mix two."""
        origins = sorted(self.people)
        first = rng.choice(origins)
        second = first if rng.random() < 0.7 else rng.choice(origins)
        return Person(
            given=rng.choice(self.people[first]["given"]),
            family=rng.choice(self.people[second]["family"]),
            handle_style=rng.choice(_HANDLE_STYLES),
            domain=rng.choice(domains),
        )

    def organization(self, rng: random.Random) -> str:
        if rng.random() < 0.7:
            return f"{self.pick(rng, 'org_stems')} {self.pick(rng, 'org_suffixes')}"
        families = [f for pool in self.people.values() for f in pool["family"]]
        pattern = self.pick(rng, "org_family_patterns")
        return pattern.format(a=rng.choice(families), b=rng.choice(families))

    def name_count(self) -> tuple[int, int]:
        """Distinct given names and family names in the pools."""
        given = {g for pool in self.people.values() for g in pool["given"]}
        family = {f for pool in self.people.values() for f in pool["family"]}
        return len(given), len(family)
