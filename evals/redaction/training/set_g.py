"""Write set G: invented consultancy texts with every personal value labelled.

`python -m evals.redaction.training.set_g` rewrites `g.jsonl` byte for byte.
Labels are recorded while each placeholder is filled, never searched for.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evals.redaction.training.set_g_values import (
    Person,
    ascii_fold,
    fill_pattern,
    mailbox,
    make_card,
    make_iban,
    make_ip,
    person_form,
)

DATA = Path(__file__).resolve().parent / "set_g_data"
OUTPUT = Path(__file__).resolve().parent / "g.jsonl"
SEED = 20261205
TEXT_COUNT = 1600
EMPTY_COUNT = 240
MIN_CHARS, MAX_CHARS = 100, 1200

_PLACEHOLDER = re.compile(r"\{([a-z]+)(\d*)(?::([a-z0-9]+))?\}")
_LOCATIONS = {"street", "postcode", "city", "region", "country"}
_SIMPLE_TYPES = {
    "phone": "PHONE_NUMBER",
    "mobile": "PHONE_NUMBER",
    "iban": "IBAN_CODE",
    "card": "CREDIT_CARD",
    "ip": "IP_ADDRESS",
    "url": "URL",
}
_VOCAB_KEYS = {
    "tool": "tools",
    "team": "teams",
    "title": "titles",
    "module": "modules",
    "product": "products",
    "topic": "topics",
    "month": "months",
    "day": "days",
}


@dataclass(frozen=True)
class Span:
    type: str
    start: int
    end: int


@dataclass(frozen=True)
class Template:
    name: str
    body: str
    is_empty: bool


@dataclass(frozen=True)
class Pools:
    given: list[str]
    family: list[str]
    regions: dict[str, dict[str, Any]]
    vocab: dict[str, list[str]]
    templates: list[Template]


def _read_names(path: Path) -> list[str]:
    names: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names.extend(part.strip() for part in line.split(",") if part.strip())
    return names


def _is_labelled(kind: str) -> bool:
    return kind in {"p", "org"} | _LOCATIONS | set(_SIMPLE_TYPES)


def read_templates(path: Path) -> list[Template]:
    """Parse `=== name [empty]` blocks; an empty template may label nothing."""
    templates: list[Template] = []
    text = path.read_text(encoding="utf-8")
    for block in re.split(r"^=== ", text, flags=re.MULTILINE)[1:]:
        header, _, body = block.partition("\n")
        name, *flags = header.split()
        body = body.rstrip("\n")
        is_empty = "empty" in flags
        kinds = {m.group(1) for m in _PLACEHOLDER.finditer(body)}
        if is_empty and any(_is_labelled(kind) for kind in kinds):
            raise ValueError(f"template {name} is marked empty but labels a value")
        templates.append(Template(name, body, is_empty))
    return templates


def load_pools() -> Pools:
    regions = json.loads((DATA / "regions.json").read_text(encoding="utf-8"))
    vocab = json.loads((DATA / "vocab.json").read_text(encoding="utf-8"))
    regions.pop("_comment")
    vocab.pop("_comment")
    return Pools(
        given=_read_names(DATA / "given_names.txt"),
        family=_read_names(DATA / "surnames.txt"),
        regions=regions,
        vocab=vocab,
        templates=read_templates(DATA / "templates.txt"),
    )


class Draw:
    """Fills one template; the same placeholder keeps its value within a text."""

    def __init__(self, rng: random.Random, pools: Pools) -> None:
        self.rng = rng
        self.pools = pools
        self.market = pools.regions[rng.choice(sorted(pools.regions))]
        self.people: dict[str, Person] = {}
        self.firms: dict[str, tuple[str, str]] = {}
        self.values: dict[str, str] = {}
        start = rng.randint(7 * 60, 17 * 60)
        self.times: list[str] = []
        for _ in range(8):
            start += rng.randint(1, 29)
            self.times.append(f"{start // 60 % 24:02d}:{start % 60:02d}")

    def person(self, key: str) -> Person:
        if key not in self.people:
            taken = {p.given for p in self.people.values()}
            given = self.rng.choice(self.pools.given)
            while given in taken:
                given = self.rng.choice(self.pools.given)
            family = self.rng.choice(self.pools.family)
            self.people[key] = Person(given, family)
        return self.people[key]

    def firm(self, key: str) -> tuple[str, str]:
        """Return a firm's name and mail domain."""
        if key not in self.firms:
            vocab, rng = self.pools.vocab, self.rng
            name = rng.choice(vocab["firm_patterns"]).format(
                word=rng.choice(vocab["firm_words"]),
                trade=rng.choice(vocab["firm_trades"]),
                suffix=rng.choice(self.market["suffixes"]),
                sur=rng.choice(self.pools.family),
                sur2=rng.choice(self.pools.family),
            )
            stem = name.split(" & ")[0].split(",")[0].split()
            slug = ascii_fold("".join(stem[:2]))
            self.firms[key] = (name, f"{slug}.{self.market['tld']}")
        return self.firms[key]

    def fill(self, kind: str, index: str, form: str | None) -> tuple[str, str | None]:
        """Return a placeholder's text and its label type (None: unlabelled)."""
        if kind == "p":
            person = self.person(kind + index)
            if form and form.startswith("email"):
                domain = self.firm("org" + (form[5:] or "1"))[1]
                key = f"p{index}:{form}"
                if key not in self.values:
                    self.values[key] = mailbox(self.rng, person, domain)
                return self.values[key], "EMAIL_ADDRESS"
            return person_form(self.rng, person, form or "any"), "PERSON"
        if kind == "org":
            name, domain = self.firm(kind + (index or "1"))
            if form == "url":
                return f"https://www.{domain}", "URL"
            if form == "mail":
                box = self._pick(f"org{index}:mail", ["accounts", "info", "ap"])
                return f"{box}@{domain}", "EMAIL_ADDRESS"
            return name, "ORGANIZATION"
        key = kind + index
        if kind in _LOCATIONS:
            return self._location(key, kind), "LOCATION"
        if kind in _SIMPLE_TYPES:
            return self._simple(key, kind), _SIMPLE_TYPES[kind]
        return self._unlabelled(key, kind, index), None

    def _pick(self, key: str, options: list[str]) -> str:
        if key not in self.values:
            base = re.sub(r"\d+$", "", key)
            used = {v for k, v in self.values.items() if re.sub(r"\d+$", "", k) == base}
            fresh = [o for o in options if o not in used] or options
            self.values[key] = self.rng.choice(fresh)
        return self.values[key]

    def _location(self, key: str, kind: str) -> str:
        market, rng = self.market, self.rng
        if kind == "street":
            if key not in self.values:
                unit = rng.choice(
                    (str(rng.randint(1, 240)), f"Unit {rng.randint(2, 30)},")
                )
                self.values[key + "-number"] = unit
            street = self._pick(key, market["streets"])
            return f"{self.values[key + '-number']} {street}"
        if kind == "postcode":
            pattern = self._pick("postcode-pattern", market["postcodes"])
            return self.values.setdefault(key, fill_pattern(rng, pattern))
        plural = {"city": "cities", "region": "regions", "country": "countries"}
        return self._pick(key, market[plural[kind]])

    def _simple(self, key: str, kind: str) -> str:
        if key in self.values:
            return self.values[key]
        rng = self.rng
        if kind in {"phone", "mobile"}:
            value = fill_pattern(rng, rng.choice(self.market["phones"]))
        elif kind == "iban":
            value = make_iban(rng)
        elif kind == "card":
            value = make_card(rng)
        elif kind == "ip":
            value = make_ip(rng)
        else:
            domain = self.firm("org1")[1]
            path = rng.choice(("portal/tickets/", "odoo/web#id=", "share/", "doc/"))
            value = f"https://{domain}/{path}{rng.randint(10, 9999)}"
        self.values[key] = value
        return value

    def _unlabelled(self, key: str, kind: str, index: str) -> str:
        rng = self.rng
        if kind in _VOCAB_KEYS:
            return self._pick(key, self.pools.vocab[_VOCAB_KEYS[kind]])
        if kind == "t":
            return self.times[int(index or "1") - 1]
        if key in self.values:
            return self.values[key]
        number = rng.randint(12, 4800)
        cur = self.market["currency"]
        made = {
            "so": f"S{number:05d}",
            "inv": f"INV/2026/{number:05d}",
            "po": f"P{number:05d}",
            "ticket": f"HD-{number}",
            "task": f"TASK-{number % 900 + 100}",
            "num": str(rng.randint(2, 40)),
            "ver": rng.choice(("16.0", "17.0", "18.0")),
            "hours": f"{rng.randint(1, 32) / 4:.2f}",
            "amount": f"{cur}{rng.randint(80, 48000):,}.{rng.randint(0, 99):02d}",
            "date": self._date(),
        }
        if kind not in made:
            raise ValueError(f"unknown placeholder {{{key}}}")
        self.values[key] = made[kind]
        return made[kind]

    def _date(self) -> str:
        day = self.rng.randint(1, 28)
        month = self.rng.choice(self.pools.vocab["months"])
        number = self.pools.vocab["months"].index(month) + 1
        return self.rng.choice(
            (f"{day} {month} 2026", f"2026-{number:02d}-{day:02d}", f"{month} {day}")
        )


def render(template: Template, draw: Draw) -> tuple[str, list[Span]]:
    parts: list[str] = []
    spans: list[Span] = []
    length, cursor = 0, 0
    for match in _PLACEHOLDER.finditer(template.body):
        literal = template.body[cursor : match.start()]
        parts.append(literal)
        length += len(literal)
        value, label = draw.fill(match.group(1), match.group(2), match.group(3))
        if label is not None:
            spans.append(Span(label, length, length + len(value)))
        parts.append(value)
        length += len(value)
        cursor = match.end()
    parts.append(template.body[cursor:])
    return "".join(parts), spans


def _schedule(rng: random.Random, templates: list[Template]) -> list[Template]:
    """Use every template evenly, keeping the share of texts without a value."""
    empty = [t for t in templates if t.is_empty]
    full = [t for t in templates if not t.is_empty]
    order = [empty[i % len(empty)] for i in range(EMPTY_COUNT)]
    order += [full[i % len(full)] for i in range(TEXT_COUNT - EMPTY_COUNT)]
    rng.shuffle(order)
    return order


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    pools = load_pools()
    rng = random.Random(seed)
    records: list[dict[str, Any]] = []
    for number, template in enumerate(_schedule(rng, pools.templates), start=1):
        for _ in range(50):
            text, spans = render(template, Draw(rng, pools))
            if MIN_CHARS <= len(text) <= MAX_CHARS:
                break
        else:
            raise ValueError(f"template {template.name} misses the length bounds")
        records.append(
            {
                "id": f"g-{number:04d}",
                "text": text,
                "spans": [vars(span) for span in spans],
            }
        )
    return records


def to_jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> None:
    OUTPUT.write_text(to_jsonl(generate()), encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
