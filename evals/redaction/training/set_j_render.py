"""Read set J's templates and fill them, recording each label as it is written."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from evals.redaction.training.set_j_pools import Person, Pools, fold_ascii
from evals.redaction.training.set_j_values import (
    make_card,
    make_iban,
    make_ip,
    make_phone,
)

_SLOT = re.compile(r"\{\{|\}\}|\{([a-z]+)(\d*)(?::([a-z]+))?\}")
_HEADER = re.compile(r"^=== (\S+)( empty)?$")

# Placeholder kinds whose value is labelled, and with which type.
LABELLED = {
    "p": "PERSON",
    "org": "ORGANIZATION",
    "city": "LOCATION",
    "country": "LOCATION",
    "street": "LOCATION",
    "postcode": "LOCATION",
    "phone": "PHONE_NUMBER",
    "iban": "IBAN_CODE",
    "card": "CREDIT_CARD",
    "ip": "IP_ADDRESS",
    "url": "URL",
}
# Kinds drawn straight from a list in pools.json, never labelled.
_LISTED = {
    "tool": "tools",
    "module": "modules",
    "team": "teams",
    "bot": "bots",
    "mention": "mentions",
    "channel": "channels",
    "title": "titles",
    "ref": "refs",
    "month": "months",
    "weekday": "weekdays",
    "heading": "headings",
    "product": "place_products",
    "version": "versions",
    "word": "words",
}
_COMPUTED = {"n", "amount", "time", "sec", "date", "hash", "hours", "key"}
_PERSON_FORMS = {
    "full", "given", "family", "lower", "glower", "flower", "caps", "upper",
    "comma", "ginit", "finit", "dot", "login", "nick", "ihandle", "underscore",
    "handle", "email", "url",
}  # fmt: skip


@dataclass(frozen=True)
class Template:
    """One text shape; `is_empty` shapes must hold no labelled slot."""

    name: str
    body: str
    is_empty: bool


def _check(name: str, body: str, is_empty: bool) -> None:
    kinds = [m.group(1) for m in _SLOT.finditer(body) if m.group(1)]
    known = set(LABELLED) | set(_LISTED) | _COMPUTED
    for match in _SLOT.finditer(body):
        kind, form = match.group(1), match.group(3)
        if kind and kind not in known:
            raise ValueError(f"template {name}: unknown slot {kind}")
        if kind == "p" and form and form not in _PERSON_FORMS:
            raise ValueError(f"template {name}: unknown person form {form}")
    labelled = [k for k in kinds if k in LABELLED]
    if is_empty and labelled:
        raise ValueError(f"template {name}: marked empty but labels {labelled}")
    if not is_empty and not labelled:
        raise ValueError(f"template {name}: labels nothing but is not marked empty")


def read_templates(path: Path) -> list[Template]:
    """Parse `=== name [empty]` sections; each body runs to the next header."""
    templates: list[Template] = []
    header: re.Match[str] | None = None
    lines: list[str] = []

    def close() -> None:
        if header is not None:
            body = "\n".join(lines).strip("\n")
            _check(header.group(1), body, bool(header.group(2)))
            templates.append(Template(header.group(1), body, bool(header.group(2))))

    for line in path.read_text(encoding="utf-8").splitlines():
        match = _HEADER.match(line)
        if match:
            close()
            header, lines = match, []
        elif header is not None:
            lines.append(line)
    close()
    names = [t.name for t in templates]
    if len(names) != len(set(names)):
        raise ValueError("template names repeat")
    return templates


@dataclass
class _Draft:
    """The text being written, its spans, and values reused by number."""

    rng: random.Random
    pools: Pools
    domains: list[str]
    parts: list[str] = field(default_factory=list)
    spans: list[dict[str, object]] = field(default_factory=list)
    length: int = 0
    people: dict[str, Person] = field(default_factory=dict)
    fixed: dict[str, str] = field(default_factory=dict)

    def write(self, text: str, label: str | None = None) -> None:
        if label is not None:
            self.spans.append(
                {"type": label, "start": self.length, "end": self.length + len(text)}
            )
        self.parts.append(text)
        self.length += len(text)


def _computed(kind: str, rng: random.Random) -> str:
    if kind == "n":
        return str(rng.randint(2, 99))
    if kind == "amount":
        return f"{rng.randint(80, 48000)}.{rng.randint(0, 99):02d}"
    if kind == "time":
        return f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}"
    if kind == "sec":
        hour, minute, second = (
            rng.randint(0, 23),
            rng.randint(0, 59),
            rng.randint(0, 59),
        )
        return f"{hour:02d}:{minute:02d}:{second:02d}"
    if kind == "date":
        return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind == "hash":
        return f"{rng.getrandbits(28):07x}"
    if kind == "hours":
        return rng.choice(
            ["0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "4.0", "6.5", "8.0"]
        )
    letters = rng.choice(["MIG", "OPS", "ODOO", "FIN", "WMS", "CRM"])
    return f"{letters}-{rng.randint(10, 999)}"


def _value(draft: _Draft, kind: str) -> str:
    rng, pools = draft.rng, draft.pools
    if kind in _LISTED:
        return pools.pick(rng, _LISTED[kind])
    if kind in _COMPUTED:
        return _computed(kind, rng)
    makers = {
        "org": lambda: pools.organization(rng),
        "city": lambda: pools.pick(rng, "cities"),
        "country": lambda: pools.pick(rng, "countries"),
        "street": lambda: f"{pools.pick(rng, 'streets')} {rng.randint(1, 180)}",
        "postcode": lambda: pools.pick(rng, "postcodes"),
        "phone": lambda: make_phone(rng),
        "iban": lambda: make_iban(rng),
        "card": lambda: make_card(rng),
        "ip": lambda: make_ip(rng),
        "url": lambda: _url(rng, pools, draft.domains),
    }
    return makers[kind]()


def _url(rng: random.Random, pools: Pools, domains: list[str]) -> str:
    host = rng.choice(["portal", "erp", "wiki", "status", "files", "odoo"])
    path = rng.choice(["tickets/", "web#id=", "share/", "docs/", "runbook/"])
    return f"https://{host}.{rng.choice(domains)}/{path}{rng.randint(10, 9999)}"


def _person_text(person: Person, form: str, domain: str) -> tuple[str, str]:
    if form == "email":
        return person.form("email"), "EMAIL_ADDRESS"
    if form == "url":
        slug = fold_ascii(person.given) + "." + fold_ascii(person.family)
        return f"https://git.{domain}/{slug}", "URL"
    return person.form(form), "PERSON"


def render(template: Template, rng: random.Random, pools: Pools) -> dict[str, object]:
    """Fill one template; returns `{"text", "spans"}` with spans in text order."""
    draft = _Draft(rng, pools, rng.sample(pools.lists["domains"], 2))
    position = 0
    for match in _SLOT.finditer(template.body):
        draft.write(template.body[position : match.start()])
        position = match.end()
        kind, number, form = match.groups()
        if kind is None:
            draft.write(match.group(0)[0])
            continue
        if kind == "p":
            person = draft.people.get(number)
            if person is None:
                person = pools.person(rng, draft.domains)
                while any(p.given == person.given for p in draft.people.values()):
                    person = pools.person(rng, draft.domains)
                draft.people[number] = person
            text, label = _person_text(person, form or "full", draft.domains[0])
            draft.write(text, label)
            continue
        key = f"{kind}{number}"
        if number and key in draft.fixed:
            text = draft.fixed[key]
        else:
            text = _value(draft, kind)
            if number:
                draft.fixed[key] = text
        draft.write(text, LABELLED.get(kind))
    draft.write(template.body[position:])
    return {"text": "".join(draft.parts), "spans": draft.spans}
