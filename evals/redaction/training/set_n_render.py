"""Templates of set N: reading, checking, and rendering them with their spans.

A template file holds blocks headed "=== name tag tag ..."; the tag "empty" marks
a template that must label nothing. Placeholders are "{kind}" or "{kindN:form}";
the same kind and number give the same value within one text.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from evals.redaction.training import set_n_values as values
from evals.redaction.training.set_n_pools import (
    MAIL_HOSTS,
    Firm,
    Person,
    make_firm,
    make_person,
    make_street,
)

PLACEHOLDER = re.compile(r"\{([a-z]+)(\d*)(?::([a-z]+))?\}")
PERSON_FORMS = frozenset(
    {
        "full",
        "given",
        "family",
        "initial",
        "abbr",
        "rev",
        "caps",
        "capsfam",
        "capsgiven",
        "lower",
        "lgiven",
        "handle",
        "dotted",
        "short",
        "email",
    }
)
FIRM_FORMS = frozenset({"full", "short", "caps"})
LABELLED = {
    "p": "PERSON",
    "o": "ORGANIZATION",
    "city": "LOCATION",
    "country": "LOCATION",
    "street": "LOCATION",
    "phone": "PHONE_NUMBER",
    "iban": "IBAN_CODE",
    "card": "CREDIT_CARD",
    "ip": "IP_ADDRESS",
    "url": "URL",
    "mail": "EMAIL_ADDRESS",
}
POOLED = {
    "product": "products",
    "generic": "generics",
    "menu": "menus",
    "team": "teams",
    "project": "projects",
    "meeting": "meetings",
    "room": "rooms",
    "holiday": "holidays",
    "ship": "ships",
    "storm": "storms",
    "prize": "prizes",
}
REFERENCES = frozenset(
    {"so", "po", "inv", "bill", "pick", "rcpt", "ticket", "chg", "sku", "ver"}
)
SIMPLE = frozenset({"weekday", "month", "time", "n", "qty", "pct", "acr"})
UNLABELLED = frozenset(POOLED) | REFERENCES | SIMPLE | {"date", "amount"}
MAILBOXES = ("dispatch", "ap", "servicedesk", "orders", "noreply", "goodsin")
URL_HOSTS = ("portal", "track", "status", "kb", "files", "shop")
URL_PATHS = ("tickets/", "po/", "track?id=", "kb/article/", "status/", "portal/")


@dataclass(frozen=True)
class Template:
    """One template: its name, tags, and body with placeholders."""

    name: str
    tags: tuple[str, ...]
    body: str

    @property
    def is_empty(self) -> bool:
        return "empty" in self.tags


def _check(template: Template) -> None:
    """Refuse unknown kinds or forms, labels in an empty template, and
    templates that are not empty but label nothing."""
    labelled = 0
    for kind, number, form in PLACEHOLDER.findall(template.body):
        if kind not in LABELLED and kind not in UNLABELLED:
            raise ValueError(f"{template.name}: unknown placeholder {kind}")
        if kind == "p" and (not number or form not in PERSON_FORMS):
            raise ValueError(f"{template.name}: person needs a number and a form")
        if kind == "o" and form and form not in FIRM_FORMS:
            raise ValueError(f"{template.name}: unknown firm form {form}")
        labelled += kind in LABELLED
    if template.is_empty and labelled:
        raise ValueError(f"{template.name}: marked empty but labels a value")
    if not template.is_empty and not labelled:
        raise ValueError(f"{template.name}: labels nothing but is not marked empty")
    if "{" in PLACEHOLDER.sub("", template.body):
        raise ValueError(f"{template.name}: stray brace")


def read_templates(path: Path) -> list[Template]:
    """Every template block of the file, each checked."""
    templates: list[Template] = []
    header: list[str] | None = None
    lines: list[str] = []

    def close() -> None:
        if header is not None:
            body = "\n".join(lines).strip("\n")
            templates.append(Template(header[0], tuple(header[1:]), body))

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            close()
            header, lines = line[4:].split(), []
        elif header is not None:
            lines.append(line)
    close()
    for template in templates:
        _check(template)
    names = [t.name for t in templates]
    if len(set(names)) != len(names):
        raise ValueError("template names repeat")
    return templates


@dataclass
class Scene:
    """The values of one text: same key, same value."""

    rng: random.Random
    pools: dict[str, tuple[str, ...]]
    people: dict[str, Person] = field(default_factory=dict)
    firms: dict[str, Firm] = field(default_factory=dict)
    plain: dict[str, str] = field(default_factory=dict)

    def firm(self, key: str) -> Firm:
        if key not in self.firms:
            self.firms[key] = make_firm(self.rng, self.pools)
        return self.firms[key]

    def person(self, key: str) -> Person:
        if key not in self.people:
            if self.rng.random() < 0.6:
                host = self.firm("o1").host
            else:
                host = self.rng.choice(MAIL_HOSTS)
            self.people[key] = make_person(self.rng, self.pools, host)
        return self.people[key]

    def value(self, kind: str, number: str, form: str) -> str:
        if kind == "p":
            return self.person(number).form(form)
        if kind == "o":
            return self.firm(kind + (number or "1")).form(form or "full")
        key = kind + number
        if key not in self.plain:
            self.plain[key] = self._fresh(kind)
        return self.plain[key]

    def _fresh(self, kind: str) -> str:
        rng = self.rng
        if kind in POOLED:
            return rng.choice(self.pools[POOLED[kind]])
        if kind in REFERENCES:
            return values.reference(rng, kind)
        if kind in SIMPLE:
            return values.simple(rng, kind)
        makers = {
            "date": values.date,
            "amount": values.amount,
            "phone": values.phone,
            "iban": values.iban,
            "card": values.card,
            "ip": values.ip_address,
        }
        if kind in makers:
            return makers[kind](rng)
        if kind in ("city", "country"):
            return rng.choice(self.pools["cities" if kind == "city" else "countries"])
        if kind == "street":
            return make_street(rng, self.pools)
        host = self.firm("o1").host if rng.random() < 0.5 else rng.choice(MAIL_HOSTS)
        if kind == "mail":
            return f"{rng.choice(MAILBOXES)}@{host}"
        path = f"{rng.choice(URL_PATHS)}{rng.randrange(100, 99999)}"
        return f"https://{rng.choice(URL_HOSTS)}.{host}/{path}"


def render(
    template: Template, rng: random.Random, pools: dict[str, tuple[str, ...]]
) -> tuple[str, list[dict[str, object]]]:
    """The text of one template and its spans, in order."""
    scene = Scene(rng, pools)
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    cursor, length = 0, 0
    for match in PLACEHOLDER.finditer(template.body):
        literal = template.body[cursor : match.start()]
        parts.append(literal)
        length += len(literal)
        kind, number, form = match.groups()
        value = scene.value(kind, number, form or "")
        if kind in LABELLED:
            label = "EMAIL_ADDRESS" if form == "email" else LABELLED[kind]
            spans.append({"type": label, "start": length, "end": length + len(value)})
        parts.append(value)
        length += len(value)
        cursor = match.end()
    parts.append(template.body[cursor:])
    return "".join(parts), spans
