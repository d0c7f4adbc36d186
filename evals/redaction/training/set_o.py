"""Set O: places and firms named after people, next to the people themselves.

`python -m evals.redaction.training.set_o` rewrites `o.jsonl` byte for byte.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from evals.redaction.training import set_o_values as values
from evals.redaction.training.set_o_values import Person

OUTPUT = Path(__file__).with_name("o.jsonl")
TEMPLATES = values.DATA / "templates.txt"
TEXT_COUNT = 1500
EMPTY_COUNT = 285
NO_PERSON_COUNT = 300
SEED = 20261205

MONTHS = ["January", "March", "April", "May", "June", "August", "October"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
ITEMS = ["oak desk frames", "steel shelving", "ceramic tiles", "LED panels",
         "office chairs", "printer toner", "archive boxes", "cable trays"]  # fmt: skip
JOBS = ["Account Manager", "Logistics Coordinator", "Office Manager",
        "Head of Procurement", "Facility Manager", "Travel Desk"]  # fmt: skip
PLACEHOLDER = re.compile(r"\{([a-z0-9_.]+)\}")
PERSON_FORMS = {"", "given", "family", "rev", "init", "upper", "handle", "lower"}
PLAIN: dict[str, Callable[[random.Random], str]] = {
    "so": lambda r: f"SO{r.randint(10, 9999):04d}",
    "inv": lambda r: f"INV/2026/{r.randint(1, 3999):04d}",
    "po": lambda r: f"P{r.randint(10, 9999):05d}",
    "wh": lambda r: f"WH/OUT/{r.randint(1, 9999):05d}",
    "amt": lambda r: f"{r.randint(80, 48000):,}.{r.randint(0, 99):02d}",
    "qty": lambda r: str(r.randint(2, 60)),
    "n": lambda r: str(r.randint(2, 9)),
    "time": lambda r: f"{r.randint(7, 18):02d}:{r.choice(['00', '15', '30', '45'])}",
    "date": lambda r: f"{r.randint(1, 28)} {r.choice(MONTHS)} 2026",
    "day": lambda r: r.choice(DAYS),
    "month": lambda r: r.choice(MONTHS),
    "room": lambda r: str(r.randint(101, 640)),
    "item": lambda r: r.choice(ITEMS),
    "job": lambda r: r.choice(JOBS),
}  # fmt: skip
Segment = tuple[str, str | None]


@dataclass(frozen=True)
class Template:
    name: str
    body: str
    is_empty: bool
    has_person: bool
    locale: str


def read_templates(path: Path = TEMPLATES) -> list[Template]:
    """Templates split on `=== name [empty|noperson] [locale]` lines; a
    template marked empty may hold only unlabelled placeholders, one marked
    noperson no person placeholder."""
    templates = []
    text = path.read_text(encoding="utf-8")
    for chunk in re.split(r"^=== ", text, flags=re.MULTILINE)[1:]:
        header, body = chunk.split("\n", 1)
        name, *flags = header.split()
        keys = PLACEHOLDER.findall(body)
        is_empty, no_person = "empty" in flags, "noperson" in flags
        labelled = [k for k in keys if k.split(".")[0] not in PLAIN]
        people = [k for k in keys if re.fullmatch(r"p\d(\..*)?", k)]
        if (is_empty and labelled) or (no_person and people):
            raise ValueError(f"template {name} labels what its flag forbids")
        if not is_empty and not no_person and not people:
            raise ValueError(f"template {name} names no person, flag it noperson")
        locale = next((f for f in flags if f in values.STREETS), "")
        has_person = bool(people)
        templates.append(Template(name, body.strip(), is_empty, has_person, locale))
    return templates


@cache
def _pool(name: str) -> dict[str, list[str]]:
    return values.read_pool(name)


@cache
def _cities() -> dict[str, list[tuple[str, str]]]:
    return values.read_cities()


class Filler:
    """Fills one text's placeholders; a key repeated in a text keeps its value."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng, self.locale = rng, locale
        self.given, self.family = _pool("given.txt"), _pool("family.txt")
        self.all_given = [n for pool in self.given.values() for n in pool]
        self.all_family = [n for pool in self.family.values() for n in pool]
        self.cities = _cities()[locale]
        self.people: dict[str, Person] = {}
        self.cache: dict[str, list[Segment]] = {}

    def person(self, slot: str) -> Person:
        if slot not in self.people:
            origin = self.rng.choice(sorted(self.given))
            fam = self.family[self.rng.choice([origin, origin, *sorted(self.family)])]
            self.people[slot] = Person(
                self.rng.choice(self.given[origin]), self.rng.choice(fam)
            )
        return self.people[slot]

    def namesake(self) -> Person:
        origin = values.STREET_ORIGIN[self.locale]
        return Person(
            self.rng.choice(self.given[origin]), self.rng.choice(self.family[origin])
        )

    def fill(self, key: str) -> list[Segment]:
        if key not in self.cache:
            self.cache[key] = self._make(key)
        return self.cache[key]

    def _make(self, key: str) -> list[Segment]:
        rng, head, _, form = self.rng, *key.partition(".")
        if head in PLAIN:
            return [(PLAIN[head](rng), None)]
        if re.fullmatch(r"p\d", head):
            return self._person_form(self.person(head), form, head)
        return self._value(head)

    def _person_form(self, who: Person, form: str, slot: str) -> list[Segment]:
        g, f = who.given, who.family
        forms = {
            "": f"{g} {f}", "given": g, "family": f, "rev": f"{f}, {g}",
            "init": f"{g} {f[0].upper()}.", "upper": f"{f.upper()} {g}",
            "handle": values.ascii_slug(g, ""), "lower": f"{g} {f}".lower(),
        }  # fmt: skip
        if form in forms:
            return [(forms[form], "PERSON")]
        if form == "email":
            local = values.ascii_slug(f"{g} {f}")
            return [(f"{local}@{self._domain()}", "EMAIL_ADDRESS")]
        if form == "firm":
            return [(values.firm(self.rng, self.all_family, f), "ORGANIZATION")]
        if form in {"street", "addr"}:
            own = Person(self.rng.choice(self.all_given), f)
            name = values.street(self.rng, self.locale, own)
            return self._address(name, with_city=form == "addr")
        if form == "bldg":
            own = Person(self.rng.choice(self.all_given), f)
            return [(values.building(self.rng, own), "LOCATION")]
        raise ValueError(f"unknown placeholder {slot}.{form}")

    def _domain(self) -> str:
        firm_name = self.fill("firm")[0][0]
        words = [w for w in values.ascii_slug(firm_name, " ").split() if len(w) > 2]
        return "-".join(words[:2]) + ".example"

    def _address(self, name: str, with_city: bool) -> list[Segment]:
        line = values.street_line(self.rng, self.locale, name)
        if not with_city:
            return [(line, "LOCATION")]
        return [(line, "LOCATION"), (", ", None), *self._value("city")]

    def _value(self, head: str) -> list[Segment]:
        rng, loc = self.rng, self.locale
        base = head.rstrip("0123456789")
        if base == "firm":
            return [(values.firm(rng, self.all_family, rng.choice(self.all_family)),
                     "ORGANIZATION")]  # fmt: skip
        if base == "street":
            return self._address(values.street(rng, loc, self.namesake()), False)
        if base == "addr":
            return self._address(values.street(rng, loc, self.namesake()), True)
        if base == "city":
            city, region = rng.choice(self.cities)
            code = values.postcode(rng, loc)
            if loc in {"us", "ca", "uk"}:
                if region:
                    return [(city, "LOCATION"), (", ", None), (region, "LOCATION"),
                            (f" {code}", None)]  # fmt: skip
                return [(city, "LOCATION"), (f" {code}", None)]
            tail = [(", ", None), (region, "LOCATION")] if region else []
            return [(f"{code} ", None), (city, "LOCATION"), *tail]
        if base == "town":
            return [(rng.choice(self.cities)[0], "LOCATION")]
        if base == "bldg":
            return [(values.building(rng, self.namesake()), "LOCATION")]
        simple: dict[str, tuple[Callable[[], str], str]] = {
            "phone": (lambda: values.phone(rng, loc), "PHONE_NUMBER"),
            "iban": (lambda: values.iban(rng), "IBAN_CODE"),
            "card": (lambda: values.card(rng), "CREDIT_CARD"),
            "ip": (lambda: values.ip_address(rng), "IP_ADDRESS"),
            "url": (lambda: f"https://www.{self._domain()}/{rng.choice(URLS)}",
                    "URL"),
            "email": (lambda: f"{rng.choice(MAILBOXES)}@{self._domain()}",
                      "EMAIL_ADDRESS"),
        }  # fmt: skip
        if base in simple:
            make, kind = simple[base]
            return [(make(), kind)]
        raise ValueError(f"unknown placeholder {head}")


URLS = ["contact", "track", "booking", "suppliers", "offices/new"]
MAILBOXES = ["info", "orders", "bookings", "accounts", "reception"]


def render(template: Template, filler: Filler) -> tuple[str, list[dict[str, Any]]]:
    text, spans, pos = "", [], 0
    for match in PLACEHOLDER.finditer(template.body):
        text += template.body[pos : match.start()]
        for segment, kind in filler.fill(match.group(1)):
            if kind:
                spans.append({"type": kind, "start": len(text),
                              "end": len(text) + len(segment)})  # fmt: skip
            text += segment
        pos = match.end()
    return text + template.body[pos:], spans


def generate() -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    templates = read_templates()
    groups = {
        "empty": [t for t in templates if t.is_empty],
        "noperson": [t for t in templates if not t.is_empty and not t.has_person],
        "person": [t for t in templates if t.has_person],
    }
    plan = (["empty"] * EMPTY_COUNT + ["noperson"] * NO_PERSON_COUNT
            + ["person"] * (TEXT_COUNT - EMPTY_COUNT - NO_PERSON_COUNT))  # fmt: skip
    rng.shuffle(plan)
    records = []
    for number, group in enumerate(plan, start=1):
        template = rng.choice(groups[group])
        locale = template.locale or rng.choice(sorted(values.STREETS))
        text, spans = render(template, Filler(rng, locale))
        tags = [template.name, group, locale]
        records.append({"id": f"O-{number:04d}", "text": text, "spans": spans,
                        "tags": tags})  # fmt: skip
    return records


def to_jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


if __name__ == "__main__":
    OUTPUT.write_text(to_jsonl(generate()), encoding="utf-8")
