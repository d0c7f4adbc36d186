"""Set E's postal addresses, written the way their country writes them.

Forms: one line (default), ``lines``, ``street``, ``city``, ``country`` and
``streetcity``. The street line (with any flat or suite), postcode, city,
region and country are each one LOCATION span; the commas, spaces and line
breaks between them are not labelled.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from evals.redaction.independent.set_e_pools import Country
from evals.redaction.independent.set_e_values import Piece, fill

__all__ = ["Address", "address_pieces", "draw_address"]

_LOC = "LOCATION"
_NUMBER_LAST = ("eu", "eu_comma")


@dataclass(frozen=True)
class Address:
    """One invented address; its forms in one text agree with each other."""

    country: Country
    street: str
    city: str
    region: str
    postcode: str
    country_name: str


def draw_address(rng: random.Random, country: Country) -> Address:
    """A street, city and postcode of ``country``."""
    city = rng.choice(country.cities)
    postcode = rng.choice(country.postcodes) if country.postcodes else ""
    return Address(
        country,
        _street_line(rng, country),
        city[0],
        city[1] if len(city) > 1 else "",
        fill(rng, postcode),
        rng.choice(country.names),
    )


def _street_line(rng: random.Random, country: Country) -> str:
    street, number = rng.choice(country.streets), str(rng.randrange(1, 240))
    if country.style in _NUMBER_LAST:
        if rng.random() < 0.1:
            number += rng.choice("abc")
        joiner = ", " if country.style == "eu_comma" else " "
        return f"{street}{joiner}{number}"
    line = f"{number} {street}"
    if country.units and rng.random() < 0.2:
        unit = rng.choice(country.units)
        return f"{unit}, {line}" if country.style == "uk" else f"{line}, {unit}"
    return line


def _city_line(address: Address) -> list[Piece]:
    city: Piece = (_LOC, address.city)
    code: Piece = (_LOC, address.postcode)
    region: Piece = (_LOC, address.region)
    space: Piece = (None, " ")
    style = address.country.style
    if style == "us":
        return [city, (None, ", "), region, space, code]
    if style == "au":
        return [city, space, region, space, code]
    if style == "uk" and address.postcode:
        return [city, space, code]
    if style in ("fr", *_NUMBER_LAST):
        return [code, space, city]
    return [city]


def address_pieces(rng: random.Random, address: Address, form: str) -> list[Piece]:
    """The address written in ``form``; raises on an unknown form."""
    street: Piece = (_LOC, address.street)
    country = address.country_name
    if form == "street":
        return [street]
    if form == "city":
        return [(_LOC, address.city)]
    if form == "country":
        return [(_LOC, country)]
    if form == "streetcity":
        return [street, (None, ", "), (_LOC, address.city)]
    if form not in ("", "lines"):
        raise ValueError(f"unknown address form {form!r}")
    joiner = "\n" if form == "lines" else ", "
    pieces: list[Piece] = [street, (None, joiner), *_city_line(address)]
    if rng.random() < (0.6 if form == "lines" else 0.4):
        if form == "lines" and rng.random() < 0.4:
            country = country.upper()
        pieces += [(None, joiner), (_LOC, country)]
    return pieces
