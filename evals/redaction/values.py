"""Invented confidential values for the labelled set; their checksums hold."""

from __future__ import annotations

import random
import re
import string

__all__ = [
    "card_number",
    "iban",
    "ip_address",
    "phone_number",
    "token",
]

_PHONE_FORMATS = {
    "BE": ("+32 470 {2} {2} {2}", "0470 {2} {2} {2}", "02 {3} {2} {2}"),
    "NL": ("+31 6 {8}", "06-{8}", "020 {3} {4}"),
    "FR": ("+33 6 {2} {2} {2} {2}", "06 {2} {2} {2} {2}", "01.{2}.{2}.{2}.{2}"),
    "DE": ("+49 30 {8}", "030 {8}", "0151 {4} {4}"),
    "GB": ("+44 20 7946 {4}", "020 7946 {4}", "07700 900{3}"),
    "IE": ("+353 1 {3} {4}", "01 {3} {4}"),
    "US": ("(202) 555-{4}", "+1 415-555-{4}", "202.555.{4}"),
    "CA": ("(416) 555-{4}", "+1 604 555 {4}"),
    "ES": ("+34 612 {3} {3}", "612 {2} {2} {2}"),
    "IT": ("+39 347 {3} {4}", "347 {3} {4}"),
    "PL": ("+48 512 {3} {3}",),
    "AT": ("+43 1 {7}",),
    "SE": ("+46 8 {3} {3} {2}",),
    "PT": ("+351 912 {3} {3}",),
    "DK": ("+45 {2} {2} {2} {2}",),
    "LU": ("+352 621 {3} {3}",),
    "FI": ("+358 40 {3} {4}",),
    "CZ": ("+420 601 {3} {3}",),
}
_IBAN_LAYOUTS = {"BE": "n12", "NL": "a4n10", "DE": "n18", "FR": "n23", "GB": "a4n14"}


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def phone_number(rng: random.Random, country: str | None = None) -> str:
    """A number in one of ``country``'s written formats, random digits."""
    chosen = country or rng.choice(sorted(_PHONE_FORMATS))
    pattern = rng.choice(_PHONE_FORMATS[chosen])
    pieces = pattern.split("{")
    written = pieces[0]
    for piece in pieces[1:]:
        count, rest = piece.split("}", 1)
        written += _digits(rng, int(count)) + rest
    return written


def _iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    number = int("".join(str(int(char, 36)) for char in rearranged))
    return f"{98 - number % 97:02d}"


def iban(rng: random.Random) -> str:
    """A valid IBAN (mod-97 holds), grouped by four, compact, dashed or lower."""
    country = rng.choice(sorted(_IBAN_LAYOUTS))
    layout = _IBAN_LAYOUTS[country]
    bban = ""
    for kind, count in re.findall(r"([an])([0-9]+)", layout):
        alphabet = string.ascii_uppercase if kind == "a" else string.digits
        bban += "".join(rng.choice(alphabet) for _ in range(int(count)))
    compact = country + _iban_check(country, bban) + bban
    grouped = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return rng.choice(
        (grouped, compact, grouped.replace(" ", "-"), grouped.lower(), grouped)
    )


def card_number(rng: random.Random) -> str:
    """A Luhn-valid Visa, Mastercard or Amex number in a usual grouping."""
    prefix, length = rng.choice(
        (("4", 16), ("5" + rng.choice("12345"), 16), ("37", 15))
    )
    body = prefix + _digits(rng, length - len(prefix) - 1)
    total = 0
    for position, char in enumerate(reversed(body)):
        value = int(char)
        if position % 2 == 0:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    number = body + str((10 - total % 10) % 10)
    if length == 15:
        grouped = f"{number[:4]} {number[4:10]} {number[10:]}"
    else:
        grouped = " ".join(number[i : i + 4] for i in range(0, 16, 4))
    return rng.choice((grouped, grouped.replace(" ", "-"), number))


def ip_address(rng: random.Random) -> str:
    """A private IPv4 address or a documentation-range IPv6 one."""
    if rng.random() < 0.75:
        network = rng.choice(("10.20", "192.168", "172.16"))
        return f"{network}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"


def token(rng: random.Random, length: int = 24) -> str:
    """A random portal access token."""
    alphabet = string.ascii_lowercase + string.digits
    return "".join(rng.choice(alphabet) for _ in range(length))
