"""Invented numbers for set M: phones in fiction ranges, IBANs, cards, IPs."""

from __future__ import annotations

import random
import string

# Numbers set aside for fiction: NANP 555-0100 to 555-0199; Ofcom's drama
# ranges; ACMA's fictional mobile and landline blocks; ARCEP's fiction blocks.
_US_AREAS = ("212", "312", "415", "503", "604", "416", "617", "720", "206")
_UK_GEO = ("0113 496", "0114 496", "0117 496", "0121 496", "0131 496", "0161 496")
_AU_MOBILE = (
    "0491 570 006",
    "0491 570 156",
    "0491 571 266",
    "0491 572 549",
    "0491 573 770",
    "0491 574 118",
    "0491 576 398",
    "0491 578 957",
)

# Country code, BBAN shape (a letter, 9 a digit) and display groups.
_IBAN_SHAPES = {
    "DE": "999999999999999999",
    "GB": "AAAA99999999999999",
    "FR": "99999999999999999999999",
    "NL": "AAAA9999999999",
    "ES": "99999999999999999999",
    "IT": "A9999999999999999999999",
    "BE": "999999999999",
    "PL": "999999999999999999999999",
    "SE": "99999999999999999999",
    "CH": "99999999999999999",
    "NO": "99999999999",
    "PT": "999999999999999999999",
    "IE": "AAAA99999999999999",
}


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def _us_phone(rng: random.Random) -> str:
    area, line = rng.choice(_US_AREAS), f"01{_digits(rng, 2)}"
    shapes = (
        f"({area}) 555-{line}",
        f"{area}-555-{line}",
        f"+1 {area} 555 {line}",
        f"{area}.555.{line}",
        f"+1-{area}-555-{line}",
        f"1 ({area}) 555-{line}",
    )
    return rng.choice(shapes)


def _uk_phone(rng: random.Random) -> str:
    tail = f"0{_digits(rng, 3)}"
    geo = rng.choice(_UK_GEO)
    shapes = (
        f"020 7946 {tail}",
        f"+44 20 7946 {tail}",
        f"{geo} {tail}",
        f"+44 {geo[1:]} {tail}",
        f"07700 900{_digits(rng, 3)}",
        f"+44 7700 900{_digits(rng, 3)}",
        f"(020) 7946 {tail}",
    )
    return rng.choice(shapes)


def _au_phone(rng: random.Random) -> str:
    mobile = rng.choice(_AU_MOBILE)
    area, block = rng.choice("2378"), rng.choice(("5550", "7010"))
    shapes = (
        mobile,
        f"+61 {mobile[1:]}",
        f"(0{area}) {block} {_digits(rng, 4)}",
        f"+61 {area} {block} {_digits(rng, 4)}",
    )
    return rng.choice(shapes)


def _fr_phone(rng: random.Random) -> str:
    block = rng.choice(("01 99 00", "06 39 98"))
    pairs = f"{_digits(rng, 2)} {_digits(rng, 2)}"
    shapes = (
        f"{block} {pairs}",
        f"+33 {block[1:]} {pairs}",
        f"{block.replace(' ', '.')}.{pairs.replace(' ', '.')}",
    )
    return rng.choice(shapes)


def phone(rng: random.Random) -> str:
    """A phone number in a range reserved for fiction, in a national format."""
    maker = rng.choice((_us_phone, _us_phone, _uk_phone, _uk_phone, _au_phone))
    if rng.random() < 0.12:
        maker = _fr_phone
    return maker(rng)


def _iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{98 - number % 97:02d}"


def iban(rng: random.Random) -> str:
    """An IBAN with correct check digits, grouped by four or written solid."""
    country = rng.choice(sorted(_IBAN_SHAPES))
    bban = "".join(
        rng.choice(string.ascii_uppercase) if ch == "A" else rng.choice(string.digits)
        for ch in _IBAN_SHAPES[country]
    )
    value = country + _iban_check(country, bban) + bban
    if rng.random() < 0.3:
        return value
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def iban_is_valid(value: str) -> bool:
    """True when the IBAN's length fits its country and mod 97 gives 1."""
    compact = value.replace(" ", "")
    shape = _IBAN_SHAPES.get(compact[:2])
    if shape is None or len(compact) != len(shape) + 4:
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def _luhn_digit(body: str) -> str:
    total = 0
    for index, ch in enumerate(reversed(body)):
        value = int(ch) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    """A Visa, Mastercard or Amex-shaped number that passes Luhn."""
    kind = rng.choice(("visa", "visa", "mc", "amex"))
    if kind == "amex":
        body = rng.choice(("34", "37")) + _digits(rng, 12)
        number = body + _luhn_digit(body)
        sep = rng.choice((" ", "-", ""))
        return sep.join((number[:4], number[4:10], number[10:]))
    prefix = "4" if kind == "visa" else f"5{rng.choice('12345')}"
    body = prefix + _digits(rng, 15 - len(prefix))
    number = body + _luhn_digit(body)
    sep = rng.choice((" ", " ", "-", ""))
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def luhn_is_valid(value: str) -> bool:
    """True when the digits (separators ignored) pass the Luhn check."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return len(digits) >= 12 and _luhn_digit(digits[:-1]) == digits[-1]


def ip(rng: random.Random) -> str:
    """An address from the documentation ranges (RFC 5737, RFC 3849)."""
    if rng.random() < 0.15:
        return f"2001:db8::{rng.randint(1, 0xFFFF):x}"
    net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    return f"{net}.{rng.randint(1, 254)}"


def postcode(rng: random.Random) -> str:
    """A postcode-shaped string: UK outward/inward, or four to five digits."""
    if rng.random() < 0.35:
        letters = string.ascii_uppercase
        return (
            f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(1, 29)} "
            f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
        )
    return _digits(rng, rng.choice((4, 5)))
