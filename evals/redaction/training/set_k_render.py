"""Render one set K template into text segments, labelling as it writes."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from evals.redaction.training.set_k_pools import (
    Firm,
    Person,
    Pools,
    make_firm,
    make_person,
)
from evals.redaction.training.set_k_values import (
    amount,
    card,
    iban,
    ip_address,
    odoo_reference,
    random_day,
    slug,
)

Segment = tuple[str, str | None]

_SLOT = re.compile(r"\{([A-Z][A-Z0-9]*)(?:\.([A-Za-z]+))?\}")
# Roles A, C, E work at the consultancy F1; B, D, F at the client F2.
_ROLE_FIRM = {"A": 0, "C": 0, "E": 0, "B": 1, "D": 1, "F": 1, "G": 2, "H": 2}
_SIGNATURES = ("sig_full", "sig_compact", "sig_min", "sig_caps", "sig_init")
_SIGNATURES_MORE = ("sig_mobile", "sig_dash", "sig_full", "sig_compact")


def _name_forms(p: Person) -> dict[str, str]:
    g, s = p.given, p.surname
    last_word = s.replace("-", " ").split()[-1]
    return {
        "": f"{g} {s}",
        "g": g,
        "s": s,
        "rev": f"{s}, {g}",
        "up": f"{s.upper()} {g}",
        "caps": f"{g} {s}".upper(),
        "low": f"{g} {s}".lower(),
        "i": f"{g[0]}. {s}",
        "si": f"{s} {g[0]}.",
        "gi": f"{g} {s[0].upper()}.",
        "x": f"{g[0]}{last_word[0]}".upper(),
        "h": f"{slug(g)}.{slug(s)}",
        "hg": slug(g),
    }


class TextRenderer:
    """Fills one template; every personal value becomes a labelled segment."""

    def __init__(self, rng: random.Random, pools: Pools, lang: str) -> None:
        self._rng = rng
        self._pools = pools
        self._lang = lang
        given = rng.sample(pools.given, 16)
        self._spare_names = list(
            zip(given, rng.sample(pools.surnames, 16), strict=True)
        )
        self._firm_surnames = rng.sample(pools.surnames, 4)
        self._firms = self._make_firms()
        self._people: dict[str, Person] = {}
        self._day = random_day(rng)

    def _make_firms(self) -> list[Firm]:
        rng, pools = self._rng, self._pools
        home = rng.choice(pools.countries_for(self._lang))
        client = home if rng.random() < 0.7 else rng.choice(list(pools.countries))
        supplier = rng.choice(list(pools.countries))
        surnames = self._firm_surnames
        return [
            make_firm(rng, pools, home, surnames[:2], "consultancy"),
            make_firm(rng, pools, client, surnames[:2], "trade"),
            make_firm(rng, pools, supplier, surnames[2:], "trade"),
        ]

    def _new_person(self, firm: Firm) -> Person:
        names = self._spare_names.pop()
        return make_person(self._rng, self._pools, names, firm, self._lang)

    def person(self, role: str) -> Person:
        if role not in self._people:
            self._people[role] = self._new_person(self._firms[_ROLE_FIRM[role]])
        return self._people[role]

    def render(
        self, template: str, alias: dict[str, str] | None = None
    ) -> list[Segment]:
        """Segments of ``template``; ``alias`` maps X and Y to real roles."""
        alias = alias or {}
        segments: list[Segment] = []
        cursor = 0
        for match in _SLOT.finditer(template):
            segments.append((template[cursor : match.start()], None))
            segments.extend(self._slot(match.group(1), match.group(2) or "", alias))
            cursor = match.end()
        segments.append((template[cursor:], None))
        return segments

    def _slot(self, key: str, attr: str, alias: dict[str, str]) -> list[Segment]:
        if key in {"X", "Y"} or key in _ROLE_FIRM:
            return [self._person_slot(self.person(alias.get(key, key)), attr)]
        if key in {"F1", "F2", "F3"}:
            return [self._firm_slot(self._firms[int(key[1]) - 1], attr)]
        if key == "SIG":
            return self._signature(alias.get(attr, attr))
        if key == "QUOTE":
            return self._quote(alias.get(attr[0], attr[0]), alias.get(attr[1], attr[1]))
        if key == "ROSTER":
            return self._roster()
        if key == "CC":
            return self._cc_list()
        return [self._plain_slot(key)]

    def _person_slot(self, p: Person, attr: str) -> Segment:
        forms = _name_forms(p)
        if attr in forms:
            return (forms[attr], "PERSON")
        if attr == "mail":
            return (p.mail, "EMAIL_ADDRESS")
        if attr in {"tel", "itel", "mob"}:
            return (getattr(p, attr), "PHONE_NUMBER")
        if attr == "title":
            return (p.title, None)
        if attr == "firm":
            return (p.firm.name, "ORGANIZATION")
        return self._firm_slot(p.firm, attr)

    def _firm_slot(self, firm: Firm, attr: str) -> Segment:
        if attr == "":
            return (firm.name, "ORGANIZATION")
        if attr in {"tel", "itel"}:
            return (getattr(firm, attr), "PHONE_NUMBER")
        if attr == "url":
            return (firm.url, "URL")
        if attr == "country":
            names = self._pools.countries[firm.country]["name"]
            return (names[self._lang], "LOCATION")
        values = {"street": firm.street, "pc": firm.postcode, "city": firm.city}
        return (values[attr], "LOCATION")

    def _signature(self, role: str) -> list[Segment]:
        choices = _SIGNATURES if self._rng.random() < 0.6 else _SIGNATURES_MORE
        part = self._pools.parts[self._rng.choice(choices)]
        return self.render(part, {"X": role})

    def _quote(self, writer: str, addressee: str) -> list[Segment]:
        rng, parts = self._rng, self._pools.parts
        style = rng.choice(["on", "outlook"])
        header = parts[f"hdr_{self._lang}_{style}"]
        replies = [k for k in parts if k.startswith(f"reply_{self._lang}_")]
        body = header + "\n" + parts[rng.choice(replies)]
        segments = self.render(body, {"X": writer, "Y": addressee})
        if style == "outlook" and rng.random() < 0.5:
            return segments
        quoted = [(text.replace("\n", "\n> "), label) for text, label in segments]
        return [("> ", None), *quoted]

    def _roster(self) -> list[Segment]:
        count = self._rng.randint(3, 5)
        segments: list[Segment] = []
        for index in range(count):
            firm = self._firms[self._rng.randint(0, 1)]
            name = _name_forms(self._new_person(firm))["rev"]
            segments.append(("; " if index else "", None))
            segments.append((name, "PERSON"))
        return segments

    def _cc_list(self) -> list[Segment]:
        segments: list[Segment] = []
        for index in range(self._rng.randint(1, 2)):
            p = self._new_person(self._firms[self._rng.randint(0, 2)])
            segments.append(("; " if index else "", None))
            segments.extend([(f"{p.given} {p.surname}", "PERSON"), (" <", None)])
            segments.extend([(p.mail, "EMAIL_ADDRESS"), (">", None)])
        return segments

    def _plain_slot(self, key: str) -> Segment:
        rng, vocab, lang = self._rng, self._pools.vocab, self._lang
        labelled: dict[str, Callable[[], Segment]] = {
            "IBAN": lambda: (iban(rng, self._firms[0].country), "IBAN_CODE"),
            "CARD": lambda: (card(rng), "CREDIT_CARD"),
            "IP": lambda: (ip_address(rng), "IP_ADDRESS"),
            "URL": lambda: (f"https://portal.{self._firms[0].domain}/web", "URL"),
            "COUNTRY": lambda: (self._country_name(), "LOCATION"),
        }
        if key in labelled:
            return labelled[key]()
        plain: dict[str, Callable[[], str]] = {
            "WD": lambda: rng.choice(vocab["weekdays"][lang]),
            "MONTH": lambda: rng.choice(vocab["months"][lang]),
            "TOOL": lambda: rng.choice(vocab["tools"]),
            "TEAM": lambda: rng.choice(vocab["teams"]),
            "MODULE": lambda: rng.choice(vocab["modules"]),
            "SUBJ": lambda: rng.choice(vocab["subjects"][lang]),
            "DISC": lambda: rng.choice(vocab["disclaimers"][lang]),
            "REF": lambda: odoo_reference(rng),
            "AMOUNT": lambda: amount(rng, lang),
            "TIME": lambda: f"{rng.randint(8, 18):02d}:{rng.randrange(60):02d}",
            "N": lambda: str(rng.randint(2, 50)),
            "DATE": self._date,
            "DHDR": self._header_date,
            "DSENT": self._sent_date,
        }
        return (plain[key](), None)

    def _country_name(self) -> str:
        code = self._rng.choice(list(self._pools.countries))
        return str(self._pools.countries[code]["name"][self._lang])

    def _month(self) -> str:
        return str(self._pools.vocab["months"][self._lang][self._day.month - 1])

    def _date(self) -> str:
        d = self._day
        if self._lang == "de":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if self._lang == "en" and self._rng.random() < 0.4:
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return f"{d.day} {self._month()} {d.year}"

    def _header_date(self) -> str:
        d = self._day
        short = self._pools.vocab["weekdays_short"][self._lang][d.weekday()]
        if self._lang == "de":
            return f"{short}, {d.day:02d}.{d.month:02d}.{d.year}"
        if self._lang == "en":
            return f"{short}, {d.day} {self._month()[:3]} {d.year}"
        return f"{short} {d.day} {self._month()} {d.year}"

    def _sent_date(self) -> str:
        d = self._day
        weekday = self._pools.vocab["weekdays"][self._lang][d.weekday()]
        time = f"{self._rng.randint(8, 18):02d}:{self._rng.randrange(60):02d}"
        if self._lang == "de":
            return f"{weekday}, {d.day}. {self._month()} {d.year} {time}"
        if self._lang == "en":
            return f"{weekday}, {d.day} {self._month()} {d.year} {time}"
        return f"{weekday} {d.day} {self._month()} {d.year} {time}"
