"""Fill one set S template and record its labels while writing it.

A template is plain text with placeholders. ``{P1.form}`` writes person 1 of the text
in a given form (the title, "@" or "'sche" stay outside the PERSON span); ``{ORG1}``,
``{ADDR}``, ``{TEL}``, ``{IBAN}`` ... write labelled values; ``{WD}``, ``{DATE}``,
``{AMT}`` ... write unlabelled fillers. Labels are never searched for afterwards.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from evals.redaction.training import set_s_numbers as n
from evals.redaction.training import set_s_people as people
from evals.redaction.training import set_s_values as v
from evals.redaction.training.set_s_values import Person

PLACEHOLDER = re.compile(r"\{([A-Z]+)(\d?)(?:\.([a-z]+))?\}")

WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
}
MONTHS = {
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
}
MODULES = {
    "de": [
        "Buchhaltung",
        "Lager",
        "Verkauf",
        "Einkauf",
        "Projekt",
        "Zeiterfassung",
        "CRM",
        "Fertigung",
        "Personal",
        "Helpdesk",
    ],
    "nl": [
        "Boekhouding",
        "Voorraad",
        "Verkoop",
        "Inkoop",
        "Project",
        "Urenregistratie",
        "CRM",
        "Productie",
        "Werknemers",
        "Helpdesk",
    ],
}
PROJECTS = [
    "Falke",
    "Phoenix",
    "Nordstern",
    "Kompass",
    "Orion",
    "Leuchtturm",
    "Zeppelin",
    "Tulp",
    "Delta",
    "Windmolen",
    "Atlas",
    "Polaris",
]


class Text:
    """Collects segments and spans for one record."""

    def __init__(self, rng: random.Random, lang: str, country: str):
        self.rng, self.lang, self.country = rng, lang, country
        self.parts: list[str] = []
        self.spans: list[dict[str, Any]] = []
        self.pos = 0
        self.people: dict[str, Person] = {}
        self.orgs: dict[str, tuple[str, str]] = {}
        self.taken: set[str] = set()
        self.cache: dict[str, str] = {}
        self.forms: set[str] = set()

    def put(self, text: str, label: str | None = None) -> None:
        if (
            not label
            and text.startswith(".")
            and "".join(self.parts[-2:]).endswith(".")
        ):
            text = text[1:]  # "Jörg M." closing a sentence takes no second full stop
        if label and text:
            self.spans.append(
                {"type": label, "start": self.pos, "end": self.pos + len(text)}
            )
        self.parts.append(text)
        self.pos += len(text)

    def person(self, key: str, gender: str | None = None) -> Person:
        if key not in self.people:
            self.people[key] = v.make_person(self.rng, self.country, self.taken, gender)
        return self.people[key]

    def org(self, key: str) -> tuple[str, str]:
        if key not in self.orgs:
            self.orgs[key] = v.make_org(self.rng, self.country)
        return self.orgs[key]

    def domain(self) -> str:
        return self.org("1")[1]

    def once(self, key: str, make: Callable[[], str]) -> str:
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def fill(self, name: str, idx: str, form: str | None) -> None:
        rng, lang, country = self.rng, self.lang, self.country
        if name in ("P", "PM", "PF"):
            p = self.person(idx or "1", {"PM": "m", "PF": "f"}.get(name))
            if form in people.PRONOUNS:
                self.put(people.PRONOUNS[form][0 if p["gender"] == "m" else 1])
                return
            if form == "mail":
                self.put(f"{v.mail_local(rng, p)}@{self.domain()}", "EMAIL_ADDRESS")
                return
            before, name_text, after = people.person_form(
                rng, p, form or "any", lang, country, self.forms
            )
            so_far = "".join(self.parts[-2:])
            if before[:1].islower() and (
                not so_far or so_far.endswith((". ", "\n", "- "))
            ):
                before = before[0].upper() + before[1:]  # "Meneer" opening a sentence
            self.put(before)
            self.put(name_text, "PERSON")
            self.put(after)
        elif name == "ORG":
            self.put(self.org(idx or "1")[0], "ORGANIZATION")
        elif name == "DOM":
            self.put(self.domain())
        elif name == "MAIL":
            box = rng.choice(
                ["info", "buchhaltung", "rechnung", "service", "office"]
                if lang == "de"
                else ["info", "administratie", "facturen", "service", "kantoor"]
            )
            self.put(f"{box}@{self.domain()}", "EMAIL_ADDRESS")
        elif name == "URL":
            path = rng.choice(
                [
                    "ticket/" + str(rng.randint(100, 9999)),
                    "portal/login",
                    "wiki/Onboarding",
                    "projekte/" + str(rng.randint(10, 99)),
                    "downloads/agb.pdf",
                    "kontakt",
                ]
            )
            host = rng.choice(["www", "portal", "intranet", "erp"])
            self.put(f"https://{host}.{self.domain()}/{path}", "URL")
        elif name == "ADDR":
            self.put(
                self.once("street" + idx, lambda: v.street(rng, country)), "LOCATION"
            )
            self.put(", " if form != "ml" else "\n")
            self.put(
                self.once("plz" + idx, lambda: v.postcode(rng, country)), "LOCATION"
            )
            self.put(" ")
            self.put(self.once("city" + idx, lambda: v.city(rng, country)), "LOCATION")
        elif name == "STREET":
            self.put(
                self.once("street" + idx, lambda: v.street(rng, country)), "LOCATION"
            )
        elif name == "CITY":
            self.put(self.once("city" + idx, lambda: v.city(rng, country)), "LOCATION")
        elif name == "COUNTRY":
            self.put(v.COUNTRY_NAME[lang][country], "LOCATION")
        elif name == "TEL":
            self.put(n.phone(rng, country), "PHONE_NUMBER")
        elif name == "IBAN":
            self.put(self.once("iban" + idx, lambda: n.iban(rng, country)), "IBAN_CODE")
        elif name == "CARD":
            self.put(n.card(rng), "CREDIT_CARD")
        elif name == "IP":
            self.put(n.ip(rng), "IP_ADDRESS")
        else:
            self.put(self.filler(name))

    def filler(self, name: str) -> str:
        rng, lang = self.rng, self.lang
        if name == "WD":
            return rng.choice(WEEKDAYS[lang])
        if name == "MON":
            return rng.choice(MONTHS[lang])
        if name == "DATE":
            d, m = rng.randint(1, 28), rng.randint(1, 12)
            return f"{d:02d}.{m:02d}.2026" if lang == "de" else f"{d:02d}-{m:02d}-2026"
        if name == "TIME":
            return f"{rng.randint(8, 17)}:{rng.choice(['00', '15', '30', '45'])}"
        if name == "AMT":
            euros = rng.randint(80, 48000)
            return f"{euros:,}".replace(",", ".") + f",{rng.randint(0, 99):02d} €"
        if name == "NUM":
            return str(rng.randint(2, 40))
        if name == "HRS":
            return f"{rng.randint(1, 8)},{rng.choice(['0', '25', '5', '75'])}"
        if name == "REF":
            return rng.choice(
                [
                    f"RE-2026-{rng.randint(100, 999):04d}",
                    f"SO{rng.randint(10, 999):04d}",
                    f"INV/2026/{rng.randint(1, 999):05d}",
                    f"HD-{rng.randint(1000, 9999)}",
                    f"PO{rng.randint(100, 999):05d}",
                    f"LS-{rng.randint(10000, 99999)}",
                ]
            )
        if name == "MOD":
            return rng.choice(MODULES[lang])
        if name == "PROJ":
            return rng.choice(PROJECTS)
        raise ValueError(f"unknown placeholder {name!r}")


def render(
    rng: random.Random, body: str, lang: str, country: str
) -> tuple[str, list[dict[str, Any]], list[str]]:
    """Fill ``body``; return the text, its spans and the person forms it used."""
    text = Text(rng, lang, country)
    last = 0
    for m in PLACEHOLDER.finditer(body):
        text.put(body[last : m.start()])
        text.fill(m.group(1), m.group(2), m.group(3))
        last = m.end()
    text.put(body[last:])
    return "".join(text.parts), text.spans, sorted(text.forms)
