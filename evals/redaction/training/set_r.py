"""Set R: short and medium personal-data texts by and about people of many naming
cultures (forms, KYC notes, shipping and billing records, chats, statements, CVs,
letters, one-line records), for training only.

``python -m evals.redaction.training.set_r`` rewrites ``r.jsonl`` byte for byte.
Templates are in ``set_r_data/templates_*.txt``. A placeholder is written
``{name}``; labels are recorded while the text is written, never searched for.

A person's gender can be fixed (``{p2f}``, ``{p3m}``).
People: ``{p1}`` (a random form) or ``{p1.FORM}`` with FORM one of full, short,
given, family, title, formal, init, upper, lower, poss, handle, at; ``{email1}`` and
``{url1}`` hold person 1's name. Values: ``{phone}``, ``{iban}``, ``{card}``, ``{ip}``,
``{email}``, ``{url}``. Places and firms: ``{addr}`` (one line), ``{addrml}`` (one
part a line), ``{street}``, ``{city}``, ``{postcode}``, ``{country}``, ``{org}``,
``{brand}``, ``{famorg}``. Unlabelled: ``{date}``, ``{dob}``, ``{time}``,
``{amount}``, ``{ref}``, ``{job}``, ``{lastfour}``, ``{mcard}``.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from evals.redaction.training import set_r_values as values
from evals.redaction.training.set_r_people import (
    Person,
    email_local,
    fold,
    make_person,
    render,
)
from evals.redaction.training.set_r_pools import Pools, load_templates

SEED = 20261205
COUNTS = {"line": 230, "text": 970, "none": 300}
OUT = Path(__file__).with_name("r.jsonl")
PLACEHOLDER = re.compile(r"\{([a-z]+)(\d?)([mf]?)(?:\.([a-z]+))?\}")
NEEDS_FAMILY = {"family", "formal", "init"}
ANY_FORMS = [
    "full",
    "short",
    "given",
    "family",
    "title",
    "formal",
    "init",
    "upper",
    "lower",
]
ANY_WEIGHTS = [30, 10, 9, 4, 12, 11, 9, 6, 5]


NUMBER_AFTER = {"DE", "NL", "PL", "LT", "SE", "EE", "ES", "TR", "GR", "BR", "MX", "KR"}
POSTCODE_FIRST = NUMBER_AFTER | {"FR"}
NO_NUMBER = {"JP", "AE"}
STATE_COUNTRIES = {"US", "CA", "AU"}


class Builder:
    """Writes one text piece by piece and records the labelled pieces."""

    def __init__(self, rng: random.Random, pools: Pools) -> None:
        self.rng, self.pools = rng, pools
        self.text = ""
        self.spans: list[dict[str, object]] = []
        self.people: dict[str, Person] = {}
        self.tags: set[str] = set()
        self.country = rng.choice(sorted(pools.places))
        self.wants: dict[str, tuple[str, bool]] = {}

    def add(self, piece: str, kind: str | None = None) -> None:
        if kind and piece:
            self.spans.append(
                {
                    "type": kind,
                    "start": len(self.text),
                    "end": len(self.text) + len(piece),
                }
            )
            self.tags.add(kind)
        self.text += piece

    def person(self, slot: str) -> Person:
        if slot not in self.people:
            gender, needs_family = self.wants.get(slot, ("", False))
            for _ in range(50):
                culture = self.rng.choices(self.pools.cultures, self.pools.weights)[0]
                person = make_person(self.rng, culture, gender)
                if person.family or not needs_family:
                    break
            self.people[slot] = person
            self.tags.add("culture:" + culture.name)
        return self.people[slot]

    def _at_sentence_start(self) -> bool:
        text = self.text
        if not text or text.endswith("\n"):
            return True
        stripped = text.rstrip(" ")
        return len(stripped) < len(text) and stripped.endswith((".", "!", "?", "\n"))

    def name(self, slot: str, form: str) -> None:
        person = self.person(slot)
        if form == "any":
            form = self.rng.choices(ANY_FORMS, ANY_WEIGHTS)[0]
        before, name, after = render(person, form, self.rng)
        if (
            form not in ("lower", "handle", "at")
            and name[:1].islower()
            and self._at_sentence_start()
            and not before
        ):
            name = name[0].upper() + name[1:]
        self.tags.add("form:" + form)
        self.add(before)
        self.add(name, "PERSON")
        self.add(after)

    def city(self) -> tuple[str, str]:
        return self.rng.choice(self.pools.places[self.country].cities)

    def street_line(self) -> str:
        street = self.rng.choice(self.pools.places[self.country].streets)
        if self.country in NO_NUMBER:
            return street
        number = str(self.rng.randint(1, 240)) + self.rng.choice(["", "", "", "A", "B"])
        if self.country in NUMBER_AFTER:
            return f"{street} {number}"
        return f"{number} {street}"

    def postcode(self) -> str:
        return values.postcode(self.rng, self.pools.places[self.country].postcode)

    def country_name(self) -> str:
        return self.rng.choice(self.pools.places[self.country].names)

    def address(self, multiline: bool) -> None:
        sep = "\n" if multiline else ", "
        city, region = self.city()
        code = self.postcode()
        self.add(self.street_line(), "LOCATION")
        self.add(sep)
        if self.country in STATE_COUNTRIES:
            self.add(city, "LOCATION")
            self.add(", " if self.country != "AU" else " ")
            self.add(region, "LOCATION")
            self.add(" ")
            self.add(code, "LOCATION")
        elif not code:
            self.add(city, "LOCATION")
        elif self.country in POSTCODE_FIRST:
            self.add(code, "LOCATION")
            self.add(" ")
            self.add(city, "LOCATION")
        else:
            self.add(city, "LOCATION")
            self.add(" ")
            self.add(code, "LOCATION")
        if self.rng.random() < 0.7 or multiline:
            self.add(sep)
            self.add(self.country_name(), "LOCATION")

    def org(self, kind: str) -> str:
        if kind == "brand" or (kind == "org" and self.rng.random() < 0.5):
            return self.rng.choice(self.pools.brands)
        pattern = self.rng.choice(self.pools.patterns)
        while "{F}" in pattern:
            culture = self.rng.choice(self.pools.cultures)
            family = self.rng.choice(culture.family or culture.given["m"]).replace(
                "_", " "
            )
            family = family.split("/")[0]
            pattern = pattern.replace("{F}", family, 1)
        return pattern

    def email(self, slot: str) -> str:
        domain = self.rng.choice(self.pools.maildomains)
        if slot:
            return f"{email_local(self.person(slot), self.rng)}@{domain}"
        role = self.rng.choice(
            [
                "bookings",
                "accounts",
                "hello",
                "support",
                "billing",
                "frontdesk",
                "claims",
            ]
        )
        return f"{role}@{domain}"

    def url(self, slot: str) -> str:
        host = self.rng.choice(self.pools.webhosts)
        if slot:
            person = self.person(slot)
            stem = "-".join(fold(part) for part in person.short_full().split())
            return f"https://{host}/profile/{stem}"
        path = self.rng.choice(["pay/", "account/verify?t=", "r/", "invoice/"])
        return f"https://{host}/{path}{self.rng.randrange(10**6, 10**7)}"

    def fill(self, key: str, slot: str, form: str | None) -> None:
        rng = self.rng
        if key == "p":
            self.name("p" + slot, form or "any")
            return
        simple: dict[str, tuple[Callable[[], str], str | None]] = {
            "phone": (lambda: values.phone(rng, self.country), "PHONE_NUMBER"),
            "iban": (lambda: values.iban(rng, self.country), "IBAN_CODE"),
            "card": (lambda: values.card(rng), "CREDIT_CARD"),
            "ip": (lambda: values.ip(rng), "IP_ADDRESS"),
            "email": (lambda: self.email("p" + slot if slot else ""), "EMAIL_ADDRESS"),
            "url": (lambda: self.url("p" + slot if slot else ""), "URL"),
            "street": (self.street_line, "LOCATION"),
            "city": (lambda: self.city()[0], "LOCATION"),
            "postcode": (self.postcode, "LOCATION"),
            "country": (self.country_name, "LOCATION"),
            "org": (lambda: self.org("org"), "ORGANIZATION"),
            "brand": (lambda: self.org("brand"), "ORGANIZATION"),
            "famorg": (lambda: self.org("famorg"), "ORGANIZATION"),
            "date": (lambda: values.date(rng), None),
            "dob": (lambda: values.date(rng, 1948, 2006), None),
            "time": (lambda: values.time_of_day(rng), None),
            "amount": (lambda: values.amount(rng), None),
            "ref": (lambda: values.reference(rng), None),
            "job": (lambda: rng.choice(self.pools.jobs), None),
            "lastfour": (lambda: values.last4(rng), None),
            "mcard": (lambda: values.masked_card(rng), None),
        }
        if key in ("addr", "addrml"):
            self.address(key == "addrml")
            return
        make, kind = simple[key]
        self.add(make(), kind)

    def write(self, template: str) -> None:
        """Fill a template; a person's gender ("{p2f}") or a form that needs a
        family name is read from every mention before the person is made."""
        for key, slot, gender, form in PLACEHOLDER.findall(template):
            if key == "p":
                old_gender, old_needs = self.wants.get("p" + slot, ("", False))
                self.wants["p" + slot] = (
                    gender or old_gender,
                    old_needs or form in NEEDS_FAMILY,
                )
        position = 0
        for match in PLACEHOLDER.finditer(template):
            self.add(template[position : match.start()])
            self.fill(match.group(1), match.group(2), match.group(4))
            position = match.end()
        self.add(template[position:])


def _plan(rng: random.Random) -> list[tuple[str, str, str]]:
    """Which template each record uses: every template at least once, then at random."""
    plan: list[tuple[str, str, str]] = []
    for kind, count in COUNTS.items():
        templates = load_templates(kind)
        chosen = list(templates)
        rng.shuffle(chosen)
        while len(chosen) < count:
            chosen.append(rng.choice(templates))
        plan.extend((kind, name, text) for name, text in chosen[:count])
    rng.shuffle(plan)
    return plan


def generate() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    pools = Pools()
    records: list[dict[str, object]] = []
    for index, (kind, name, template) in enumerate(_plan(rng), start=1):
        builder = Builder(rng, pools)
        if "{postcode}" in template:
            builder.country = rng.choice(
                [c for c in sorted(pools.places) if pools.places[c].postcode]
            )
        builder.write(template)
        tags = [kind, name, *sorted(builder.tags)]
        records.append(
            {
                "id": f"R-{index:04d}",
                "text": builder.text,
                "spans": builder.spans,
                "tags": tags,
            }
        )
    return records


def to_jsonl(records: list[dict[str, object]]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def main() -> None:
    OUT.write_text(to_jsonl(generate()), encoding="utf-8")


if __name__ == "__main__":
    main()
