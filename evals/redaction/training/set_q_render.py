"""Writing one text of set Q: the people and firms of a text and the forms of a name."""

from __future__ import annotations

import random
from typing import Any

from evals.redaction.training import set_q_people as people
from evals.redaction.training import set_q_values as values

URL_PATHS = (
    "",
    "/people",
    "/en/insights/pillar-two",
    "/portal/login",
    "/events/register",
    "/matters/secure-upload",
)


class Writer:
    """Builds one text piece by piece and records the span of every labelled piece."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict[str, Any]] = []
        self.length = 0

    def add(self, text: str, label: str | None = None) -> None:
        if label is not None and text:
            self.spans.append(
                {"type": label, "start": self.length, "end": self.length + len(text)}
            )
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


class Context:
    """The people, firms and places of one text, made on first use and reused after."""

    def __init__(
        self, rng: random.Random, market: str, slots: set[str], opts: str
    ) -> None:
        self.rng, self.market = rng, market
        self.taken_people: set[str] = set()
        self.taken_clients: set[str] = set()
        self.taken_places: set[str] = set()
        self.firms: dict[str, people.Firm] = {}
        self.persons: dict[str, people.Person] = {}
        self.cache: dict[str, str] = {}
        self.shared = False
        for key in sorted(k for k in slots if k.startswith("firm")):
            self.firms[key] = people.pick_firm(rng, market)
        person_keys = sorted(k for k in slots if k.startswith("p") and k[1:].isdigit())
        forced: dict[str, tuple[str | None, str | None]] = {}
        firm1 = self.firms.get("firm1")
        if firm1 is not None and person_keys:
            if opts == "share":
                for key, pair in zip(
                    person_keys,
                    zip(firm1.surnames, firm1.cultures, strict=True),
                    strict=False,
                ):
                    forced[key] = pair
            elif rng.random() < 0.35:
                i = rng.randrange(len(firm1.surnames))
                forced[rng.choice(person_keys)] = (firm1.surnames[i], firm1.cultures[i])
        self.shared = bool(forced)
        for key in person_keys:
            fam, cult = forced.get(key, (None, None))
            self.persons[key] = people.pick_person(
                rng, market, self.taken_people, fam, cult
            )
        stem_source = firm1.short if firm1 else None
        self.ref_stem = people.fold(stem_source)[:3].upper() if stem_source else ""
        if self.persons and rng.random() < 0.6:
            who = self.persons[rng.choice(sorted(self.persons))]
            self.code_stem = people.fold(who.alone)[:3]
        else:
            cult = rng.choice(sorted(people.NAMES))
            self.code_stem = people.fold(rng.choice(people.NAMES[cult]["fam"]))[:3]
        self.domains = [f.domain for f in self.firms.values()]

    def domain(self) -> str:
        if self.domains and self.rng.random() < 0.7:
            return self.domains[0]
        if "client1" in self.cache:
            return self.cache["client1_domain"]
        if self.domains:
            return self.domains[-1]
        return self.rng.choice(("mail.example", "inbox.example"))


def person_form(w: Writer, ctx: Context, p: people.Person, form: str) -> str:
    rng, malay = ctx.rng, p.culture == "malay"
    label = "PERSON"
    if form == "full":
        w.add(p.full, label)
    elif form == "given":
        w.add(p.given, label)
    elif form == "family":
        w.add(p.alone, label)
    elif form == "Family":
        w.add(people.cap_first(p.alone), label)
    elif form == "rev":
        w.add(p.full if malay else f"{p.alone}, {p.given}", label)
    elif form == "caps":
        w.add(p.full.upper() if malay else f"{p.alone.upper()} {p.given}", label)
    elif form == "init":
        w.add(p.full if malay else f"{p.initial_given()} {p.family}", label)
    elif form == "gin":
        w.add(p.full if malay else f"{p.given} {p.initial_family()}", label)
    elif form == "lower":
        w.add(p.full.lower(), label)
    elif form == "upper":
        w.add(p.full.upper(), label)
    elif form == "handle":
        stem = p.handle_stem()
        if rng.random() < 0.3:
            stem = stem.split(".")[0][0] + stem.split(".")[1]
        w.add(stem, label)
    elif form == "at":
        w.add("@")
        stem = p.handle_stem()
        first, last = stem.split(".")
        w.add(rng.choice((first[0] + last, first, stem)), label)
    elif form == "pnr":
        fam = people.fold(p.father if malay else p.family).upper()
        w.add(f"{fam}/{people.fold(p.given).upper()}", label)
    elif form == "title":
        w.add(people.title(p, ctx.market) + " ")
        w.add(p.alone, label)
    elif form == "ltitle":
        w.add(people.local_title(p, ctx.market))
    elif form == "email":
        first, last = p.handle_stem().split(".")
        local = rng.choice(
            (f"{first}.{last}", f"{first[0]}.{last}", f"{first[0]}{last}", first)
        )
        w.add(f"{local}@{ctx.domain()}", "EMAIL_ADDRESS")
    elif form == "xmark":
        initials = "".join(x[0] for x in p.given.split()) + p.initial_family()[0]
        w.add(initials.upper() + str(rng.randint(1, 3)))
    else:
        raise KeyError(form)
    return form


def fill(w: Writer, ctx: Context, key: str, forms: set[str]) -> None:
    rng, market = ctx.rng, ctx.market
    head, _, form = key.partition(".")
    base = head.rstrip("0123456789")
    if head in ctx.persons:
        forms.add(person_form(w, ctx, ctx.persons[head], form))
    elif head in ctx.firms:
        firm = ctx.firms[head]
        w.add(firm.short if form == "short" else firm.name, "ORGANIZATION")
    elif base == "client":
        if head not in ctx.cache:
            name, dom = people.pick_client(rng, market, ctx.taken_clients)
            ctx.cache[head], ctx.cache[head + "_domain"] = name, dom
        w.add(ctx.cache[head], "ORGANIZATION")
    elif base == "fdn":
        w.add(ctx.cache.setdefault(head, people.pick_foundation(rng)), "ORGANIZATION")
    elif base == "award":
        w.add(ctx.cache.setdefault(head, people.pick_award(rng)))
    elif base == "city":
        if head not in ctx.cache:
            ctx.cache[head] = people.pick_place(rng, market, "city", ctx.taken_places)
        w.add(ctx.cache[head], "LOCATION")
    elif base == "street":
        w.add(
            ctx.cache.setdefault(
                head, people.pick_place(rng, market, "street", ctx.taken_places)
            ),
            "LOCATION",
        )
    elif base == "phone":
        w.add(values.phone(rng, market), "PHONE_NUMBER")
    elif base == "iban":
        w.add(values.iban(rng, market), "IBAN_CODE")
    elif base == "card":
        w.add(values.card(rng), "CREDIT_CARD")
    elif base == "ip":
        w.add(values.ip(rng), "IP_ADDRESS")
    elif base == "url":
        dom = ctx.domains[0] if ctx.domains else "portal.example"
        w.add(
            rng.choice(("https://www.", "https://", "www."))
            + dom
            + rng.choice(URL_PATHS),
            "URL",
        )
    else:
        if head not in ctx.cache:
            ctx.cache[head] = values.plain(
                head,
                rng,
                market,
                {"ref_stem": ctx.ref_stem, "code_stem": ctx.code_stem},
            )
        w.add(ctx.cache[head])
