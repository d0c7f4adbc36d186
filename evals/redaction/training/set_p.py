"""Set P: business text in twelve European languages, generated from a seed.

Run `python -m evals.redaction.training.set_p` to rewrite `p.jsonl`.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evals.redaction.training import set_p_values as values

OUTPUT = Path(__file__).with_name("p.jsonl")
TEMPLATES = values.DATA / "templates.txt"
SEED = 20261205
TEXT_COUNT = 1500
EMPTY_COUNT = 300
PLACEHOLDER = re.compile(r"\{(\w+)(?::(\w+))?\}")

PERSON_FORMS: dict[str, Callable[[values.Person], str]] = {
    "full": lambda p: f"{p.given} {p.family}",
    "given": lambda p: p.given,
    "family": lambda p: p.family,
    "rev": lambda p: f"{p.family}, {p.given}",
    "upper": lambda p: f"{p.family.upper()} {p.given}",
    "caps": lambda p: f"{p.given} {p.family}".upper(),
    "lower": lambda p: f"{p.given} {p.family}".lower(),
    "initial": lambda p: f"{p.given} {p.core[0]}.",
    "handle": lambda p: p.given.lower(),
    "dotted": lambda p: f"{values.ascii_fold(p.given)}.{values.ascii_fold(p.family)}",
}
PERSON_KEYS = frozenset({"p1", "p2", "p3", "p4"})
LABELLED = {
    "org": "ORGANIZATION",
    "org2": "ORGANIZATION",
    "street": "LOCATION",
    "zip": "LOCATION",
    "city": "LOCATION",
    "city2": "LOCATION",
    "country": "LOCATION",
    "phone": "PHONE_NUMBER",
    "phone2": "PHONE_NUMBER",
    "iban": "IBAN_CODE",
    "email": "EMAIL_ADDRESS",
}
PLAIN = frozenset({"day", "month", "ref", "amount", "date", "num", "time"})


@dataclass(frozen=True)
class Template:
    """One text shape: its name, language, whether it labels nothing, body."""

    name: str
    lang: str
    is_empty: bool
    body: str


def read_templates(path: Path = TEMPLATES) -> list[Template]:
    """Read `=== name lang [empty]` blocks; refuse unknown or misplaced fields."""
    templates: list[Template] = []
    text = path.read_text(encoding="utf-8")
    for block in text.split("\n=== ")[1:]:
        header, _, body = block.partition("\n")
        name, lang, *flags = header.split()
        template = Template(name, lang, flags == ["empty"], body.strip("\n"))
        _check(template)
        templates.append(template)
    return templates


def _check(template: Template) -> None:
    if template.lang not in values.PHONE_SHAPES:
        raise ValueError(f"template {template.name}: unknown language")
    for match in PLACEHOLDER.finditer(template.body):
        key, form = match.group(1), match.group(2)
        if key in PERSON_KEYS:
            if form not in PERSON_FORMS and form != "email":
                raise ValueError(f"template {template.name}: bad form {form}")
        elif key not in LABELLED and key not in PLAIN:
            raise ValueError(f"template {template.name}: unknown field {key}")
        if template.is_empty and key not in PLAIN:
            raise ValueError(f"template {template.name}: empty but has {key}")


class _Filler:
    """The values of one text; a field repeated in a template repeats its value."""

    def __init__(self, rng: random.Random, pools: values.Pools) -> None:
        self.rng, self.pools, self.cache = rng, pools, dict[str, str]()
        self.people: dict[str, values.Person] = {}

    def person(self, key: str) -> values.Person:
        if key not in self.people:
            taken = {p.family for p in self.people.values()}
            who = values.person(self.rng, self.pools)
            while who.family in taken:
                who = values.person(self.rng, self.pools)
            self.people[key] = who
        return self.people[key]

    def value(self, key: str, form: str | None) -> tuple[str, str | None]:
        if key in PERSON_KEYS:
            who = self.person(key)
            if form == "email":
                return self._once(f"{key}:email", self._mail_of(who)), "EMAIL_ADDRESS"
            return PERSON_FORMS[form or "full"](who), "PERSON"
        text = self._once(key, self._make(key))
        return text, LABELLED.get(key)

    def _once(self, key: str, make: Callable[[], str]) -> str:
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def _mail_of(self, who: values.Person) -> Callable[[], str]:
        org = self._once("org", self._make("org"))
        return lambda: values.person_email(self.rng, who, org)

    def _make(self, key: str) -> Callable[[], str]:
        rng, pools, lang = self.rng, self.pools, self.pools.lang
        org = self._make_org
        makers: dict[str, Callable[[], str]] = {
            "org": org,
            "org2": org,
            "street": lambda: values.street(rng, pools),
            "zip": lambda: values.postcode(rng, lang),
            "city": lambda: pools.pick(rng, "city"),
            "city2": lambda: pools.pick(rng, "city"),
            "country": lambda: pools.pick(rng, "country"),
            "phone": lambda: values.phone(rng, lang),
            "phone2": lambda: values.phone(rng, lang),
            "iban": lambda: values.iban(rng, lang),
            "email": self._make_mail,
            "day": lambda: pools.pick(rng, "weekday"),
            "month": lambda: pools.pick(rng, "month"),
            "ref": lambda: rng.choice(
                (
                    f"SO{rng.randint(10, 9999):04d}",
                    f"INV/2026/{rng.randint(1, 999):04d}",
                )
            ),
            "amount": lambda: (
                f"{rng.randint(80, 9800)},{rng.choice(('00', '50', '90'))}"
            ),
            "date": lambda: f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026",
            "num": lambda: str(rng.randint(2, 48)),
            "time": lambda: f"{rng.randint(8, 17)}:{rng.choice(('00', '15', '30'))}",
        }
        return makers[key]

    def _make_org(self) -> str:
        taken = {self.cache[k].split()[0] for k in ("org", "org2") if k in self.cache}
        org = values.organization(self.rng, self.pools)
        while org.split()[0] in taken:
            org = values.organization(self.rng, self.pools)
        return org

    def _make_mail(self) -> str:
        org = self._once("org", self._make("org"))
        box = self.pools.pick(self.rng, "mailbox")
        return f"{box}@{values.domain(org)}"


def render(template: Template, rng: random.Random) -> dict[str, Any]:
    """Fill a template; each labelled field becomes one span at its offsets."""
    filler = _Filler(rng, values.read_pools(template.lang))
    parts: list[str] = []
    spans: list[dict[str, Any]] = []
    length, last = 0, 0
    forms = set()
    for match in PLACEHOLDER.finditer(template.body):
        literal = template.body[last : match.start()]
        parts.append(literal)
        length += len(literal)
        text, label = filler.value(match.group(1), match.group(2))
        if label:
            spans.append({"type": label, "start": length, "end": length + len(text)})
            if label == "PERSON":
                forms.add(match.group(2) or "full")
        parts.append(text)
        length += len(text)
        last = match.end()
    parts.append(template.body[last:])
    tags = [template.lang, template.name, *sorted(forms)]
    return {"text": "".join(parts), "spans": spans, "tags": tags}


def generate() -> list[dict[str, Any]]:
    """Every record of the set, the same on every run."""
    rng = random.Random(SEED)
    templates = read_templates()
    empty = [t for t in templates if t.is_empty]
    full = [t for t in templates if not t.is_empty]
    records = []
    for index in range(TEXT_COUNT):
        pool = empty if index < EMPTY_COUNT else full
        record = render(pool[index % len(pool)], rng)
        records.append(record)
    rng.shuffle(records)
    return [{"id": f"P-{i:04d}", **r} for i, r in enumerate(records, start=1)]


def to_jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> None:
    OUTPUT.write_text(to_jsonl(generate()), encoding="utf-8")


if __name__ == "__main__":
    main()
