"""Set F's word pools and templates, and their split into two disjoint halves.

Pools live in ``set_f_data/``. Every list (each culture's given and family
names, each country's streets and cities, firm surnames and patterns,
brands, mail domains, tools, modules, and each template category) is
shuffled with one seed and cut in two, so the two parts share no value.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["Country", "Culture", "Pools", "Template", "load_templates", "split_pools"]

_DATA = Path(__file__).resolve().parent / "set_f_data"
_HEADER = re.compile(r"^== (\S+) (\S+) (\S+)$")


@dataclass(frozen=True)
class Culture:
    """Given names by gender and family names of one naming culture."""

    name: str
    family_first: bool
    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str, ...]


@dataclass(frozen=True)
class Country:
    """How one country writes addresses, and its streets and cities."""

    key: str
    names: tuple[str, ...]
    number_first: bool
    postcode: str
    streets: tuple[str, ...]
    person_streets: tuple[str, ...]
    cities: tuple[str, ...]
    name_cities: tuple[str, ...]
    regions: dict[str, str]


@dataclass(frozen=True)
class Template:
    """One text pattern: slots in braces, alternatives in ``[a|b]``."""

    template_id: str
    category: str
    lang: str
    text: str


@dataclass(frozen=True)
class Pools:
    """Everything one part draws from."""

    cultures: tuple[Culture, ...]
    countries: tuple[Country, ...]
    firm_surnames: tuple[str, ...]
    firm_patterns: dict[str, tuple[str, ...]]
    brands: tuple[str, ...]
    webmail: tuple[str, ...]
    tools: tuple[str, ...]
    modules: tuple[str, ...]
    titles: tuple[str, ...]
    templates: tuple[Template, ...]


def load_templates() -> list[Template]:
    """All templates of ``templates.txt``, in file order."""
    templates: list[Template] = []
    header: tuple[str, str, str] | None = None
    body: list[str] = []
    lines = (_DATA / "templates.txt").read_text("utf-8").splitlines()
    for line in [*lines, "== end end end"]:
        match = _HEADER.match(line)
        if not match:
            body.append(line)
            continue
        if header is not None:
            text = "\n".join(body).strip("\n")
            templates.append(Template(*header, text))
        header = (match.group(1), match.group(2), match.group(3))
        body = []
    ids = [t.template_id for t in templates]
    if len(ids) != len(set(ids)):
        raise ValueError("template ids must be unique")
    return templates


def _halves(rng: random.Random, values: list[Any]) -> tuple[list[Any], list[Any]]:
    if len(values) < 2:
        raise ValueError(f"cannot split a pool of {len(values)}: {values}")
    shuffled = sorted(values, key=str)
    rng.shuffle(shuffled)
    middle = len(shuffled) // 2
    return shuffled[:middle], shuffled[middle:]


def _unique(values: list[str], seen: set[str]) -> list[str]:
    """``values`` not yet in ``seen``: a name in two cultures lands in one."""
    fresh = [v for v in values if v not in seen]
    seen.update(fresh)
    return fresh


def _split_cultures(
    rng: random.Random, raw: dict[str, Any]
) -> tuple[list[Culture], list[Culture]]:
    parts: tuple[list[Culture], list[Culture]] = ([], [])
    given_seen: set[str] = set()
    family_seen: set[str] = set()
    for name, entry in raw.items():
        male = _halves(rng, _unique(entry["m"], given_seen))
        female = _halves(rng, _unique(entry["f"], given_seen))
        family = _halves(rng, _unique(entry["family"], family_seen))
        first = bool(entry.get("family_first", False))
        for index, part in enumerate(parts):
            culture = Culture(
                name, first, *(tuple(p[index]) for p in (male, female, family))
            )
            part.append(culture)
    return parts


def _split_countries(
    rng: random.Random, raw: dict[str, Any]
) -> tuple[list[Country], list[Country]]:
    parts: tuple[list[Country], list[Country]] = ([], [])
    for key, entry in raw.items():
        streets, person_streets, cities, name_cities = (
            _halves(rng, entry[f])
            for f in ("streets", "person_streets", "cities", "name_cities")
        )
        for index, part in enumerate(parts):
            country = Country(
                key=key,
                names=tuple(entry["country"]),
                number_first=bool(entry["number_first"]),
                postcode=entry["postcode"],
                streets=tuple(streets[index]),
                person_streets=tuple(person_streets[index]),
                cities=tuple(cities[index]),
                name_cities=tuple(name_cities[index]),
                regions=dict(entry.get("regions", {})),
            )
            part.append(country)
    return parts


def split_pools(seed: int) -> tuple[Pools, Pools]:
    """The tune half and the untouched half, the same for the same seed."""
    rng = random.Random(seed)
    people = json.loads((_DATA / "people.json").read_text("utf-8"))
    places = json.loads((_DATA / "places.json").read_text("utf-8"))
    firms = json.loads((_DATA / "firms.json").read_text("utf-8"))
    cultures = _split_cultures(rng, people)
    countries = _split_countries(rng, places)
    lists = {
        key: _halves(rng, firms[key])
        for key in ("firm_surnames", "brands", "webmail", "tools", "modules")
    }
    patterns = {
        lang: _halves(rng, values) for lang, values in firms["firm_patterns"].items()
    }
    by_category: dict[str, list[Template]] = {}
    for template in load_templates():
        by_category.setdefault(template.category, []).append(template)
    templates = [_halves(rng, by_category[c]) for c in sorted(by_category)]
    halves = [
        Pools(
            cultures=tuple(cultures[i]),
            countries=tuple(countries[i]),
            firm_surnames=tuple(lists["firm_surnames"][i]),
            firm_patterns={lang: tuple(p[i]) for lang, p in patterns.items()},
            brands=tuple(lists["brands"][i]),
            webmail=tuple(lists["webmail"][i]),
            tools=tuple(lists["tools"][i]),
            modules=tuple(lists["modules"][i]),
            titles=tuple(firms["titles"]),
            templates=tuple(t for pair in templates for t in pair[i]),
        )
        for i in (0, 1)
    ]
    return halves[0], halves[1]
