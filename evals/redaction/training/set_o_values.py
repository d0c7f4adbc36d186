"""Invented values for set O: name pools, streets, firms, buildings, numbers."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).with_name("set_o_data")

# Which name origin a locale's streets and buildings are named after.
STREET_ORIGIN = {
    "fr": "fr", "de": "de", "es": "es", "mx": "es", "br": "pt", "it": "it",
    "pl": "pl", "no": "nordic", "dk": "nordic", "nl": "nl", "us": "en",
    "ca": "en", "uk": "en", "in": "in", "ng": "ng", "ke": "sw", "tr": "tr",
}  # fmt: skip

# Street shapes: {g} given name, {f} family name, {r} a regnal numeral.
STREETS = {
    "fr": ["rue {g} {f}", "avenue {g} {f}", "boulevard {g} {f}",
           "place {g} {f}", "allée {g} {f}", "quai {g} {f}"],
    "de": ["{g}-{f}-Straße", "{f}straße", "{g}-{f}-Platz", "{f}weg",
           "{g}-{f}-Allee", "{g}-{f}-Ring"],
    "es": ["Calle de {g} {f}", "Avenida de {g} {f}", "Plaza de {g} {f}",
           "Paseo de {g} {f}", "Calle de {g} {r}", "Ronda de {g} {f}"],
    "mx": ["Avenida {g} {f}", "Calle {g} {f}", "Calzada {g} {f}",
           "Boulevard {g} {f}"],
    "br": ["Rua {g} {f}", "Avenida {g} {f}", "Praça {g} {f}",
           "Travessa {g} {f}", "Alameda {g} {f}"],
    "it": ["Via {g} {f}", "Piazza {g} {f}", "Corso {g} {f}",
           "Viale {g} {f}", "Largo {g} {f}"],
    "pl": ["ul. {p}", "al. {p}", "pl. {p}", "ulica {p}"],
    "no": ["{g} {f}s gate", "Kong {g}s gate", "{f}s vei",
           "{g} {f}s plass", "Dronning {g}s gate"],
    "dk": ["{g} {f}s Allé", "{f}s Vej", "{g} {f}s Plads", "{g} {f}s Gade",
           "Kong {g}s Vej"],
    "nl": ["{g} {f}straat", "{g} {f}laan", "{g} {f}plein",
           "Burgemeester {f}laan", "{g} {f}kade"],
    "us": ["{g} {f} Boulevard", "{f} Street", "{g} {f} Avenue",
           "{f} Drive", "{g} {f} Parkway"],
    "ca": ["{f} Street", "{g} {f} Avenue", "{f} Road", "{g} {f} Crescent"],
    "uk": ["{g} {f} Road", "{f} Street", "{f} Close", "{f} Gardens",
           "{g} {f} Way"],
    "in": ["{g} {f} Marg", "{g} {f} Road", "{f} Nagar Main Road",
           "{g} {f} Chowk"],
    "ng": ["{g} {f} Street", "{f} Crescent", "{g} {f} Way", "{f} Close"],
    "ke": ["{g} {f} Avenue", "{g} {f} Road", "{f} Lane", "{g} {f} Drive"],
    "tr": ["{g} {f} Caddesi", "{f} Sokak", "{g} {f} Bulvar\u0131"],
}  # fmt: skip

# Polish streets take the genitive; these invented namesakes are written so.
POLISH_NAMESAKES = [
    "Marii Zawadzkiej", "Jana Wróblewskiego", "Haliny Sikorskiej",
    "Tadeusza Nowickiego", "Jadwigi Pawlak", "Kazimierza Ostrowskiego",
    "Bożeny Kamińskiej", "Wojciecha Grabowskiego", "Urszuli Dąbrowskiej",
    "Generała Zielińskiego", "Ireneusza Sobczaka", "Ludmiły Urbańskiej",
]  # fmt: skip

BUILDINGS = [
    "{g} {f} Memorial Hospital", "Hôpital {g} {f}", "Klinikum {g} {f}",
    "{g} {f} International Airport", "Aeroporto {g} {f}",
    "Aeropuerto Internacional {g} {f}", "{f} Hall", "{g} {f} Concert Hall",
    "Lycée {g} {f}", "{g} {f} High School", "Escola Estadual {g} {f}",
    "{g}-{f}-Gymnasium", "{f} Conference Centre", "Palazzo {f}",
    "{g} {f} Stadium", "{g} {f} Convention Center", "Hotel {g} {f}",
    "{f} House", "Teatro {g} {f}", "{g} {f} Library", "Villa {f}",
]  # fmt: skip

FIRMS = [
    "{a} & Sons", "{a} Brothers", "{a} et Fils", "{a} Group", "{a}, {b} & {c}",
    "{a} & {b} LLP", "{a} GmbH", "{a} & Co.", "{a} Shoji", "{a} S.A.",
    "{a} Hermanos", "{a} e Filhos", "{a} Logistics", "{a} Trading",
    "{a} & Partner", "{a} B.V.", "{a} AS", "{a} Sp. z o.o.", "{a} S.r.l.",
    "{a} Holdings", "{a} & {b}", "{a} Freight Ltd", "{a} Imports",
    "Maison {a}", "{a} Architects", "{a} Bau GmbH", "{a} Textiles",
]  # fmt: skip

REGNAL = ["II", "III", "IV", "XII", "XIII", "VII"]
UK_PHONES = ["020 7946 0{n:03d}", "0113 496 0{n:03d}", "0161 496 0{n:03d}",
             "07700 900{n:03d}", "+44 20 7946 0{n:03d}"]  # fmt: skip
US_PHONES = ["({a}) 555-01{n:02d}", "+1 {a} 555 01{n:02d}", "{a}-555-01{n:02d}"]
IBAN_SHAPES = {"DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22",
               "NL": "a4n10", "PL": "n24", "NO": "n11", "DK": "n14",
               "PT": "n21", "GB": "a4n14"}  # fmt: skip
IP_NETS = ["192.0.2", "198.51.100", "203.0.113"]


def read_pool(name: str) -> dict[str, list[str]]:
    """Names by origin from a pool file: `# origin` lines, then words
    (an underscore stands for a space inside a name)."""
    pools: dict[str, list[str]] = {}
    origin = ""
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            origin = line[2:].strip()
            pools[origin] = []
        elif line.strip():
            pools[origin] += [w.replace("_", " ") for w in line.split()]
    return pools


def read_cities() -> dict[str, list[tuple[str, str]]]:
    """City and region (empty when none) per locale."""
    cities: dict[str, list[tuple[str, str]]] = {}
    for line in (DATA / "cities.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("["):
            continue
        locale, rest = line[1:].split("] ", 1)
        pairs = [entry.split("|") for entry in rest.split(", ")]
        cities[locale] = [(c, "" if r == "-" else r) for c, r in pairs]
    return cities


@dataclass(frozen=True)
class Person:
    given: str
    family: str


# Letters NFKD does not take apart into a base letter and a mark.
UNFOLDED = str.maketrans(
    {"ł": "l", "ø": "o", "æ": "ae", "đ": "d", "ß": "ss", "\u0131": "i"}
)


def ascii_slug(text: str, sep: str = ".") -> str:
    folded = unicodedata.normalize("NFKD", text.lower().translate(UNFOLDED))
    kept = "".join(c for c in folded if c.isascii() and (c.isalnum() or c == " "))
    return sep.join(kept.split())


def street(rng: random.Random, locale: str, who: Person) -> str:
    shape = rng.choice(STREETS[locale])
    namesake = rng.choice(POLISH_NAMESAKES)
    return shape.format(g=who.given, f=who.family, r=rng.choice(REGNAL), p=namesake)


def street_line(rng: random.Random, locale: str, name: str) -> str:
    """A street with its house number in the locale's order."""
    number = rng.randint(1, 240)
    if locale in {"fr", "us", "ca", "uk", "ng", "ke", "in"}:
        return f"{number} {name}"
    if locale == "br":
        return f"{name}, {number}"
    if locale == "tr":
        return f"{name} No: {number}"
    return f"{name} {number}"


def postcode(rng: random.Random, locale: str) -> str:
    digits = {"fr": 5, "de": 5, "es": 5, "mx": 5, "it": 5, "us": 5, "tr": 5,
              "no": 4, "dk": 4, "in": 6, "ng": 6, "ke": 5}  # fmt: skip
    if locale == "br":
        return f"{rng.randint(10000, 99999)}-{rng.randint(100, 999)}"
    if locale == "pl":
        return f"{rng.randint(10, 99)}-{rng.randint(100, 999)}"
    if locale == "nl":
        return f"{rng.randint(1000, 9999)} {rng.choice(['AB', 'KL', 'RT', 'XM'])}"
    if locale == "uk":
        return rng.choice(["CH1 2AB", "S1 4QT", "LS2 7EY", "KT1 1JJ", "KA9 2PL"])
    if locale == "ca":
        return rng.choice(["V8W 1A1", "E3B 2K4", "L2R 3M7", "N2G 4X8"])
    return str(rng.randint(10 ** (digits[locale] - 1), 10 ** digits[locale] - 1))


def firm(rng: random.Random, families: list[str], lead: str) -> str:
    a, b, c = lead, rng.choice(families), rng.choice(families)
    return rng.choice(FIRMS).format(a=a, b=b, c=c)


def building(rng: random.Random, who: Person) -> str:
    return rng.choice(BUILDINGS).format(g=who.given, f=who.family)


def phone(rng: random.Random, locale: str) -> str:
    n = rng.randint(0, 99)
    if locale in {"us", "ca"}:
        area = rng.choice(["512", "601", "704", "256", "250", "613", "416"])
        return rng.choice(US_PHONES).format(a=area, n=n)
    return rng.choice(UK_PHONES).format(n=rng.randint(0, 999))


def iban(rng: random.Random) -> str:
    country = rng.choice(sorted(IBAN_SHAPES))
    bban = ""
    for kind, count in _parts(IBAN_SHAPES[country]):
        pool = "ABCDEFGHJKLMNPRSTUVWXYZ" if kind == "a" else "0123456789"
        bban += "".join(rng.choice(pool) for _ in range(count))
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _parts(shape: str) -> list[tuple[str, int]]:
    parts, i = [], 0
    while i < len(shape):
        j = i + 1
        while j < len(shape) and shape[j].isdigit():
            j += 1
        parts.append((shape[i], int(shape[i + 1 : j])))
        i = j
    return parts


def card(rng: random.Random) -> str:
    body = [4] + [rng.randint(0, 9) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(body)):
        total += sum(divmod(2 * d, 10)) if i % 2 == 0 else d
    digits = "".join(map(str, body)) + str((10 - total % 10) % 10)
    return " ".join(digits[i : i + 4] for i in range(0, 16, 4))


def ip_address(rng: random.Random) -> str:
    return f"{rng.choice(IP_NETS)}.{rng.randint(1, 254)}"
