"""Render one set H template into text and the spans recorded while writing it."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from evals.redaction.training.set_h_pools import Pools, Template
from evals.redaction.training.set_h_values import (
    ascii_slug,
    fill_pattern,
    make_card,
    make_iban,
    make_ip,
)

_SLOT = re.compile(r"\{([a-z]+[0-9]?)(?:\.([a-z]+))?(?:@([a-z]{2}))?\}")
_LANG_COUNTRIES = {
    "de": ["DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "BE", "CH"],
    "nl": ["NL", "NL", "BE"],
    "es": ["ES"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
    "pl": ["PL"],
    "sv": ["SE"],
}
Fragment = tuple[str, str | None]


@dataclass(frozen=True)
class Span:
    type: str
    start: int
    end: int


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    gender: str


@dataclass(frozen=True)
class Firm:
    name: str
    brand: str
    domain: str


class TextRenderer:
    """Fills one template; a slot name always stands for the same value."""

    def __init__(self, pools: Pools, rng: random.Random, template: Template) -> None:
        self._pools = pools
        self._rng = rng
        self._lang = template.langs[0]
        local = [x for x in template.langs if x != "en"]
        choices = _LANG_COUNTRIES[local[-1]] if local else sorted(pools.countries)
        self._country = rng.choice(choices)
        self._template = template
        self._people: dict[str, Person] = {}
        self._firms: dict[str, Firm] = {}
        self._values: dict[str, list[Fragment]] = {}

    def render(self) -> tuple[str, list[Span]]:
        parts: list[str] = []
        spans: list[Span] = []
        length = 0
        body = self._template.body
        position = 0
        for match in _SLOT.finditer(body):
            pieces: list[Fragment] = [(body[position : match.start()], None)]
            pieces.extend(self._slot(*match.groups()))
            position = match.end()
            for text, label in pieces:
                if label is not None:
                    spans.append(Span(label, length, length + len(text)))
                parts.append(text)
                length += len(text)
        parts.append(body[position:])
        return "".join(parts), spans

    @property
    def _land(self) -> dict[str, Any]:
        return dict(self._pools.countries[self._country])

    def _slot(self, key: str, form: str | None, lang: str | None) -> list[Fragment]:
        lang = lang or self._lang
        if key[0] == "p" and key[1:].isdigit():
            return self._person_form(self._person(key), form or "full", lang)
        if key[0] == "o" and key[1:].isdigit():
            return self._firm_form(self._firm(key), form or "name")
        if form is None and key in self._values:
            return self._values[key]
        value = self._value(key.rstrip("0123456789"), form, lang)
        if form is None:
            self._values[key] = value
        return value

    def _person(self, key: str) -> Person:
        if key not in self._people:
            taken = {(p.given, p.surname) for p in self._people.values()}
            while True:
                given = self._rng.choice(self._pools.given)
                surname = self._rng.choice(self._pools.surnames)
                if (given.name, surname) not in taken:
                    break
            gender = given.gender
            if gender == "x":
                gender = self._rng.choice("mf")
            self._people[key] = Person(given.name, surname, gender)
        return self._people[key]

    def _firm(self, key: str) -> Firm:
        if key not in self._firms:
            land = self._land
            rng = self._rng
            roll = rng.random()
            if roll < 0.25:
                first, second = rng.sample(self._pools.surnames, 2)
                brand = (
                    f"{first[0].upper()}{first[1:]} & {second[0].upper()}{second[1:]}"
                )
            else:
                brand = rng.choice(self._pools.brands)
            sector = rng.choice(land["sectors"]) if rng.random() < 0.5 else ""
            suffix = rng.choice(land["suffixes"])
            name = " ".join(x for x in (brand, sector, suffix) if x)
            slug = ascii_slug(brand, "-")
            domain = f"{slug}.{land['tld']}"
            self._firms[key] = Firm(name, brand, domain)
        return self._firms[key]

    def _title(self, person: Person, lang: str) -> str:
        titles = self._pools.lexicon["titles"][lang][person.gender]
        return str(self._rng.choice(titles))

    def _person_form(self, person: Person, form: str, lang: str) -> list[Fragment]:
        given, sur = person.given, person.surname
        simple = {
            "full": f"{given} {sur}",
            "given": given,
            "sur": sur,
            "isur": f"{given[0]}. {sur}",
            "gini": f"{given} {sur.split()[-1][0].upper()}.",
            "comma": f"{sur}, {given}",
            "caps": f"{sur.upper()} {given}",
            "upper": f"{given} {sur}".upper(),
            "lower": given.lower(),
            "lowfull": f"{given} {sur}".lower(),
            "login": ascii_slug(f"{given} {sur}", "."),
            "short": ascii_slug(given[0] + sur, ""),
        }
        if form in simple:
            return [(simple[form], "PERSON")]
        if form == "handle":
            return [("@", None), (ascii_slug(given, "."), "PERSON")]
        if form == "tsur":
            shown = sur
            if lang == "nl" and sur[0].islower():
                shown = sur[0].upper() + sur[1:]
            return [(self._title(person, lang) + " ", None), (shown, "PERSON")]
        if form == "tfull":
            return [
                (self._title(person, lang) + " ", None),
                (f"{given} {sur}", "PERSON"),
            ]
        if form in ("email", "mail"):
            return [(self._email(person, form), "EMAIL_ADDRESS")]
        raise ValueError(f"unknown person form {form!r} in {self._template.name}")

    def _email(self, person: Person, form: str) -> str:
        given = ascii_slug(person.given, "")
        sur = ascii_slug(person.surname, "")
        local = self._rng.choice(
            [f"{given}.{sur}", f"{given[0]}.{sur}", f"{given[0]}{sur}", given, sur]
        )
        if form == "mail":
            return f"{local}@{self._rng.choice(self._pools.lexicon['mail_domains'])}"
        return f"{local}@{self._firm('o1').domain}"

    def _firm_form(self, firm: Firm, form: str) -> list[Fragment]:
        if form == "name":
            return [(firm.name, "ORGANIZATION")]
        if form == "short":
            return [(firm.brand, "ORGANIZATION")]
        if form == "url":
            path = self._rng.choice(self._pools.lexicon["portal_paths"])
            return [(f"https://portal.{firm.domain}{path}", "URL")]
        if form == "web":
            return [(f"www.{firm.domain}", "URL")]
        if form == "email":
            box = self._rng.choice(["info", "office", "invoices", "kontakt", "support"])
            return [(f"{box}@{firm.domain}", "EMAIL_ADDRESS")]
        raise ValueError(f"unknown firm form {form!r} in {self._template.name}")

    def _value(self, kind: str, form: str | None, lang: str) -> list[Fragment]:
        rng = self._rng
        land = self._land
        lex = self._pools.lexicon
        if kind == "city":
            return [(rng.choice(land["cities"]), "LOCATION")]
        if kind == "country":
            return [(land["names"].get(lang, land["names"]["en"]), "LOCATION")]
        if kind in ("addr", "street"):
            return self._address(kind, form, land)
        if kind == "phone":
            return [(fill_pattern(rng, rng.choice(land["phones"])), "PHONE_NUMBER")]
        if kind == "iban":
            return [(make_iban(rng, self._country, land["bban"]), "IBAN_CODE")]
        if kind == "card":
            return [(make_card(rng), "CREDIT_CARD")]
        if kind == "ip":
            return [(make_ip(rng), "IP_ADDRESS")]
        return [(self._filler(kind, lang, lex), None)]

    def _address(
        self, kind: str, form: str | None, land: dict[str, Any]
    ) -> list[Fragment]:
        rng = self._rng
        number = str(rng.randint(1, 140))
        street = land["street_form"].format(
            street=rng.choice(land["streets"]), no=number
        )
        if kind == "street":
            return [(street, "LOCATION")]
        postcode = fill_pattern(rng, land["postcode"])
        city = rng.choice(land["cities"])
        sep = "\n" if form == "lines" else ", "
        return [
            (street, "LOCATION"),
            (sep, None),
            (postcode, "LOCATION"),
            (" ", None),
            (city, "LOCATION"),
        ]

    def _filler(self, kind: str, lang: str, lex: dict[str, Any]) -> str:
        rng = self._rng
        fillers: dict[str, Callable[[], object]] = {
            "so": lambda: f"SO{rng.randint(10, 9999):04d}",
            "po": lambda: f"P{rng.randint(10, 9999):05d}",
            "inv": lambda: f"INV/2026/{rng.randint(1, 2999):05d}",
            "tkt": lambda: f"HD-{rng.randint(100, 9999)}",
            "task": lambda: f"T-{rng.randint(100, 999)}",
            "month": lambda: rng.choice(lex["months"][lang]),
            "weekday": lambda: rng.choice(lex["weekdays"][lang]),
            "tool": lambda: rng.choice(lex["tools"]),
            "team": lambda: rng.choice(lex["teams"]),
            "module": lambda: rng.choice(lex["modules"]),
            "amount": lambda: f"{rng.randint(120, 48000):,}.{rng.randint(0, 99):02d}",
            "date": lambda: f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026",
            "hours": lambda: f"{rng.randint(1, 16) / 2:.1f}",
            "time": lambda: (
                f"{rng.randint(8, 17)}:{rng.choice(['00', '15', '30', '45'])}"
            ),
            "n": lambda: str(rng.randint(2, 40)),
            "version": lambda: rng.choice(["16.0", "17.0", "18.0"]),
        }
        if kind not in fillers:
            raise ValueError(f"unknown slot {kind!r} in {self._template.name}")
        return str(fillers[kind]())
