"""Word pools of set N and the invented people, firms and places made from them."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).with_name("set_n_data")
POOL_NAMES = (
    "given",
    "family",
    "org_stems",
    "org_kinds",
    "org_suffixes",
    "cities",
    "countries",
    "streets",
    "street_kinds",
    "products",
    "generics",
    "menus",
    "teams",
    "projects",
    "meetings",
    "rooms",
    "holidays",
    "ships",
    "storms",
    "prizes",
)
# Letters NFKD does not split into a base letter and a mark.
ASCII_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "\u0131": "i"})
MAIL_HOSTS = ("example.com", "example.org", "example.net")


def read_pool(path: Path) -> tuple[str, ...]:
    """Non-blank lines of a pool file, "#" lines skipped, order kept."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and line[0] != "#")


def load_pools() -> dict[str, tuple[str, ...]]:
    """Every pool by name; refuses names whose capitals change length."""
    pools = {name: read_pool(DATA / f"{name}.txt") for name in POOL_NAMES}
    for name in pools["given"] + pools["family"]:
        if len(name.upper()) != len(name):
            raise ValueError(f"name changes length in capitals: {name}")
    return pools


def ascii_slug(text: str) -> str:
    """The lower-case ASCII letters and digits of text, accents dropped."""
    folded = unicodedata.normalize("NFKD", text.translate(ASCII_FOLD))
    return "".join(c for c in folded.lower() if c.isascii() and c.isalnum())


@dataclass(frozen=True)
class Person:
    """An invented person: a random given + family combination."""

    given: str
    family: str
    host: str

    def form(self, form: str) -> str:
        """The name written one way; every form but "email" is a PERSON span."""
        given, family = self.given, self.family
        initial = family.split()[-1][0].upper() if " " in family else family[0]
        forms = {
            "full": f"{given} {family}",
            "given": given,
            "family": family,
            "initial": f"{given} {initial}.",
            "abbr": f"{given[0]}. {family}",
            "rev": f"{family}, {given}",
            "caps": f"{given} {family}".upper(),
            "capsfam": f"{family.upper()} {given}",
            "capsgiven": given.upper(),
            "lower": f"{given} {family}".lower(),
            "lgiven": given.lower(),
            "handle": ascii_slug(given),
            "dotted": f"{ascii_slug(given)}.{ascii_slug(family)}",
            "short": f"{ascii_slug(given)[0]}{ascii_slug(family)}",
            "email": f"{ascii_slug(given)}.{ascii_slug(family)}@{self.host}",
        }
        return forms[form]


@dataclass(frozen=True)
class Firm:
    """An invented company: a brand stem or two family names, kind, suffix."""

    short: str
    full: str
    host: str

    def form(self, form: str) -> str:
        """The firm written one way; every form is an ORGANIZATION span."""
        return {"full": self.full, "short": self.short, "caps": self.full.upper()}[form]


def make_firm(rng: random.Random, pools: dict[str, tuple[str, ...]]) -> Firm:
    """A brand firm ("Bluefen Logistics Ltd") or partners ("Okafor & Lind LLP")."""
    suffix = rng.choice(pools["org_suffixes"])
    if rng.random() < 0.3:
        first, second = rng.sample(pools["family"], 2)
        short = f"{first} & {second}"
        kind = rng.choice(("", " Partners", " Associates", " Logistics"))
        suffix = rng.choice(("LLP", "Ltd", "GmbH", "-"))
    else:
        short = rng.choice(pools["org_stems"])
        kind = " " + rng.choice(pools["org_kinds"])
    full = f"{short}{kind}" + ("" if suffix == "-" else f" {suffix}")
    host = ascii_slug(short.split(" & ")[0]) + "." + rng.choice(MAIL_HOSTS)
    return Firm(short=short, full=full, host=host)


def make_person(
    rng: random.Random, pools: dict[str, tuple[str, ...]], host: str
) -> Person:
    """A random given + family combination, mailed at host."""
    return Person(rng.choice(pools["given"]), rng.choice(pools["family"]), host)


def make_street(rng: random.Random, pools: dict[str, tuple[str, ...]]) -> str:
    """A numbered street line; a third are named after an invented person."""
    number = rng.randrange(1, 240)
    if rng.random() < 0.35:
        name = f"{rng.choice(pools['given'])} {rng.choice(pools['family'])}"
        return f"{number} {name} {rng.choice(pools['street_kinds'])}"
    return f"{number} {rng.choice(pools['streets'])}"
