"""Invented contact and payment values for training set I, valid in shape only."""

from __future__ import annotations

import random
import string

_IP_PREFIXES = ("192.0.2.", "198.51.100.", "203.0.113.", "10.20.")


def fill_pattern(rng: random.Random, pattern: str) -> str:
    """Replace each ``#`` with a random digit and each ``A`` with a capital letter."""
    out = []
    for char in pattern:
        if char == "#":
            out.append(rng.choice(string.digits))
        elif char == "A":
            out.append(rng.choice(string.ascii_uppercase))
        else:
            out.append(char)
    return "".join(out)


def _iban_check(country: str, bban: str) -> str:
    """ISO 13616 check digits: 98 minus the mod-97 of the rearranged number."""
    rearranged = bban + country + "00"
    digits = "".join(str(int(char, 36)) for char in rearranged)
    return f"{98 - int(digits) % 97:02d}"


def make_iban(rng: random.Random, country: str, bban_pattern: str) -> str:
    """A random IBAN with correct check digits, grouped by four or not."""
    bban = fill_pattern(rng, bban_pattern)
    compact = country + _iban_check(country, bban) + bban
    if rng.random() < 0.6:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def _luhn_digit(partial: str) -> str:
    total = 0
    for index, char in enumerate(reversed(partial)):
        value = int(char)
        if index % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def make_card(rng: random.Random) -> str:
    """A Luhn-valid Visa, Mastercard or Amex number with spaces, dashes or none."""
    kind = rng.choice(("visa", "mastercard", "amex"))
    if kind == "amex":
        partial = rng.choice(("34", "37")) + fill_pattern(rng, "#" * 12)
        number = partial + _luhn_digit(partial)
        groups = [number[:4], number[4:10], number[10:]]
    else:
        prefix = "4" if kind == "visa" else f"5{rng.randint(1, 5)}"
        partial = prefix + fill_pattern(rng, "#" * (15 - len(prefix)))
        number = partial + _luhn_digit(partial)
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice((" ", "-", "")).join(groups)


def make_ip(rng: random.Random) -> str:
    """An address from documentation ranges (RFC 5737, RFC 3849) or a private one."""
    if rng.random() < 0.15:
        return f"2001:db8::{rng.randint(1, 0xFFFF):x}"
    prefix = rng.choice(_IP_PREFIXES)
    if prefix == "10.20.":
        return f"{prefix}{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{prefix}{rng.randint(1, 254)}"
