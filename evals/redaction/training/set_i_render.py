"""Render one set-I template into text plus spans recorded while it is written."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from evals.redaction.training.set_i_pools import Pools, Template
from evals.redaction.training.set_i_values import (
    fill_pattern,
    make_card,
    make_iban,
    make_ip,
)

SLOT = re.compile(r"\{([a-z_]+)(\d?)(?:\.([a-z_]+))?\}")
_FOLD = str.maketrans({"\u0131": "i", "ł": "l", "ø": "o", "ß": "ss", "đ": "d"})
_TITLES = {
    "en": ("Mr", "Ms", "Mrs", "Dr", "Mr.", "Ms.", "Mx"),
    "es": ("Sr.", "Sra.", "Dra.", "don", "doña"),
    "pt": ("Sr.", "Sra.", "Dr.", "Dra."),
}
_CURRENCY = {"en": ("£", "€", "$"), "es": ("€",), "pt": ("€", "R$")}
_PERSON_ANY = ("full", "full", "given", "title", "lower", "upper", "comma", "initial")
_SIGN_OFF = ("full", "full", "given", "initial", "ginit", "upper")

Piece = tuple[str, str | None]


@dataclass(frozen=True)
class Span:
    """A labelled value: ``text[start:end]`` is the value, end exclusive."""

    type: str
    start: int
    end: int


@dataclass(frozen=True)
class Person:
    given: str
    surname: str


@dataclass(frozen=True)
class Address:
    street: str
    postcode: str
    city: str
    country: str
    is_city_first: bool


@dataclass
class _Context:
    """Per-text state: entities keep their values across repeated slots."""

    rng: random.Random
    pools: Pools
    lang: str
    country: str
    people: dict[str, Person] = field(default_factory=dict)
    firms: dict[str, str] = field(default_factory=dict)
    addresses: dict[str, Address] = field(default_factory=dict)


def ascii_slug(value: str) -> str:
    """Lower-case ASCII letters and digits only: 'Ciarán Ó Dá' -> 'ciaranoda'."""
    folded = unicodedata.normalize("NFKD", value.lower().translate(_FOLD))
    return "".join(c for c in folded if c.isascii() and c.isalnum())


def _person(ctx: _Context, key: str) -> Person:
    if key not in ctx.people:
        rng, pools = ctx.rng, ctx.pools
        given_pool = pools.word_given if rng.random() < 0.22 else pools.given
        sur_pool = pools.word_surnames if rng.random() < 0.2 else pools.surnames
        ctx.people[key] = Person(rng.choice(given_pool), rng.choice(sur_pool))
    return ctx.people[key]


def _firm(ctx: _Context, key: str) -> str:
    if key not in ctx.firms:
        rng, pools = ctx.rng, ctx.pools
        if rng.random() < 0.3:
            ctx.firms[key] = rng.choice(pools.fixed_firms)
        else:
            pattern = rng.choice(pools.firms[ctx.lang])
            ctx.firms[key] = _fill_names(ctx, pattern)
    return ctx.firms[key]


def _fill_names(ctx: _Context, pattern: str) -> str:
    rng, pools = ctx.rng, ctx.pools
    out = pattern
    while "{S}" in out:
        pool = pools.word_surnames if rng.random() < 0.45 else pools.surnames
        surname = rng.choice(pool)
        out = out.replace("{S}", surname[0].upper() + surname[1:], 1)
    while "{G}" in out:
        pool = pools.word_given if rng.random() < 0.4 else pools.given
        out = out.replace("{G}", rng.choice(pool), 1)
    return out.replace("{n}", str(rng.randint(2, 240)))


def _address(ctx: _Context, key: str) -> Address:
    if key not in ctx.addresses:
        rng = ctx.rng
        country = ctx.pools.countries[ctx.country]
        street = _fill_names(ctx, rng.choice(ctx.pools.streets[ctx.lang]))
        ctx.addresses[key] = Address(
            street,
            fill_pattern(rng, country.postcode),
            rng.choice(country.cities),
            country.name,
            ctx.country in ("US", "CA", "AU"),
        )
    return ctx.addresses[key]


def _person_pieces(ctx: _Context, person: Person, form: str) -> list[Piece]:
    rng = ctx.rng
    given, surname = person.given, person.surname
    if form == "any":
        form = rng.choice(_PERSON_ANY)
    elif form == "sign":
        form = rng.choice(_SIGN_OFF)
    login = f"{ascii_slug(given)}.{ascii_slug(surname)}"
    simple: dict[str, str] = {
        "full": f"{given} {surname}",
        "given": given,
        "sur": surname[0].upper() + surname[1:],
        "lower": f"{given} {surname}".lower(),
        "upper": rng.choice(
            (f"{surname.upper()} {given}", f"{given} {surname}".upper())
        ),
        "comma": f"{surname}, {given}",
        "initial": f"{given} {surname.split()[-1][0].upper()}.",
        "ginit": f"{given[0]}. {surname}",
        "glower": given.lower(),
        "gupper": given.upper(),
        "login": login,
    }
    if form in simple:
        return [(simple[form], "PERSON")]
    if form == "title":
        title = rng.choice(_TITLES[ctx.lang])
        return [(title + " ", None), (surname[0].upper() + surname[1:], "PERSON")]
    if form == "handle":
        handle = rng.choice((ascii_slug(given), login, ascii_slug(given + surname)))
        return [("@", None), (handle, "PERSON")]
    if form == "email":
        local = rng.choice(
            (login, f"{ascii_slug(given)[0]}{ascii_slug(surname)}", login + "84")
        )
        return [(f"{local}@{rng.choice(ctx.pools.mail_domains)}", "EMAIL_ADDRESS")]
    if form == "url":
        return [(f"https://{login.replace('.', '-')}.portfolio.example", "URL")]
    raise KeyError(f"unknown person form {form!r}")


def _address_pieces(address: Address, form: str) -> list[Piece]:
    if form == "street":
        return [(address.street, "LOCATION")]
    if form == "city":
        return [(address.city, "LOCATION")]
    if form == "country":
        return [(address.country, "LOCATION")]
    if form == "postcode":
        return [(address.postcode, "LOCATION")]
    if address.is_city_first:
        middle: list[Piece] = [
            (address.city, "LOCATION"),
            (" ", None),
            (address.postcode, "LOCATION"),
        ]
    else:
        middle = [
            (address.postcode, "LOCATION"),
            (" ", None),
            (address.city, "LOCATION"),
        ]
    separator = "\n" if form == "block" else ", "
    return [
        (address.street, "LOCATION"),
        (separator, None),
        *middle,
        (separator, None),
        (address.country, "LOCATION"),
    ]


def _value_pieces(ctx: _Context, kind: str) -> list[Piece]:
    rng, pools = ctx.rng, ctx.pools
    if kind == "phone":
        return [
            (
                fill_pattern(rng, rng.choice(pools.countries[ctx.country].phones)),
                "PHONE_NUMBER",
            )
        ]
    if kind == "iban":
        code = ctx.country if ctx.country in pools.iban_countries else "GB"
        if ctx.lang == "en" and rng.random() < 0.4:
            code = rng.choice(sorted(pools.iban_countries))
        return [(make_iban(rng, code, pools.iban_countries[code]), "IBAN_CODE")]
    if kind == "card":
        return [(make_card(rng), "CREDIT_CARD")]
    if kind == "ip":
        return [(make_ip(rng), "IP_ADDRESS")]
    if kind == "city":
        return [(rng.choice(pools.countries[ctx.country].cities), "LOCATION")]
    if kind == "country":
        return [(pools.countries[ctx.country].name, "LOCATION")]
    return [(_filler(ctx, kind), None)]


def _filler(ctx: _Context, kind: str) -> str:
    rng = ctx.rng
    if kind in ctx.pools.fillers:
        return rng.choice(ctx.pools.fillers[kind])
    numbers = {
        "ref": lambda: f"SO{rng.randint(10, 9999):04d}",
        "inv": lambda: f"INV/2026/{rng.randint(1, 999):04d}",
        "ticket": lambda: f"HD-{rng.randint(1000, 9999)}",
        "num": lambda: str(rng.randint(2, 28)),
        "year": lambda: str(rng.choice((1979, 1984, 1991, 1996, 2001))),
        "amount": lambda: (
            f"{rng.choice(_CURRENCY[ctx.lang])}{rng.randint(9, 2400)}."
            f"{rng.randint(0, 99):02d}"
        ),
    }
    if kind not in numbers:
        raise KeyError(f"unknown slot {kind!r}")
    return numbers[kind]()


def _slot_pieces(ctx: _Context, match: re.Match[str]) -> list[Piece]:
    kind, index, form = match.group(1), match.group(2), match.group(3) or ""
    key = kind + index
    if kind == "p":
        return _person_pieces(ctx, _person(ctx, key), form or "full")
    if kind == "o":
        firm = _firm(ctx, key)
        if form == "url":
            return [(f"https://www.{ascii_slug(firm)[:18]}.example", "URL")]
        if form == "email":
            box = ctx.rng.choice(("accounts", "info", "hello", "billing"))
            return [(f"{box}@{ascii_slug(firm)[:18]}.example", "EMAIL_ADDRESS")]
        return [(firm, "ORGANIZATION")]
    if kind == "a":
        return _address_pieces(_address(ctx, key), form or "line")
    return _value_pieces(ctx, kind)


def render(
    template: Template, pools: Pools, rng: random.Random
) -> tuple[str, list[Span]]:
    """Write the template's text; every labelled piece becomes one span."""
    country = rng.choice(pools.languages[template.lang])
    ctx = _Context(rng, pools, template.lang, country)
    parts: list[str] = []
    spans: list[Span] = []
    cursor = 0
    position = 0
    for match in SLOT.finditer(template.body):
        literal = template.body[cursor : match.start()]
        parts.append(literal)
        position += len(literal)
        for text, label in _slot_pieces(ctx, match):
            if label is not None:
                spans.append(Span(label, position, position + len(text)))
            parts.append(text)
            position += len(text)
        cursor = match.end()
    parts.append(template.body[cursor:])
    return "".join(parts), spans
