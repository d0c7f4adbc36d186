"""Set E's word pools and templates, cut in two disjoint halves by seed.

Every list a value is drawn from (given names, family names, streets, cities,
company patterns, brands, mail domains, products) and every template category
is shuffled with the split seed and cut in two: the first half feeds the
tuned part, the second the untouched part. Country names, job titles and
departments are shared; they are not what the set measures.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["Country", "Culture", "Pools", "Template", "split_pools"]

_DATA = Path(__file__).resolve().parent / "set_e_data"
_CATEGORY = re.compile(r"\[(\w+)\]")
_T = TypeVar("_T")


@dataclass(frozen=True)
class Culture:
    """Given names (with ``m``/``f``) and family names of one naming culture."""

    name: str
    given: tuple[tuple[str, str], ...]
    family: tuple[str, ...]
    family_first: float
    titles: tuple[tuple[str, tuple[str, ...]], ...]
    suffix_titles: tuple[str, ...]


@dataclass(frozen=True)
class Country:
    """How one country writes addresses, phone numbers and IBANs."""

    code: str
    names: tuple[str, ...]
    style: str
    postcodes: tuple[str, ...]
    units: tuple[str, ...]
    streets: tuple[str, ...]
    cities: tuple[tuple[str, ...], ...]
    phones: tuple[str, ...]
    iban: str
    iban_code: str


@dataclass(frozen=True)
class Template:
    """One template; ``template_id`` is its category and place in the file."""

    template_id: str
    category: str
    text: str


@dataclass(frozen=True)
class Pools:
    """Everything one part of the set draws from."""

    cultures: tuple[Culture, ...]
    word_names: Culture
    countries: tuple[Country, ...]
    name_cities: tuple[str, ...]
    firm_patterns: tuple[tuple[str, ...], ...]
    brands: tuple[str, ...]
    brand_suffixes: tuple[str, ...]
    legal_forms: tuple[str, ...]
    webmail: tuple[str, ...]
    products: tuple[str, ...]
    roles: tuple[str, ...]
    departments: tuple[str, ...]
    templates: tuple[Template, ...]


def _halves(items: Sequence[_T], rng: random.Random) -> tuple[list[_T], list[_T]]:
    """The items shuffled and cut in two; the first half gets the odd one."""
    shuffled = list(items)
    rng.shuffle(shuffled)
    cut = (len(shuffled) + 1) // 2
    return shuffled[:cut], shuffled[cut:]


def _load(name: str) -> Any:
    return json.loads((_DATA / name).read_text("utf-8"))


def _templates() -> dict[str, list[Template]]:
    by_category: dict[str, list[Template]] = {}
    category = ""
    for line in (_DATA / "templates.txt").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if match := _CATEGORY.fullmatch(line):
            category = match.group(1)
            continue
        if not category:
            raise ValueError("templates.txt: a template comes before any [category]")
        group = by_category.setdefault(category, [])
        text = line.replace("\\n", "\n")
        group.append(Template(f"{category}/{len(group) + 1:02d}", category, text))
    return by_category


def _cultures(rng: random.Random) -> tuple[list[Culture], list[Culture]]:
    parts: tuple[list[Culture], list[Culture]] = ([], [])
    for name, row in _load("people.json").items():
        male = _halves([(n, "m") for n in row["m"]], rng)
        female = _halves([(n, "f") for n in row["f"]], rng)
        family = _halves(row["family"], rng)
        titles = tuple((g, tuple(t)) for g, t in row.get("titles", {}).items())
        for side in (0, 1):
            parts[side].append(
                Culture(
                    name,
                    tuple(male[side] + female[side]),
                    tuple(family[side]),
                    float(row.get("family_first", 0.0)),
                    titles,
                    tuple(row.get("suffix_titles", ())),
                )
            )
    return parts


def _countries(rng: random.Random) -> tuple[list[Country], list[Country]]:
    parts: tuple[list[Country], list[Country]] = ([], [])
    for code, row in _load("places.json")["countries"].items():
        streets = _halves(row["streets"], rng)
        cities = _halves([tuple(c) for c in row["cities"]], rng)
        for side in (0, 1):
            parts[side].append(
                Country(
                    code,
                    tuple(row["names"]),
                    row["style"],
                    tuple(row.get("postcode", ())),
                    tuple(row["units"]),
                    tuple(streets[side]),
                    tuple(cities[side]),
                    tuple(row["phones"]),
                    row.get("iban", ""),
                    row.get("iban_code", code),
                )
            )
    return parts


def split_pools(seed: int) -> tuple[Pools, Pools]:
    """The tuned part's pools and the untouched part's, sharing no value."""
    rng = random.Random(seed)
    cultures = _cultures(rng)
    countries = _countries(rng)
    firms = _load("firms.json")
    patterns = [_halves(p, rng) for p in firms["surname_patterns"].values()]
    lists = {
        key: _halves(firms[key], rng)
        for key in ("brands", "brand_suffixes", "webmail", "products")
    }
    templates = [_halves(group, rng) for group in _templates().values()]
    name_cities = set(_load("places.json")["name_cities"])
    parts = []
    for side in (0, 1):
        cities = [c[0] for country in countries[side] for c in country.cities]
        parts.append(
            Pools(
                cultures=tuple(cultures[side]),
                word_names=next(c for c in cultures[side] if c.name == "word_names"),
                countries=tuple(countries[side]),
                name_cities=tuple(c for c in cities if c in name_cities),
                firm_patterns=tuple(tuple(p[side]) for p in patterns),
                brands=tuple(lists["brands"][side]),
                brand_suffixes=tuple(lists["brand_suffixes"][side]),
                legal_forms=tuple(firms["legal_forms"]),
                webmail=tuple(lists["webmail"][side]),
                products=tuple(lists["products"][side]),
                roles=tuple(firms["roles"]),
                departments=tuple(firms["departments"]),
                templates=tuple(t for group in templates for t in group[side]),
            )
        )
    return parts[0], parts[1]
