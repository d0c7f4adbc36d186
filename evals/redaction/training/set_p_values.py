"""Invented values for set P: people, firms, addresses, phones, IBANs."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).with_name("set_p_data")

# Digits only are invented; the shapes follow each country's usual writing.
PHONE_SHAPES = {
    "de": ("+49 30 #### ####", "0221 ######", "0171 #######"),
    "pl": ("+48 ### ### ###", "### ### ###"),
    "nl": ("+31 20 ### ####", "06 ########"),
    "fr": ("+33 1 ## ## ## ##", "06 ## ## ## ##"),
    "es": ("+34 9## ### ###", "6## ## ## ##"),
    "pt": ("+351 21# ### ###", "9## ### ###"),
    "it": ("+39 02 #### ####", "3## ### ####"),
    "sv": ("+46 8 ### ### ##", "07# ### ## ##"),
    "da": ("+45 ## ## ## ##", "## ## ## ##"),
    "fi": ("+358 40 ### ####", "09 ### ####"),
    "cs": ("+420 ### ### ###", "### ### ###"),
    "tr": ("+90 212 ### ## ##", "0532 ### ## ##"),
}
# ISO 13616 country code and BBAN shape: n a digit, a an upper-case letter.
IBAN_SHAPES = {
    "de": ("DE", "n" * 18),
    "pl": ("PL", "n" * 24),
    "nl": ("NL", "aaaa" + "n" * 10),
    "fr": ("FR", "n" * 23),
    "es": ("ES", "n" * 20),
    "pt": ("PT", "n" * 21),
    "it": ("IT", "a" + "n" * 22),
    "sv": ("SE", "n" * 20),
    "da": ("DK", "n" * 14),
    "fi": ("FI", "n" * 14),
    "cs": ("CZ", "n" * 20),
    "tr": ("TR", "n" * 22),
}
POSTCODE_SHAPES = {
    "de": "#####",
    "pl": "##-###",
    "nl": "#### AA",
    "fr": "#####",
    "es": "#####",
    "pt": "####-###",
    "it": "#####",
    "sv": "### ##",
    "da": "####",
    "fi": "#####",
    "cs": "### ##",
    "tr": "#####",
}
NUMBER_FIRST = frozenset({"fr"})
ASCII_MAP = str.maketrans(
    {"ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "\u0131": "i", "đ": "d", "Ł": "L"}
)


@dataclass(frozen=True)
class Person:
    """An invented person: a random given name joined to a family name."""

    given: str
    family: str

    @property
    def core(self) -> str:
        """The family name without its leading particles ("van der")."""
        return self.family.split()[-1]


@dataclass(frozen=True)
class Pools:
    """The word lists of one language, read from `set_p_data/<lang>.txt`."""

    lang: str
    lists: dict[str, tuple[str, ...]]

    def pick(self, rng: random.Random, key: str) -> str:
        return rng.choice(self.lists[key])


def read_pools(lang: str) -> Pools:
    """Read `key: a, b, c` lines; a key may repeat and its lists join."""
    lists: dict[str, list[str]] = {}
    text = (DATA / f"{lang}.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, values = line.partition(":")
        words = [v.strip() for v in values.split(",") if v.strip()]
        lists.setdefault(key.strip(), []).extend(words)
    return Pools(lang, {k: tuple(v) for k, v in lists.items()})


def ascii_fold(value: str) -> str:
    """Lower-case ASCII for mail local parts and domains."""
    plain = unicodedata.normalize("NFKD", value.translate(ASCII_MAP))
    kept = "".join(c for c in plain if c.isascii() and (c.isalnum() or c in " -"))
    return kept.lower().replace(" ", "").replace("-", "")


def fill_shape(rng: random.Random, shape: str) -> str:
    out = []
    for char in shape:
        if char == "#":
            out.append(str(rng.randrange(10)))
        elif char == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTVWXZ"))
        else:
            out.append(char)
    return "".join(out)


def phone(rng: random.Random, lang: str) -> str:
    return fill_shape(rng, rng.choice(PHONE_SHAPES[lang]))


def iban(rng: random.Random, lang: str) -> str:
    """An IBAN with correct check digits, grouped by four half of the time."""
    country, shape = IBAN_SHAPES[lang]
    bban = "".join(
        str(rng.randrange(10)) if c == "n" else rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
        for c in shape
    )
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    if rng.random() < 0.5:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def street(rng: random.Random, pools: Pools) -> str:
    number = str(rng.randint(1, 140))
    name = pools.pick(rng, "street")
    if pools.lang in NUMBER_FIRST:
        return f"{number} {name}"
    return f"{name} {number}"


def postcode(rng: random.Random, lang: str) -> str:
    return fill_shape(rng, POSTCODE_SHAPES[lang])


def organization(rng: random.Random, pools: Pools) -> str:
    return f"{pools.pick(rng, 'org_root')} {pools.pick(rng, 'org_form')}"


def domain(org: str) -> str:
    return ascii_fold(org.split()[0]) + ".example"


def person(rng: random.Random, pools: Pools) -> Person:
    """A random pair, never a public figure's name; Czech and Polish family
    names agree with the given name."""
    while True:
        who = Person(pools.pick(rng, "given"), pools.pick(rng, "family"))
        is_public = f"{who.given} {who.family}" in pools.lists.get("avoid", ())
        if _genders_agree(pools.lang, who) and not is_public:
            return who


def _genders_agree(lang: str, who: Person) -> bool:
    # In these pools every female given name ends in "a" and no male one does.
    is_female = who.given.endswith("a")
    if lang == "cs":
        return is_female == who.family.endswith("á")
    if lang == "pl" and who.family.endswith(("ski", "cki", "ska", "cka")):
        return is_female == who.family.endswith("a")
    return True


def person_email(rng: random.Random, who: Person, org: str) -> str:
    given, family = ascii_fold(who.given), ascii_fold(who.family)
    local = rng.choice((f"{given}.{family}", f"{given[0]}.{family}", family))
    return f"{local}@{domain(org)}"
