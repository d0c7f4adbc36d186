"""Invented phone numbers, IBANs, cards, IP addresses, postcodes and refs.

Every value is drawn from a seeded ``random.Random``. IBANs carry correct
ISO 13616 check digits (and Belgian national ones), cards pass the Luhn
check, US and Canadian numbers use 555-01xx, UK ones Ofcom's drama ranges,
French ones the ARCEP fiction ranges, IP addresses the documentation or
private ranges.
"""

from __future__ import annotations

import random
import string

__all__ = [
    "PHONE_SHAPES",
    "amount",
    "card",
    "date",
    "fill_shape",
    "iban",
    "ip_address",
    "phone",
    "reference",
]

PHONE_SHAPES: dict[str, tuple[str, ...]] = {
    "uk": (
        "+44 20 7946 0###",
        "020 7946 0###",
        "07700 900###",
        "+44 7700 900###",
        "0161 496 0###",
        "+44 (0)113 496 0###",
    ),
    "us": ("(%%%) 555-01##", "+1 %%% 555 01##", "%%%-555-01##", "%%%.555.01##"),
    "ca": ("+1 (%%%) 555-01##", "%%% 555-01##"),
    "de": ("+49 30 ########", "030 ########", "+49 (0)89 ### ####", "0171 #######"),
    "fr": (
        "01 99 00 ## ##",
        "+33 1 99 00 ## ##",
        "06 39 98 ## ##",
        "+33 (0)6 39 98 ## ##",
    ),
    "nl": ("+31 20 ### ####", "020-#######", "06-########", "+31 6 ########"),
    "be": ("+32 2 ### ## ##", "02 ### ## ##", "0470 ## ## ##", "+32 470 ## ## ##"),
    "es": ("+34 91 ### ## ##", "6## ### ###", "+34 6## ### ###"),
    "it": ("+39 02 #### ####", "02 ########", "3## ### ####", "+39 3## #######"),
    "pl": ("+48 22 ### ## ##", "+48 5## ### ###", "6##-###-###"),
    "se": ("+46 8 ### ### ##", "08-### ## ##", "070-### ## ##", "+46 70 ### ## ##"),
    "ch": ("+41 44 ### ## ##", "044 ### ## ##", "+41 79 ### ## ##"),
    "at": ("+43 1 #######", "+43 664 #######"),
    "ie": ("+353 1 ### ####", "087 ### ####"),
    "au": ("+61 2 #### ####", "04## ### ###"),
}
_AREA_CODES = ("212", "312", "415", "512", "617", "503", "416", "604", "514", "303")

_IBAN_SHAPES: dict[str, str] = {
    "DE": "##################",
    "AT": "################",
    "CH": "#################",
    "FR": "#######################",
    "NL": "@@@@##########",
    "ES": "####################",
    "IT": "@######################",
    "PL": "########################",
    "GB": "@@@@##############",
    "IE": "@@@@##############",
    "SE": "####################",
    "LU": "################",
    "PT": "#####################",
}
_BANK_LETTERS = ("ABNA", "RABO", "INGB", "KNAB", "NWBK", "BARC", "AIBK", "BOFI")


def fill_shape(rng: random.Random, shape: str) -> str:
    """``#`` becomes a digit, ``@`` a capital letter, ``%`` a non-zero digit."""
    out = []
    for char in shape:
        if char == "#":
            out.append(rng.choice(string.digits))
        elif char == "%":
            out.append(rng.choice("23456789"))
        elif char == "@":
            out.append(rng.choice(string.ascii_uppercase))
        else:
            out.append(char)
    return "".join(out)


def phone(rng: random.Random, country: str | None = None) -> str:
    """A number in one of ``country``'s written shapes (any country if None)."""
    key = country or rng.choice(sorted(PHONE_SHAPES))
    shape = rng.choice(PHONE_SHAPES[key])
    if "%%%" in shape:
        shape = shape.replace("%%%", rng.choice(_AREA_CODES), 1)
    return fill_shape(rng, shape)


def _iban_check(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(digits) % 97:02d}"


def iban(rng: random.Random, country: str | None = None) -> str:
    """A compact IBAN with valid check digits."""
    code = country or rng.choice(sorted(_IBAN_SHAPES))
    shape = _IBAN_SHAPES[code]
    if shape.startswith("@@@@"):
        bban = rng.choice(_BANK_LETTERS) + fill_shape(rng, shape[4:])
    else:
        bban = fill_shape(rng, shape)
    if code == "BE":
        head = bban[:10]
        bban = head + f"{int(head) % 97 or 97:02d}"
    return code + _iban_check(code, bban) + bban


def grouped(value: str, sizes: tuple[int, ...], sep: str) -> str:
    """``value`` cut into groups of ``sizes`` (the last repeating)."""
    parts, index, turn = [], 0, 0
    while index < len(value):
        size = sizes[min(turn, len(sizes) - 1)]
        parts.append(value[index : index + size])
        index, turn = index + size, turn + 1
    return sep.join(parts)


def _luhn_digit(body: str) -> str:
    total = 0
    for position, char in enumerate(reversed(body)):
        digit = int(char)
        if position % 2 == 0:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return str(-total % 10)


def card(rng: random.Random) -> str:
    """A Luhn-valid card number, spaced, dashed or run together."""
    brand = rng.choice(("visa", "visa", "mc", "mc2", "amex", "discover"))
    prefix, length = {
        "visa": ("4", 16),
        "mc": (f"5{rng.randint(1, 5)}", 16),
        "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(("34", "37")), 15),
        "discover": ("6011", 16),
    }[brand]
    body = prefix + fill_shape(rng, "#" * (length - len(prefix) - 1))
    number = body + _luhn_digit(body)
    sep = rng.choice((" ", " ", "-", ""))
    sizes = (4, 6, 5) if length == 15 else (4,)
    return grouped(number, sizes, sep) if sep else number


def ip_address(rng: random.Random) -> str:
    """An address from RFC 5737, RFC 3849 or a private range."""
    octet = rng.randint(2, 254)
    return rng.choice(
        (
            f"192.0.2.{octet}",
            f"198.51.100.{octet}",
            f"203.0.113.{octet}",
            f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{octet}",
            f"192.168.{rng.randint(0, 20)}.{octet}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{octet}",
            f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}",
        )
    )


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri")


def date(rng: random.Random) -> str:
    """A 2026 date in one of the shapes e-mail clients and people write."""
    day, month = rng.randint(1, 28), rng.randint(1, 10)
    return rng.choice(
        (
            f"{_DAYS[rng.randrange(5)]}, {day} {_MONTHS[month - 1]} 2026",
            f"{day} {_MONTHS[month - 1]} 2026",
            f"2026-{month:02d}-{day:02d}",
            f"{day:02d}/{month:02d}/2026",
            f"{day}.{month}.2026",
        )
    )


_REFERENCES = (
    "SO####",
    "S0####",
    "INV/2026/#####",
    "HD-####",
    "PO#####",
    "BILL/2026/0%/####",
    "WH/OUT/#####",
    "RINV/2026/####",
    "TASK-###",
    "EXP/2026/###",
)


def reference(rng: random.Random) -> str:
    """An Odoo-style document reference (never labelled)."""
    return fill_shape(rng, rng.choice(_REFERENCES))


def amount(rng: random.Random) -> str:
    """A money amount in a European or English shape."""
    whole = rng.randint(80, 48000)
    cents = rng.choice((0, 0, 50, rng.randint(1, 99)))
    return rng.choice(
        (
            f"€{whole:,}.{cents:02d}",
            f"EUR {whole:,}".replace(",", ".") + f",{cents:02d}",
            f"£{whole:,}",
            f"${whole:,}.{cents:02d}",
            f"{whole:,}".replace(",", ".") + f",{cents:02d} €",
            f"CHF {whole:,}".replace(",", "'"),
        )
    )
