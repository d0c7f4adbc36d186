"""An invented consulting firm's directory: the people Odoo knows, and others."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from evals.redaction.values import phone_number
from redaction import DenyListEntry

__all__ = ["Firm", "Person", "build_firm"]

# Name parts are combined at random: the people are invented.
_FIRST = (
    "Ilse", "Wouter", "Anaïs", "Søren", "Katrien", "Bram", "Elodie", "Joris",
    "Mathilde", "Pieter", "Ines", "Thibault", "Greet", "Lotte", "Dries",
    "Siobhan", "Rhys", "Margaux", "Henrik", "Zofia", "Matteo", "Léa",
    "Jasper", "Femke", "Aurélie", "Niamh", "Oskar", "Clémence", "Maarten",
    "Eline", "Ruairí", "Benedikt", "Yasmina", "Kasper", "Noémie", "Tobias",
)  # fmt: skip
_LAST = (
    "Vandermoortel", "Lefèvre-Duchamp", "Ødegård", "Verhaeghe", "Claeys",
    "Dumoulin", "Brinkhorst", "Kowalczyk", "Hartigan", "Delacroix-Nys",
    "Vanoverbeke", "Gruber", "Castellani", "Moerman", "Okonkwo", "Lindqvist",
    "De Wulf", "Van Steenkiste", "Maréchal", "O'Driscoll", "Baumgartner",
    "Szymańska", "Rousseau-Lambrechts", "Van der Elst", "Haverbeke", "Quéré",
    "Nakashima", "Vereecken", "Ferreira-Leal", "Tjörnvik", "Marchetti",
)  # fmt: skip
_COMPANIES = (
    ("Brightlane Logistics BV", "brightlane-logistics.be"),
    ("Korvex Consulting SRL", "korvex-consulting.ro"),
    ("Meridia Foods NV", "meridiafoods.nl"),
    ("Talvenor Engineering GmbH", "talvenor-engineering.de"),
    ("Quillstone Retail Ltd", "quillstone-retail.co.uk"),
    ("Ostrava Pharma SA", "ostravapharma.cz"),
)


@dataclass(frozen=True)
class Person:
    """An invented contact; ``is_known`` when Odoo holds the record."""

    first: str
    last: str
    company: str
    domain: str
    phone: str
    is_known: bool

    @property
    def name(self) -> str:
        """The full name as Odoo stores it."""
        return f"{self.first} {self.last}"

    @property
    def email(self) -> str:
        """A work address built from the name."""
        local = f"{_ascii(self.first)}.{_ascii(self.last)}".lower()
        return f"{local.replace(' ', '').replace(chr(39), '')}@{self.domain}"


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("Ø", "O"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass(frozen=True)
class Firm:
    """The people of the eval, and what Odoo would put on the deny-list."""

    known: tuple[Person, ...]
    external: tuple[Person, ...]
    companies: tuple[tuple[str, str], ...]

    def deny_list(self) -> list[DenyListEntry]:
        """Partners, contacts and users as the product reads them from Odoo."""
        entries: list[DenyListEntry] = []
        for person in self.known:
            entries.append(DenyListEntry("PERSON", person.name))
            entries.append(DenyListEntry("EMAIL_ADDRESS", person.email))
            entries.append(DenyListEntry("PHONE_NUMBER", person.phone))
        entries.extend(
            DenyListEntry("ORGANIZATION", name) for name, _ in self.companies
        )
        return entries


def build_firm(seed: int) -> Firm:
    """The same firm for the same seed: 36 known people, 24 outsiders."""
    rng = random.Random(seed)
    firsts = list(_FIRST)
    rng.shuffle(firsts)
    people: list[Person] = []
    used: set[str] = set()
    while len(people) < 60:
        first = firsts[len(people) % len(firsts)]
        last = rng.choice(_LAST)
        if f"{first} {last}" in used:
            continue
        used.add(f"{first} {last}")
        company, domain = rng.choice(_COMPANIES)
        people.append(
            Person(first, last, company, domain, phone_number(rng), len(people) < 36)
        )
    return Firm(tuple(people[:36]), tuple(people[36:]), _COMPANIES)
