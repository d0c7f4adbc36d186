"""Set E's renderer: fills one template and labels each value as it is written.

A slot is ``{kind}``, ``{kind1}`` or ``{kind1.form}``; numbered slots name one
person, company or address that keeps its values within the text.

- People ``p1``, ``p2``, ``p3`` (any culture) and ``w1`` (a given name that is
  also a word: Grant, Hope); their forms are listed in ``set_e_people``.
- Companies ``c1`` (either kind), ``sc1`` (built from family names, as data
  generators build them), ``bc1`` (a brand). Forms: name, ``upper``, ``poss``,
  ``url``.
- Addresses ``a1``, ``a2``; their forms are listed in ``set_e_address``.
- Labelled one-offs: ``city``, ``namecity`` (a city named like a person),
  ``country``, ``phone``, ``iban``, ``card``, ``url``, ``ip``, ``hotel``.
- Never labelled: ``date``, ``time``, ``amount``, ``ref``, ``product``,
  ``year``, ``weekday``, ``month``, ``role``, ``dept``, ``flight``, ``n``,
  ``expiry``, ``seat``, ``locator``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from evals.redaction.independent import set_e_values as values
from evals.redaction.independent.set_e_address import (
    Address,
    address_pieces,
    draw_address,
)
from evals.redaction.independent.set_e_people import Person, draw_person, name_pieces
from evals.redaction.independent.set_e_pools import Country, Pools
from evals.redaction.independent.set_e_values import Piece
from evals.redaction.labelled import TextBuilder

__all__ = ["RenderedText", "TextRenderer"]

_SLOT = re.compile(r"\{([a-z]+)(\d*)(?:\.([a-z]+))?\}")
_LOC, _ORG = "LOCATION", "ORGANIZATION"
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
_TLDS = (".com", ".com", ".co.uk", ".de", ".fr", ".nl", ".io", ".net", ".eu")


@dataclass(frozen=True)
class _Firm:
    name: str
    domain: str


@dataclass(frozen=True)
class RenderedText:
    """A filled template: its text, labels and tags."""

    builder: TextBuilder
    tags: tuple[str, ...]


@dataclass
class _State:
    people: dict[str, Person] = field(default_factory=dict)
    firms: dict[str, _Firm] = field(default_factory=dict)
    addresses: dict[str, Address] = field(default_factory=dict)
    tags: set[str] = field(default_factory=set)


def _after(builder: TextBuilder, literal: str) -> str:
    """The literal without a full stop that a value ending in one ("Co.") gives."""
    is_doubled = builder.pieces and builder.pieces[-1].endswith(".")
    return literal[1:] if is_doubled and literal.startswith(".") else literal


class TextRenderer:
    """Fills templates from one part's pools with one random generator."""

    def __init__(self, pools: Pools, rng: random.Random) -> None:
        self._pools = pools
        self._rng = rng
        self._state = _State()
        self._plain: dict[str, Callable[[], str]] = {
            "date": lambda: values.date(rng),
            "time": lambda: values.time_of_day(rng),
            "amount": lambda: values.amount(rng),
            "ref": lambda: values.reference(rng),
            "product": lambda: rng.choice(pools.products),
            "year": lambda: str(rng.randrange(1996, 2025)),
            "weekday": lambda: rng.choice(_WEEKDAYS),
            "month": lambda: values.month(rng),
            "role": lambda: rng.choice(pools.roles),
            "dept": lambda: rng.choice(pools.departments),
            "flight": lambda: values.flight(rng),
            "n": lambda: str(rng.randrange(2, 40)),
            "expiry": lambda: values.expiry(rng),
            "seat": lambda: values.seat(rng),
            "locator": lambda: values.fill(rng, "AAAAAA"),
        }

    def render(self, template: str) -> RenderedText:
        """The template with every slot filled; raises on an unknown slot."""
        self._state = _State()
        builder = TextBuilder()
        position = 0
        for match in _SLOT.finditer(template):
            builder.say(_after(builder, template[position : match.start()]))
            kind, number, form = match.group(1), match.group(2), match.group(3) or ""
            for entity_type, text in self._slot(kind, kind + number, form):
                if entity_type:
                    builder.value(entity_type, text)
                else:
                    builder.say(text)
            position = match.end()
        builder.say(_after(builder, template[position:]))
        return RenderedText(builder, tuple(sorted(self._state.tags)))

    def _slot(self, kind: str, key: str, form: str) -> list[Piece]:
        if kind in self._plain and not form:
            return [(None, self._plain[kind]())]
        if kind in ("p", "w"):
            person = self._person(key, kind == "w")
            self._state.tags.add(f"person:{form or 'full'}")
            if person.culture.name == "word_names":
                self._state.tags.add("word-name")
            return name_pieces(self._rng, person, form)
        if kind in ("c", "sc", "bc"):
            return self._firm_form(self._firm(key, kind), form)
        if kind == "a":
            return address_pieces(self._rng, self._address(key), form)
        one_off = self._one_off(kind) if not form else None
        if one_off is None:
            raise ValueError(f"unknown slot {{{key}{'.' if form else ''}{form}}}")
        return one_off

    def _one_off(self, kind: str) -> list[Piece] | None:
        rng, pools = self._rng, self._pools
        if kind == "city":
            return [(_LOC, rng.choice(rng.choice(pools.countries).cities)[0])]
        if kind == "namecity":
            self._state.tags.add("name-city")
            return [(_LOC, rng.choice(pools.name_cities))]
        if kind == "country":
            return [(_LOC, rng.choice(rng.choice(pools.countries).names))]
        if kind == "phone":
            country = self._home_country(0.7)
            self._state.tags.add(f"phone:{country.code}")
            return [("PHONE_NUMBER", values.fill(rng, rng.choice(country.phones)))]
        if kind == "iban":
            return [("IBAN_CODE", self._iban())]
        if kind == "card":
            return [("CREDIT_CARD", values.card_number(rng))]
        if kind == "url":
            return [("URL", self._url(self._new_firm(rng.choice(("sc", "bc")))))]
        if kind == "ip":
            return [("IP_ADDRESS", values.ip_address(rng))]
        if kind == "hotel":
            brand = rng.choice(pools.brands)
            name = rng.choice(("Hotel {}", "{} Suites", "{} Hotel & Spa", "{} Inn"))
            return [(_ORG, name.format(brand))]
        return None

    def _home_country(self, share: float) -> Country:
        """The first address's country for ``share`` of draws, else any."""
        address = self._state.addresses.get("a1")
        if address and self._rng.random() < share:
            return address.country
        return self._rng.choice(self._pools.countries)

    def _iban(self) -> str:
        country = self._home_country(0.6)
        if not country.iban:
            country = self._rng.choice([c for c in self._pools.countries if c.iban])
        self._state.tags.add(f"iban:{country.code}")
        spaced = self._rng.random() < 0.6
        return values.iban(self._rng, country.iban_code, country.iban, spaced)

    def _person(self, key: str, is_word_name: bool) -> Person:
        if key not in self._state.people:
            pools, firms = self._pools, self._state.firms
            cultures = (pools.word_names,) if is_word_name else pools.cultures
            taken = {(p.given, p.family) for p in self._state.people.values()}
            firm = firms.get("c1") or firms.get("sc1")
            is_work_mail = firm is not None and self._rng.random() < 0.6
            domains = (firm.domain,) if firm and is_work_mail else pools.webmail
            person = draw_person(self._rng, cultures, taken, domains)
            self._state.people[key] = person
            self._state.tags.add(f"culture:{person.culture.name}")
        return self._state.people[key]

    def _firm(self, key: str, kind: str) -> _Firm:
        if key not in self._state.firms:
            self._state.firms[key] = self._new_firm(kind)
        return self._state.firms[key]

    def _new_firm(self, kind: str) -> _Firm:
        rng, pools = self._rng, self._pools
        if kind == "c":
            kind = "sc" if rng.random() < 0.7 else "bc"
        tld = rng.choice(_TLDS)
        if kind == "sc":
            pattern = rng.choice(rng.choice(pools.firm_patterns))
            names: list[str] = []
            while len(names) < pattern.count("{"):
                family = rng.choice(rng.choice(pools.cultures).family)
                if family not in names:
                    names.append(family)
            name = pattern.format(**dict(zip("abc", names, strict=False)))
            slugs = [values.ascii_slug(n) for n in names[:2]]
            domain = rng.choice(("-", "")).join(slugs) + tld
            self._state.tags.add("firm:surname")
            return _Firm(name, domain)
        brand = rng.choice(pools.brands)
        name = f"{brand} {rng.choice(pools.brand_suffixes)}"
        if rng.random() < 0.4:
            name += f" {rng.choice(pools.legal_forms)}"
        self._state.tags.add("firm:brand")
        return _Firm(name, values.ascii_slug(brand) + tld)

    def _url(self, firm: _Firm) -> str:
        pattern = self._rng.choice(
            (
                "https://www.{}",
                "www.{}",
                "https://{}/contact",
                "http://{}",
                "https://www.{}/en/about-us",
                "https://{}/support/rebook",
            )
        )
        return pattern.format(firm.domain)

    def _firm_form(self, firm: _Firm, form: str) -> list[Piece]:
        forms: dict[str, list[Piece]] = {
            "": [(_ORG, firm.name)],
            "upper": [(_ORG, firm.name.upper())],
            "poss": [(_ORG, firm.name), (None, "'" if firm.name[-1] == "s" else "'s")],
            "url": [("URL", self._url(firm))],
        }
        if form not in forms:
            raise ValueError(f"unknown company form {form!r}")
        return forms[form]

    def _address(self, key: str) -> Address:
        if key not in self._state.addresses:
            address = draw_address(self._rng, self._rng.choice(self._pools.countries))
            self._state.addresses[key] = address
            self._state.tags.update({"street", f"address:{address.country.code}"})
        return self._state.addresses[key]
