"""Values that fill set M's placeholders: labelled segments and fillers.

A labelled kind returns the segments it spells, each with its span type
(an address is several LOCATION spans); an unlabelled kind, such as a date
or a job title, returns one segment that no span covers.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from evals.redaction.training import set_m_values as values
from evals.redaction.training.set_m_people import PeoplePool

DATA = Path(__file__).parent / "set_m_data"
LABELLED = {
    "phone": "PHONE_NUMBER",
    "iban": "IBAN_CODE",
    "card": "CREDIT_CARD",
    "ip": "IP_ADDRESS",
    "url": "URL",
    "org": "ORGANIZATION",
    "city": "LOCATION",
    "pcity": "LOCATION",
    "country": "LOCATION",
    "street": "LOCATION",
    "postcode": "LOCATION",
    "address": "LOCATION",
}
UNLABELLED = frozenset(
    {"date", "dob", "time", "weekday", "month", "amount", "ref", "job", "n", "order"}
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
URL_PATHS = ("book", "claims/new", "returns", "portal/login", "apply", "track")

Segment = tuple[str, str | None]


@dataclass(frozen=True)
class Pools:
    """The word lists of ``set_m_data``, read once per run."""

    people: PeoplePool
    cities: list[str]
    person_cities: list[str]
    countries: list[str]
    streets: list[str]
    street_types: list[str]
    org_heads: list[str]
    org_tails: list[str]
    jobs: list[str]


def read_pool(path: Path) -> list[str]:
    """Non-blank lines of a data file, ``#`` lines being comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and line[0] != "#"]


def load_pools() -> Pools:
    """Read every word list of ``set_m_data``."""
    return Pools(
        people=PeoplePool(
            read_pool(DATA / "given.txt"),
            read_pool(DATA / "family.txt"),
            read_pool(DATA / "place_given.txt"),
            read_pool(DATA / "refused_names.txt"),
        ),
        cities=read_pool(DATA / "cities.txt"),
        person_cities=read_pool(DATA / "person_cities.txt"),
        countries=read_pool(DATA / "countries.txt"),
        streets=read_pool(DATA / "streets.txt"),
        street_types=read_pool(DATA / "street_types.txt"),
        org_heads=read_pool(DATA / "org_heads.txt"),
        org_tails=read_pool(DATA / "org_tails.txt"),
        jobs=read_pool(DATA / "jobs.txt"),
    )


def _address(rng: random.Random, pools: Pools) -> list[Segment]:
    street = f"{rng.choice(pools.streets)} {rng.choice(pools.street_types)}"
    number, city = str(rng.randint(1, 240)), rng.choice(pools.cities)
    code = values.postcode(rng)
    if rng.random() < 0.5:
        parts: list[Segment] = [(f"{number} {street}", "LOCATION"), (", ", None)]
        parts += [(city, "LOCATION"), (" ", None), (code, "LOCATION")]
    else:
        parts = [(f"{street} {number}", "LOCATION"), (", ", None)]
        parts += [(code, "LOCATION"), (" ", None), (city, "LOCATION")]
    if rng.random() < 0.4:
        parts += [(", ", None), (rng.choice(pools.countries), "LOCATION")]
    return parts


def _org(rng: random.Random, pools: Pools) -> str:
    return f"{rng.choice(pools.org_heads)} {rng.choice(pools.org_tails)}"


def _url(rng: random.Random, pools: Pools) -> str:
    head = re.sub(r"[^a-z]", "", rng.choice(pools.org_heads).lower())
    query = f"?ref={rng.randint(1000, 99999)}" if rng.random() < 0.4 else ""
    return f"https://www.{head}.example.com/{rng.choice(URL_PATHS)}{query}"


def _filler(kind: str, rng: random.Random, pools: Pools) -> str:
    """An unlabelled value: a date, a reference, a job title, ..."""
    day = rng.randint(1, 28)
    makers: dict[str, Callable[[], str]] = {
        "date": lambda: rng.choice(
            (f"{day} {rng.choice(MONTHS)}", f"2026-0{rng.randint(1, 9)}-{day:02d}")
        ),
        "dob": lambda: f"{day:02d}/{rng.randint(1, 12):02d}/{rng.randint(1946, 2008)}",
        "time": lambda: rng.choice(("9:30", "10:15", "14:00", "16:45", "8am", "noon")),
        "weekday": lambda: rng.choice(WEEKDAYS),
        "month": lambda: rng.choice(MONTHS),
        "amount": lambda: rng.choice("$€£") + f"{rng.randint(12, 2400)}.{day:02d}",
        "ref": lambda: (
            rng.choice(("SO", "INV/2026/", "CLM-", "REF ", "BK"))
            + f"{rng.randint(10, 9999):04d}"
        ),
        "job": lambda: rng.choice(pools.jobs),
        "n": lambda: str(rng.randint(2, 9)),
        "order": lambda: f"#{rng.randint(10000, 99999)}",
    }
    return makers[kind]()


def _labelled(kind: str, rng: random.Random, pools: Pools) -> list[Segment]:
    if kind == "address":
        return _address(rng, pools)
    makers: dict[str, Callable[[], str]] = {
        "phone": lambda: values.phone(rng),
        "iban": lambda: values.iban(rng),
        "card": lambda: values.card(rng),
        "ip": lambda: values.ip(rng),
        "url": lambda: _url(rng, pools),
        "org": lambda: _org(rng, pools),
        "city": lambda: rng.choice(pools.cities),
        "pcity": lambda: rng.choice(pools.person_cities),
        "country": lambda: rng.choice(pools.countries),
        "street": lambda: (
            f"{rng.randint(1, 240)} {rng.choice(pools.streets)} "
            + rng.choice(pools.street_types)
        ),
        "postcode": lambda: values.postcode(rng),
    }
    return [(makers[kind](), LABELLED[kind])]


def fill(kind: str, rng: random.Random, pools: Pools) -> list[Segment]:
    """The segments one placeholder of ``kind`` spells."""
    if kind in LABELLED:
        return _labelled(kind, rng, pools)
    return [(_filler(kind, rng, pools), None)]
