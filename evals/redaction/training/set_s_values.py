"""Pools and invented values for set S (German- and Dutch-language business text).

Everything here is drawn from a ``random.Random`` passed in by the caller, so the set
is reproducible from one seed. Names come from ``set_s_data/names.txt``, places and
firm parts from ``set_s_data/places.txt``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
Person = dict[str, str]

DATA = Path(__file__).with_name("set_s_data")
PARTICLES = {"van", "de", "der", "den", "ter", "te", "in", "'t", "la"}
TRANSLIT = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "\u0131": "i",  # dotless i
        "ş": "s",
        "ğ": "g",
        "ç": "c",
        "ś": "s",
        "č": "c",
        "ř": "r",
        "á": "a",
        "é": "e",
        "'": "",
        " ": "",
    }
)


def load_sections(name: str) -> dict[str, list[str]]:
    """Read a pool file: ``[section]`` headers, one entry per line, ``#`` comments."""
    out: dict[str, list[str]] = {}
    current = ""
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            out[current] = []
        else:
            out[current].append(line)
    return out


NAMES = load_sections("names.txt")
PLACES = load_sections("places.txt")

# Which name pools a person of each country is drawn from, with weights.
CULTURES = {
    "DE": [("de", 72), ("tr", 10), ("pl", 8), ("ar", 6), ("nl", 4)],
    "AT": [("at", 55), ("de", 25), ("pl", 10), ("tr", 10)],
    "CH": [("ch", 55), ("de", 30), ("pl", 8), ("ar", 7)],
    "NL": [("nl", 75), ("ar", 9), ("tr", 7), ("sr", 9)],
    "BE": [("nl", 80), ("ar", 12), ("tr", 8)],
}


def weighted(rng: random.Random, pairs: Sequence[tuple[T, int]]) -> T:
    total = sum(w for _, w in pairs)
    roll = rng.uniform(0, total)
    for item, w in pairs:
        roll -= w
        if roll <= 0:
            return item
    return pairs[-1][0]


def make_person(
    rng: random.Random, country: str, taken: set[str], gender: str | None = None
) -> Person:
    """One invented person: given name, family name (maybe double or with particle)."""
    for _ in range(50):
        culture = weighted(rng, CULTURES[country])
        sex = rng.choice("mf") if gender is None else gender
        given_pool = {"at": "de", "ch": "de"}.get(culture, culture)
        given = rng.choice(NAMES[f"{given_pool}_{sex}"])
        family = rng.choice(NAMES[f"{culture}_fam"])
        if culture in ("de", "at", "ch") and rng.random() < 0.09:
            second = rng.choice(NAMES["de_fam"] + NAMES[f"{culture}_fam"])
            if second != family:
                family = f"{family}-{second}"
        elif culture == "nl" and sex == "f" and rng.random() < 0.07:
            second = rng.choice(NAMES["nl_fam"])
            if second != family:
                family = f"{family}-{second}"
        if family not in taken and given not in taken:
            taken.update((family, given))
            return {
                "given": given,
                "family": family,
                "gender": sex,
                "culture": culture,
            }
    return {"given": given, "family": family, "gender": sex, "culture": culture}


def stand_alone(family: str) -> str:
    """Family name without a given name before it: a Dutch particle takes a capital."""
    first = family.split(" ")[0]
    if first in PARTICLES:
        return family[0].upper() + family[1:]
    return family


def core(family: str) -> str:
    """The main word of a family name, for initials: 'van der Berg' -> 'Berg'."""
    words = [w for w in family.split(" ") if w not in PARTICLES]
    return words[0].split("-")[0] if words else family


def ascii_slug(text: str) -> str:
    return text.lower().translate(TRANSLIT).replace("-", "")


def handle(rng: random.Random, p: Person) -> str:
    g, f = ascii_slug(p["given"]), ascii_slug(p["family"])
    shapes = [
        f"{g}.{f}",
        f"{g[0]}{f}",
        f"{g}.{f}",
        f"{g}{f[0]}",
        f"{g}_{f}",
        f"{g[0]}.{f}",
    ]
    return rng.choice(shapes)


def mail_local(rng: random.Random, p: Person) -> str:
    g, f = ascii_slug(p["given"]), ascii_slug(p["family"])
    return rng.choice([f"{g}.{f}", f"{g[0]}.{f}", f"{g[0]}{f}", f"{f}", f"{g}.{f}"])


# --- firms, places -------------------------------------------------------------

FORMS = {
    "DE": "org_de_form",
    "AT": "org_at_form",
    "CH": "org_ch_form",
    "NL": "org_nl_form",
    "BE": "org_be_form",
}
TLD = {"DE": "de", "AT": "at", "CH": "ch", "NL": "nl", "BE": "be"}


def make_org(rng: random.Random, country: str) -> tuple[str, str]:
    """A firm name and its mail domain. Many are built from family names."""
    dutch = country in ("NL", "BE")
    form = rng.choice(PLACES[FORMS[country]])
    fam_pool = (
        NAMES["nl_fam"]
        if dutch
        else NAMES["de_fam"] + NAMES["at_fam"] + NAMES["ch_fam"]
    )
    f1 = stand_alone(rng.choice(fam_pool))
    f2 = stand_alone(rng.choice(fam_pool))
    trade = rng.choice(PLACES["org_nl_trade" if dutch else "org_de_trade"])
    brand = rng.choice(PLACES["org_brand"])
    if dutch:
        shapes = [
            f"{f1} {trade} {form}",
            f"{f1} & Zn. {form}",
            f"{f1} & {f2} Advocaten",
            f"{brand} {form}",
            f"{f1} {trade}",
            f"{f1}-{f2} {trade} {form}",
        ]
    else:
        shapes = [
            f"{f1} {trade} {form}",
            f"{f1} & Söhne {form}",
            f"{f1} + Partner {trade}",
            f"{f1} & {f2} {form}",
            f"{brand} {form}",
            f"{brand} {trade} {form}",
            f"Gebr. {f1} {form}",
            f"{f1} {trade}",
        ]
    name = rng.choice(shapes)
    stem = name.split(" & ")[0].split(" + ")[0].split(" ")[0]
    if stem == "Gebr.":
        stem = f1
    if stem in ("Van", "De", "Ter") or stem.lower() in PARTICLES:
        stem = f1
    domain = ascii_slug(stem).replace(".", "") + rng.choice(
        ["", "-" + ascii_slug(trade)]
    )
    return name, f"{domain}.{TLD[country]}"


CITY = {
    "DE": "de_city",
    "AT": "at_city",
    "CH": "ch_city",
    "NL": "nl_city",
    "BE": "be_city",
}
COUNTRY_NAME = {
    "de": {
        "DE": "Deutschland",
        "AT": "Österreich",
        "CH": "Schweiz",
        "NL": "Niederlande",
        "BE": "Belgien",
    },
    "nl": {
        "DE": "Duitsland",
        "AT": "Oostenrijk",
        "CH": "Zwitserland",
        "NL": "Nederland",
        "BE": "België",
    },
}


def street(rng: random.Random, country: str) -> str:
    num = str(rng.randint(1, 180)) + rng.choice(["", "", "", "a", "b"])
    if country in ("NL", "BE"):
        roll = rng.random()
        if roll < 0.45:
            base = rng.choice(PLACES["nl_street_person"])
        elif roll < 0.75:
            base = (
                rng.choice(NAMES["nl_m"] + NAMES["nl_f"])
                + " "
                + stand_alone(rng.choice(NAMES["nl_fam"])).replace(" ", "")
                + rng.choice(["straat", "laan", "weg", "plein"])
            )
        else:
            base = rng.choice(PLACES["nl_street_plain"])
        return f"{base} {num}"
    kind = rng.choice(PLACES["de_street_kind"])
    roll = rng.random()
    if roll < 0.35:
        stem = rng.choice(PLACES["de_street_person"])
        base = f"{stem}{kind.lower()}" if "-" not in stem else f"{stem}-{kind}"
    elif roll < 0.7:
        g = rng.choice(NAMES["de_m"] + NAMES["de_f"])
        f = rng.choice(NAMES["de_fam"])
        base = f"{g}-{f}-{kind}"
    else:
        base = rng.choice(PLACES["de_street_plain"])
    if country == "CH":
        base = base.replace("ß", "ss")
    if country == "AT" and rng.random() < 0.3:
        base = base.replace("Straße", "Gasse")
    return f"{base} {num}"


def postcode(rng: random.Random, country: str) -> str:
    if country == "DE":
        return f"{rng.randint(1067, 99998):05d}"
    if country == "NL":
        letters = "ABCDEGHJKLMNPRSTVWXZ"
        return f"{rng.randint(1011, 9999)} {rng.choice(letters)}{rng.choice(letters)}"
    return str(rng.randint(1000, 9999))


def city(rng: random.Random, country: str) -> str:
    return rng.choice(PLACES[CITY[country]])
