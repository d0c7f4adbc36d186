"""Invented values for set G: phones, postcodes, IBANs, cards, addresses, names."""

from __future__ import annotations

import random
import string
import unicodedata
from dataclasses import dataclass

# IBAN layouts (ISO 13616): country, bank-code letters, digits after them.
_IBAN_LAYOUTS = {"GB": (4, 14), "IE": (4, 14), "NL": (4, 10), "DE": (0, 18)}
_IP_PREFIXES = ("192.0.2.", "198.51.100.", "203.0.113.", "10.20.")


@dataclass(frozen=True)
class Person:
    """An invented person: a random pair of a given and a family name."""

    given: str
    family: str


def fill_pattern(rng: random.Random, pattern: str) -> str:
    """Replace each '#' with a digit and each '@' with a capital letter."""
    out = []
    for char in pattern:
        if char == "#":
            out.append(rng.choice(string.digits))
        elif char == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTWXY"))
        else:
            out.append(char)
    return "".join(out)


def _iban_check(country: str, bban: str) -> str:
    """Return the two ISO 7064 mod 97-10 check digits."""
    moved = bban + country + "00"
    digits = "".join(str(int(c, 36)) for c in moved)
    return f"{98 - int(digits) % 97:02d}"


def iban_is_valid(iban: str) -> bool:
    """Tell whether an IBAN, spaced or not, passes the mod 97 check."""
    compact = iban.replace(" ", "")
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def make_iban(rng: random.Random) -> str:
    country = rng.choice(sorted(_IBAN_LAYOUTS))
    letters, digits = _IBAN_LAYOUTS[country]
    bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(letters))
    bban += "".join(rng.choice(string.digits) for _ in range(digits))
    iban = country + _iban_check(country, bban) + bban
    if rng.random() < 0.6:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def luhn_is_valid(number: str) -> bool:
    """Tell whether a card number, with spaces or dashes, passes the Luhn check."""
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for index, digit in enumerate(reversed(digits)):
        if index % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def make_card(rng: random.Random) -> str:
    prefix, length = rng.choice((("4", 16), ("5" + rng.choice("12345"), 16)))
    if rng.random() < 0.15:
        prefix, length = rng.choice(("34", "37")), 15
    body = prefix + "".join(
        rng.choice(string.digits) for _ in range(length - len(prefix) - 1)
    )
    number = next(body + c for c in string.digits if luhn_is_valid(body + c))
    groups = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    parts, start = [], 0
    for size in groups:
        parts.append(number[start : start + size])
        start += size
    return rng.choice((" ", "-", "", " ")).join(parts)


def make_ip(rng: random.Random) -> str:
    prefix = rng.choice(_IP_PREFIXES)
    if prefix == "10.20.":
        return f"{prefix}{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    return f"{prefix}{rng.randint(1, 254)}"


def ascii_fold(text: str) -> str:
    """Lower-case ASCII form of a name for handles, logins and mailboxes."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = folded.replace("ł", "l").replace("Ł", "L").replace("æ", "ae")
    folded = folded.replace("\u0131", "i")  # Turkish dotless i has no NFKD split
    return "".join(c for c in folded.lower() if c.isalnum() or c in "-")


def person_form(rng: random.Random, person: Person, form: str) -> str:
    """Write a person's name in one of the shapes texts use."""
    given, family = person.given, person.family
    forms = {
        "full": f"{given} {family}",
        "given": given,
        "sur": family,
        "init": f"{given} {family[0]}.",
        "ginit": f"{given[0]}. {family}",
        "rev": f"{family}, {given}",
        "capsur": f"{family.upper()} {given}",
        "lower": f"{given} {family}".lower(),
        "lgiven": given.lower(),
        "caps": f"{given} {family}".upper(),
        "cgiven": given.upper(),
    }
    if form == "handle":
        first, last = ascii_fold(given), ascii_fold(family.replace(" ", ""))
        return rng.choice((first, f"{first}.{last}", f"{first[0]}{last}"))
    if form == "any":
        form = rng.choices(
            ("full", "given", "init", "ginit", "rev", "capsur", "lower", "caps"),
            weights=(8, 6, 2, 2, 2, 1, 1, 1),
        )[0]
    return forms[form]


def mailbox(rng: random.Random, person: Person, domain: str) -> str:
    first, last = ascii_fold(person.given), ascii_fold(person.family.replace(" ", ""))
    local = rng.choice(
        (f"{first}.{last}", f"{first[0]}{last}", first, f"{first}_{last}")
    )
    return f"{local}@{domain}"
