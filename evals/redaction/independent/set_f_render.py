"""Fills one set F template, recording each label while the text is written.

Slots read ``{kind}``, ``{kind#key}`` or ``{kind#key:mod}``. The same key
means the same person, firm or place within one text; a person key that
starts with ``w`` draws a given name that is also an English word. ``mod``
is ``lower`` or ``upper`` for names, a country for phones and IBANs,
``line`` for a one-line address, ``n`` for a city named like a person,
``p`` for a street named after one, ``s`` or ``b`` for a firm named after
family names or a brand. ``[a|b]`` picks one alternative first.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from evals.redaction.independent import set_f_values as values
from evals.redaction.independent.set_f_people import (
    Firm,
    Person,
    Piece,
    Place,
    new_firm,
)
from evals.redaction.independent.set_f_pools import Pools
from evals.redaction.labelled import TextBuilder

__all__ = ["RenderedText", "TextRenderer"]

_CHOICE = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")
_SLOT = re.compile(r"\{([a-z]+)(?:#(\w+))?(?::(\w+))?\}")
_WORD_CULTURE = "word_names"


@dataclass
class RenderedText:
    """A written text, its labels and the phenomena it shows."""

    builder: TextBuilder
    tags: list[str] = field(default_factory=list)


@dataclass
class _Context:
    """The people, firms and places one text has met so far."""

    lang: str
    people: dict[str, Person] = field(default_factory=dict)
    firms: dict[str, Firm] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    tags: set[str] = field(default_factory=set)


class TextRenderer:
    """Writes texts from templates with one part's pools and one RNG."""

    def __init__(self, pools: Pools, rng: random.Random) -> None:
        self._pools = pools
        self._rng = rng
        self._kinds: dict[str, Callable[[_Context, str, str], list[Piece]]] = {
            "full": self._full,
            "first": self._first,
            "last": self._last,
            "mr": self._mr,
            "init": self._init,
            "rev": self._rev,
            "caps": self._caps,
            "gcaps": self._given_caps,
            "handle": self._handle,
            "login": self._login,
            "email": self._email,
            "purl": self._purl,
            "org": self._org,
            "sorg": lambda c, k, m: self._org(c, k, "s"),
            "url": self._url,
            "street": self._street,
            "pstreet": lambda c, k, m: self._street(c, k, "p"),
            "city": self._city,
            "country": self._country,
            "addr": self._address,
            "phone": self._phone,
            "iban": self._iban,
            "card": self._card,
            "ip": self._ip,
        }
        self._plain: dict[str, Callable[[], str]] = {
            "tool": lambda: self._rng.choice(self._pools.tools),
            "module": lambda: self._rng.choice(self._pools.modules),
            "jobtitle": lambda: self._rng.choice(self._pools.titles),
            "ref": lambda: values.reference(self._rng),
            "date": lambda: values.date(self._rng),
            "amount": lambda: values.amount(self._rng),
            "time": lambda: (
                f"{self._rng.randint(8, 18)}:{self._rng.choice('0134')}"
                f"{self._rng.choice('05')}"
            ),
            "hours": lambda: self._rng.choice(("0.5", "1", "1.5", "2", "0.25", "3")),
        }

    def render(self, template_text: str, lang: str) -> RenderedText:
        """One filling of ``template_text``; ``lang`` picks titles and domains."""
        text = template_text
        while match := _CHOICE.search(text):
            chosen = self._rng.choice(match.group(1).split("|"))
            text = text[: match.start()] + chosen + text[match.end() :]
        context = _Context(lang)
        builder = TextBuilder()
        position = 0
        for slot in _SLOT.finditer(text):
            builder.say(text[position : slot.start()])
            kind, key, mod = slot.group(1), slot.group(2) or "1", slot.group(3) or ""
            for entity_type, piece in self._pieces(context, kind, key, mod):
                if entity_type is None:
                    builder.say(piece)
                else:
                    builder.value(entity_type, piece)
            position = slot.end()
        builder.say(text[position:])
        if any("{" in piece or "}" in piece for piece in builder.pieces):
            raise ValueError(f"malformed slot in template: {template_text[:40]!r}")
        return RenderedText(builder, sorted(context.tags))

    def _pieces(self, context: _Context, kind: str, key: str, mod: str) -> list[Piece]:
        context.tags.add(kind)
        if kind in self._plain:
            plain = self._plain[kind]()
            return [(None, plain.upper() if mod == "upper" else plain)]
        if kind not in self._kinds:
            raise ValueError(f"unknown slot kind {kind!r}")
        return self._kinds[kind](context, key, mod)

    def _person(self, context: _Context, key: str) -> Person:
        if key not in context.people:
            cultures = self._pools.cultures
            if key.startswith("w"):
                cultures = tuple(c for c in cultures if c.name == _WORD_CULTURE)
            culture = self._rng.choice(cultures)
            context.tags.add(f"culture:{culture.name}")
            context.people[key] = Person.draw(self._rng, culture)
        return context.people[key]

    def _name(self, text: str, mod: str) -> list[Piece]:
        if mod == "lower":
            text = text.lower()
        elif mod == "upper":
            text = text.upper()
        return [("PERSON", text)]

    def _full(self, context: _Context, key: str, mod: str) -> list[Piece]:
        return self._name(self._person(context, key).full(), mod)

    def _first(self, context: _Context, key: str, mod: str) -> list[Piece]:
        return self._name(self._person(context, key).given, mod)

    def _last(self, context: _Context, key: str, mod: str) -> list[Piece]:
        return self._name(self._person(context, key).family_alone(), mod)

    def _mr(self, context: _Context, key: str, mod: str) -> list[Piece]:
        person = self._person(context, key)
        title = person.title(self._rng, context.lang)
        title = title.lower() if mod == "lower" else title
        title = title.upper() if mod == "upper" else title
        return [(None, f"{title} "), *self._name(person.family_alone(), mod)]

    def _init(self, context: _Context, key: str, mod: str) -> list[Piece]:
        person = self._person(context, key)
        given, family = person.given, person.family_alone()
        shape = self._rng.choice(("{g}. {f}", "{g}.{f}", "{f} {g}.", "{G} {F}."))
        text = shape.format(g=given[0], f=family, G=given, F=family[0])
        return self._name(text, mod)

    def _rev(self, context: _Context, key: str, mod: str) -> list[Piece]:
        person = self._person(context, key)
        return self._name(f"{person.family_alone()}, {person.given}", mod)

    def _caps(self, context: _Context, key: str, mod: str) -> list[Piece]:
        person = self._person(context, key)
        return [("PERSON", f"{person.family_alone().upper()} {person.given}")]

    def _given_caps(self, context: _Context, key: str, mod: str) -> list[Piece]:
        person = self._person(context, key)
        return [("PERSON", f"{person.given} {person.family_alone().upper()}")]

    def _login(self, context: _Context, key: str, mod: str) -> list[Piece]:
        return [("PERSON", self._person(context, key).handle(self._rng))]

    def _handle(self, context: _Context, key: str, mod: str) -> list[Piece]:
        return [(None, "@"), ("PERSON", self._person(context, key).handle(self._rng))]

    def _firm(self, context: _Context, key: str, kind: str = "org") -> Firm:
        if key not in context.firms:
            context.firms[key] = new_firm(self._rng, self._pools, context.lang, kind)
        return context.firms[key]

    def _email(self, context: _Context, key: str, mod: str) -> list[Piece]:
        person = self._person(context, key)
        if mod == "home" or (mod == "" and self._rng.random() < 0.2):
            domain = self._rng.choice(self._pools.webmail)
        else:
            domain = self._firm(context, key).domain
        address = f"{person.local_part(self._rng)}@{domain}"
        return [("EMAIL_ADDRESS", address.upper() if mod == "upper" else address)]

    def _purl(self, context: _Context, key: str, mod: str) -> list[Piece]:
        person = self._person(context, key)
        slug = person.local_part(self._rng).replace(".", "-").replace("_", "-")
        suffix = f"{self._rng.randrange(16**6):06x}"
        return [("URL", f"https://www.linkedin.com/in/{slug}-{suffix}")]

    def _org(self, context: _Context, key: str, mod: str) -> list[Piece]:
        kind = _SLOT_KIND.get(mod, "org")
        return [("ORGANIZATION", self._firm(context, key, kind).name)]

    def _url(self, context: _Context, key: str, mod: str) -> list[Piece]:
        domain = self._firm(context, key).domain
        path = f"{self._rng.randrange(36**5):x}"
        shape = self._rng.choice(
            ("https://www.{d}", "https://{d}/contact", "www.{d}",
             "https://portal.{d}/login", "https://files.{d}/s/{p}",
             "http://{d}/odoo/web#id={n}")
        )  # fmt: skip
        return [("URL", shape.format(d=domain, p=path, n=self._rng.randint(10, 9999)))]

    def _place(self, context: _Context, key: str, kind: str = "street") -> Place:
        if key not in context.places:
            rng = self._rng
            country = rng.choice(self._pools.countries)
            streets = country.person_streets if kind == "pstreet" else country.streets
            cities = country.name_cities if kind == "ncity" else country.cities
            number = str(rng.randint(1, 180)) + rng.choice(("", "", "", "a", "B"))
            context.places[key] = Place(
                country,
                rng.choice(streets),
                number,
                _postcode(rng, country.postcode),
                rng.choice(cities),
                rng.choice(country.names),
            )
            context.tags.add(f"country:{country.key}")
        return context.places[key]

    def _street(self, context: _Context, key: str, mod: str) -> list[Piece]:
        kind = "pstreet" if mod == "p" else "street"
        return [("LOCATION", self._place(context, key, kind).street_line())]

    def _city(self, context: _Context, key: str, mod: str) -> list[Piece]:
        kind = "ncity" if mod == "n" else "street"
        return [("LOCATION", self._place(context, key, kind).city)]

    def _country(self, context: _Context, key: str, mod: str) -> list[Piece]:
        return [("LOCATION", self._place(context, key).country_name)]

    def _address(self, context: _Context, key: str, mod: str) -> list[Piece]:
        kind = self._rng.choice(("street", "street", "pstreet", "ncity"))
        place = self._place(context, key, kind)
        sep = ", " if mod == "line" else "\n"
        pieces: list[Piece] = [("LOCATION", place.street_line()), (None, sep)]
        pieces += place.city_pieces()
        if self._rng.random() < 0.6:
            pieces += [(None, sep), ("LOCATION", place.country_name)]
        return pieces

    def _phone(self, context: _Context, key: str, mod: str) -> list[Piece]:
        return [("PHONE_NUMBER", values.phone(self._rng, mod or None))]

    def _iban(self, context: _Context, key: str, mod: str) -> list[Piece]:
        code = values.iban(self._rng, mod.upper() or None)
        if self._rng.random() < 0.6:
            code = values.grouped(code, (4,), " ")
        return [("IBAN_CODE", code)]

    def _card(self, context: _Context, key: str, mod: str) -> list[Piece]:
        return [("CREDIT_CARD", values.card(self._rng))]

    def _ip(self, context: _Context, key: str, mod: str) -> list[Piece]:
        return [("IP_ADDRESS", values.ip_address(self._rng))]


def _postcode(rng: random.Random, shapes: str) -> str:
    """A postcode in one of ``shapes`` (``9`` a digit, ``A`` a letter)."""
    shape = rng.choice(shapes.split("|"))
    return values.fill_shape(rng, shape.replace("9", "#").replace("A", "@"))


_SLOT_KIND = {"s": "sorg", "b": "borg"}
"""``{org:s}`` is a firm named after family names, ``{org:b}`` a brand."""
