"""Invented phone numbers, IBANs, cards and IP addresses for set J."""

from __future__ import annotations

import random
import string

# BBAN shapes: "n" a digit, "a" an upper-case letter (ISO 13616 registry).
_BBAN_SHAPES = {
    "DE": "n" * 18,
    "NL": "aaaa" + "n" * 10,
    "GB": "aaaa" + "n" * 14,
    "BE": "n" * 12,
    "FR": "n" * 23,
    "AT": "n" * 16,
    "ES": "n" * 20,
    "IT": "a" + "n" * 22,
    "PL": "n" * 24,
}


def _fill(rng: random.Random, shape: str) -> str:
    pool = {"n": string.digits, "a": string.ascii_uppercase}
    return "".join(rng.choice(pool[c]) for c in shape)


def _to_digits(text: str) -> str:
    return "".join(str(int(c, 36)) for c in text)


def iban_is_valid(value: str) -> bool:
    """Tell whether the compact or spaced IBAN passes the mod-97 check."""
    compact = value.replace(" ", "")
    rearranged = compact[4:] + compact[:4]
    return int(_to_digits(rearranged)) % 97 == 1


def make_iban(rng: random.Random) -> str:
    """Return an IBAN with correct check digits, spaced in fours or not."""
    country = rng.choice(sorted(_BBAN_SHAPES))
    bban = _fill(rng, _BBAN_SHAPES[country])
    if country == "BE":
        check = int(bban[:10]) % 97 or 97
        bban = f"{bban[:10]}{check:02d}"
    checksum = 98 - int(_to_digits(bban + country + "00")) % 97
    compact = f"{country}{checksum:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def luhn_is_valid(value: str) -> bool:
    """Tell whether the digits of a card number pass the Luhn check."""
    digits = [int(c) for c in value if c.isdigit()]
    total = 0
    for index, digit in enumerate(reversed(digits)):
        if index % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - 1))
    body = body[: length - 1]
    for last in string.digits:
        if luhn_is_valid(body + last):
            return body + last
    raise AssertionError("a Luhn digit always exists")


def make_card(rng: random.Random) -> str:
    """Return a Luhn-valid Visa, Mastercard or Amex number, grouped or not."""
    kind = rng.choice(["visa", "visa", "mc", "amex"])
    if kind == "amex":
        number = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        groups = [number[:4], number[4:10], number[10:]]
    else:
        prefix = "4" if kind == "visa" else str(rng.randint(51, 55))
        number = _luhn_complete(prefix, 16, rng)
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ", "-", ""]).join(groups)


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def make_phone(rng: random.Random) -> str:
    """Return a phone number in a fiction range or a random national shape."""
    tail = f"{rng.randint(0, 99):02d}"
    shapes = [
        f"+1 (415) 555-01{tail}",
        f"512-555-01{tail}",
        f"+44 20 7946 0{rng.randint(0, 999):03d}",
        f"07700 900{rng.randint(0, 999):03d}",
        f"+49 30 {_digits(rng, 7)}",
        f"0421 {_digits(rng, 6)}",
        f"+31 20 {_digits(rng, 3)} {_digits(rng, 4)}",
        f"06-{_digits(rng, 8)}",
        f"+33 1 99 00 {tail} {rng.randint(0, 99):02d}",
        f"+32 9 {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
    ]
    return rng.choice(shapes)


def make_ip(rng: random.Random) -> str:
    """Return an address from the documentation (RFC 5737/3849) or private ranges."""
    shapes = [
        f"192.0.2.{rng.randint(1, 254)}",
        f"198.51.100.{rng.randint(1, 254)}",
        f"203.0.113.{rng.randint(1, 254)}",
        f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"172.16.{rng.randint(0, 31)}.{rng.randint(1, 254)}",
        f"2001:db8::{rng.randint(1, 0xFFFF):x}",
    ]
    return rng.choice(shapes)
