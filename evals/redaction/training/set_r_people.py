"""People for set R: naming cultures read from set_r_data/cultures.txt, and the
written forms of a name (full, given alone, "FAMILY, Given", initials, handles...).

Every form returns ``(before, name, after)``: only ``name`` is the PERSON span, so a
title, an "@" or a possessive "'s" stays outside the label.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).with_name("set_r_data")


@dataclass
class Culture:
    name: str
    style: str = "plain"
    given: dict[str, list[str]] = field(default_factory=dict)
    family: list[str] = field(default_factory=list)
    middle: list[str] = field(default_factory=list)
    p_middle: float = 0.0


def _item(word: str) -> str:
    return word.replace("_", " ")


def load_cultures() -> list[Culture]:
    cultures: list[Culture] = []
    for raw in (DATA / "cultures.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            cultures.append(Culture(line[3:].strip()))
            continue
        key, _, rest = line.partition(":")
        words = [_item(w) for w in rest.split()]
        current = cultures[-1]
        if key == "style":
            current.style = words[0]
        elif key in ("m", "f"):
            current.given[key] = words
        elif key == "family":
            current.family = words
        elif key == "middle":
            current.middle = words
        elif key == "p_middle":
            current.p_middle = float(words[0])
    return cultures


def _gendered(value: str, gender: str) -> str:
    if "/" not in value:
        return value
    male, female = value.split("/")
    return male if gender == "m" else female


@dataclass
class Person:
    culture: str
    style: str
    gender: str
    given: str
    middle: str = ""
    family: str = ""
    show_middle: bool = False
    family_first: bool = False
    initial: str = ""

    def full(self) -> str:
        """The name written out, in the order its bearer would use."""
        if self.style == "tamil" and self.initial:
            return f"{self.initial}. {self.given}"
        middle = (
            self.middle
            if self.show_middle or self.style in ("viet", "arabic", "malay")
            else ""
        )
        if self.family_first and self.family:
            parts = [self.family, middle, self.given]
        else:
            parts = [self.given, middle, self.family]
        return " ".join(part for part in parts if part)

    def short_full(self) -> str:
        """Given and family name only, given first."""
        if not self.family:
            return self.full()
        return f"{self.given} {self.family}"


def make_person(rng: random.Random, culture: Culture, gender: str = "") -> Person:
    gender = gender or rng.choice("mf")
    given = rng.choice(culture.given[gender])
    person = Person(culture.name, culture.style, gender, given)
    family = _gendered(rng.choice(culture.family), gender) if culture.family else ""
    style = culture.style
    if style in ("plain", "patronymic", "tamil", "father"):
        person.family = family
        if culture.middle and rng.random() < culture.p_middle:
            person.middle = _gendered(rng.choice(culture.middle), gender)
            person.show_middle = True
        if style == "tamil" and rng.random() < 0.4:
            person.initial = rng.choice("RSKMVPN")
    elif style == "fg":
        person.family = family
        person.family_first = rng.random() < 0.5
    elif style == "viet":
        person.family = family
        person.family_first = rng.random() < 0.75
        if person.family_first:
            person.middle = _gendered(rng.choice(culture.middle), gender)
    elif style == "arabic":
        person.middle = ("bin " if gender == "m" else "bint ") + rng.choice(
            culture.given["m"]
        )
        person.family = family if rng.random() < 0.7 else ""
    elif style == "malay":
        person.middle = ("bin " if gender == "m" else "binti ") + family
    elif style == "mononym":
        person.family = family if rng.random() < 0.4 else ""
    elif style == "spanish":
        second = _gendered(rng.choice(culture.family), gender)
        person.family = (
            family if second == family or rng.random() < 0.45 else f"{family} {second}"
        )
    return person


def fold(text: str) -> str:
    """ASCII letters of a name, for handles and mail addresses."""
    text = (
        text.replace("ß", "ss")
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("\u0131", "i")
    )
    text = (
        text.replace("Þ", "Th").replace("þ", "th").replace("ð", "d").replace("Ð", "D")
    )
    text = text.replace("ø", "o").replace("æ", "ae")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum())


TITLES = {
    "m": ["Mr", "Mr."],
    "f": ["Ms", "Ms.", "Mrs", "Mrs.", "Miss"],
    "x": ["Dr", "Dr.", "Prof.", "Mx"],
}


def _initials(given: str) -> str:
    return " ".join(f"{part[0]}." for part in given.replace("-", " ").split())


def render(person: Person, form: str, rng: random.Random) -> tuple[str, str, str]:
    """One written form of the name, as (text before, name, text after)."""
    p = person
    if form in ("family", "title", "formal", "init") and not p.family:
        form = {
            "family": "given",
            "title": "title_given",
            "formal": "upper",
            "init": "full",
        }[form]
    if form == "full":
        return "", p.full(), ""
    if form == "short":
        return "", p.short_full(), ""
    if form == "given":
        return "", p.given, ""
    if form == "family":
        return "", p.family, ""
    if form in ("title", "title_given"):
        key = "x" if rng.random() < 0.2 else p.gender
        title = rng.choice(TITLES[key])
        target = p.given if form == "title_given" else p.family
        if p.culture == "japanese" and rng.random() < 0.3:
            return "", target, "-san"
        return f"{title} ", target, ""
    if form == "formal":
        choice = rng.randrange(4)
        if choice == 0:
            return "", f"{p.family}, {p.given}", ""
        if choice == 1:
            return "", f"{p.family.upper()}, {p.given}", ""
        if choice == 2:
            return "", f"{p.family.upper()} {p.given}", ""
        return "", f"{p.given} {p.family.upper()}", ""
    if form == "init":
        if rng.random() < 0.6:
            return "", f"{_initials(p.given)} {p.family}", ""
        return "", f"{p.given} {p.family[0].upper()}.", ""
    if form == "upper":
        return "", p.full().upper(), ""
    if form == "lower":
        return "", p.full().lower(), ""
    if form == "poss":
        return "", rng.choice([p.full(), p.given, p.short_full()]), "'s"
    if form in ("handle", "at"):
        name = handle(p, rng)
        return ("@" if form == "at" else ""), name, ""
    raise ValueError(form)


def handle(p: Person, rng: random.Random) -> str:
    given = fold(p.given.split()[0]) if p.given else ""
    family = fold(p.family.split()[-1]) if p.family else ""
    whole_family = fold(p.family)
    if not family:
        parts = [fold(w) for w in p.given.split()]
        return rng.choice([".".join(parts), "_".join(parts), "".join(parts)])
    return rng.choice(
        [
            f"{given}.{whole_family}",
            f"{given}{family}",
            f"{given[0]}{whole_family}",
            f"{given}_{family[0]}",
            f"{family}.{given}",
            f"{given}.{family[0]}",
            given,
        ]
    )


def email_local(p: Person, rng: random.Random) -> str:
    given = fold(p.given)
    family = fold(p.family) if p.family else ""
    if not family:
        return rng.choice([given, f"{given}{rng.randrange(10, 99)}"])
    return rng.choice(
        [
            f"{given}.{family}",
            f"{given[0]}{family}",
            f"{family}.{given}",
            f"{given}_{family}{rng.randrange(1, 99)}",
            f"{given}{family[0]}",
        ]
    )
