"""People, firms, clients, awards and places for set Q."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).with_name("set_q_data")

LOCAL = {
    "uk": ("english", "english", "irish"),
    "us": ("american", "american", "english"),
    "ie": ("irish", "irish", "english"),
    "de": ("german",),
    "fr": ("french",),
    "nl": ("dutch",),
    "nordic": ("nordic",),
    "insg": ("indian", "indian", "chinese_sg", "malay"),
}
CLIENT_SUFFIX = {
    "uk": ("Ltd", "plc", "Holdings Ltd"),
    "us": ("Inc.", "LLC", "Corp."),
    "ie": ("Ltd", "DAC", "Holdings plc"),
    "de": ("GmbH", "AG", "GmbH & Co. KG"),
    "fr": ("SAS", "SA", "SARL"),
    "nl": ("B.V.", "N.V.", "Holding B.V."),
    "nordic": ("AB", "A/S", "AS", "Oy"),
    "insg": ("Pvt Ltd", "Pte. Ltd.", "Limited"),
}
TLD = {
    "uk": "co.uk",
    "us": "com",
    "ie": "ie",
    "de": "de",
    "fr": "fr",
    "nl": "nl",
    "nordic": "se",
    "insg": "sg",
}
LTITLE = {
    "de": ("Frau", "Herr"),
    "fr": ("Mme", "M."),
    "nl": ("mevrouw", "meneer"),
    "nordic": ("", ""),
    "insg": ("Ms", "Mr"),
}
DUTCH_PARTICLES = ("van ", "de ", "ter ", "den ")


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _load_names() -> dict[str, dict[str, list[str]]]:
    pools: dict[str, dict[str, list[str]]] = {}
    for ln in _lines("names.txt"):
        culture, kind, value = ln.split("\t")
        pools.setdefault(culture, {"f": [], "m": [], "fam": []})[kind].append(value)
    return pools


NAMES = _load_names()
FIRMS = [tuple(ln.split("\t")) for ln in _lines("firms.txt")]
PLACES = [tuple(ln.split("\t")) for ln in _lines("places.txt")]
BRANDS = _lines("brands.txt")
AWARDS = _lines("awards.txt")
FOUNDATIONS = _lines("foundations.txt")


def fold(text: str) -> str:
    """Lower-case ASCII letters only, for handles, codes and mail domains."""
    text = (
        text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ß", "ss")
    )
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and c.isalpha()).lower()


def cap_first(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass
class Person:
    given: str
    family: str
    culture: str
    gender: str  # "f" or "m"
    father: str = ""  # Malay patronymic

    @property
    def family_first(self) -> bool:
        return self.culture == "chinese_sg"

    @property
    def full(self) -> str:
        if self.family_first:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def alone(self) -> str:
        """The name written without a given name (Malay: the given name)."""
        if self.culture == "malay":
            return self.given
        if self.culture == "dutch" and self.family.startswith(DUTCH_PARTICLES):
            return cap_first(self.family)
        return self.family

    def initial_given(self) -> str:
        return ".".join(part[0] for part in self.given.split()) + "."

    def initial_family(self) -> str:
        last = self.family.replace("-", " ").split()[-1]
        return last[0].upper() + "."

    def handle_stem(self) -> str:
        if self.culture == "malay":
            return fold(self.given.split()[0]) + "." + fold(self.father)
        return fold(self.given) + "." + fold(self.family)


def pick_person(
    rng: random.Random,
    market: str,
    taken: set[str],
    family: str | None = None,
    culture: str | None = None,
) -> Person:
    for _ in range(100):
        if culture is None:
            roll = rng.random()
            if roll < 0.6:
                cult = rng.choice(LOCAL[market])
            elif roll < 0.66:
                cult = "wordnames"
            else:
                cult = rng.choice(sorted(NAMES))
        else:
            cult = culture
        gender = rng.choice("fm")
        given = rng.choice(NAMES[cult][gender])
        fam = family if family is not None else rng.choice(NAMES[cult]["fam"])
        father = ""
        if cult == "malay":
            father = fam
            fam = ("binti " if gender == "f" else "bin ") + fam
        person = Person(given, fam, cult, gender, father)
        if person.full not in taken and "given:" + given not in taken:
            taken.update((person.full, "given:" + given))
            return person
    raise RuntimeError("no fresh person")


@dataclass
class Firm:
    name: str
    short: str
    surnames: tuple[str, ...]
    cultures: tuple[str, ...]
    domain: str


def pick_firm(rng: random.Random, market: str) -> Firm:
    patterns = [p for m, p in FIRMS if m == market]
    pattern = rng.choice(patterns if rng.random() < 0.9 else [p for _, p in FIRMS])
    surnames: list[str] = []
    cultures: list[str] = []
    while len(surnames) < 3:
        cult = (
            rng.choice(LOCAL[market])
            if rng.random() < 0.6
            else rng.choice(sorted(NAMES))
        )
        if cult == "malay":
            continue
        fam = rng.choice(NAMES[cult]["fam"])
        if fam not in surnames:
            surnames.append(fam)
            cultures.append(cult)
    used = sum(1 for k in "ABC" if "{" + k + "}" in pattern)
    # a particle takes a capital only where the surname opens the firm's name
    name = cap_first(pattern.format(A=surnames[0], B=surnames[1], C=surnames[2]))
    short = cap_first(surnames[0])
    word = rng.choice(("law", "legal", "partners", "advisory", "tax"))
    domain = (
        "-".join(fold(s) for s in surnames[: min(used, 2)]) + f"-{word}.{TLD[market]}"
    )
    return Firm(name, short, tuple(surnames[:used]), tuple(cultures[:used]), domain)


def pick_client(rng: random.Random, market: str, taken: set[str]) -> tuple[str, str]:
    for _ in range(50):
        brand = rng.choice(BRANDS)
        if brand not in taken:
            taken.add(brand)
            name = f"{brand} {rng.choice(CLIENT_SUFFIX[market])}"
            return name, fold(brand) + "-group." + TLD[market]
    raise RuntimeError("no fresh client")


def _name_filler(pattern: str, rng: random.Random) -> str:
    cult = rng.choice([c for c in sorted(NAMES) if c not in ("malay", "chinese_sg")])
    given = rng.choice(NAMES[cult][rng.choice("fm")])
    family = rng.choice(NAMES[cult]["fam"])
    return pattern.format(G=given, F=family if "{G}" in pattern else cap_first(family))


def pick_award(rng: random.Random) -> str:
    return _name_filler(rng.choice(AWARDS), rng)


def pick_foundation(rng: random.Random) -> str:
    return _name_filler(rng.choice(FOUNDATIONS), rng)


def pick_place(rng: random.Random, market: str, kind: str, taken: set[str]) -> str:
    options = [v for m, k, v in PLACES if m == market and k == kind and v not in taken]
    value = rng.choice(options)
    taken.add(value)
    return value


def title(person: Person, market: str) -> str:
    t = "Ms" if person.gender == "f" else "Mr"
    if market == "us":
        t += "."
    return t


def local_title(person: Person, market: str) -> str:
    pair = LTITLE.get(market, ("Ms", "Mr"))
    return pair[0] if person.gender == "f" else pair[1]
