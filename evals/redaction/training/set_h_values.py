"""Invented phone numbers, IBANs, cards and addresses for set H."""

from __future__ import annotations

import random
import string
import unicodedata

_TRANSLIT = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "æ": "ae",
        "đ": "d",
        "\u0131": "i",
    }
)


def fill_pattern(rng: random.Random, pattern: str) -> str:
    """Replace each ``#`` with a digit and each ``A`` with a capital letter."""
    out = []
    for char in pattern:
        if char == "#":
            out.append(str(rng.randrange(10)))
        elif char == "A":
            out.append(rng.choice(string.ascii_uppercase))
        else:
            out.append(char)
    return "".join(out)


def ascii_slug(text: str, sep: str = "") -> str:
    """Lower-case ASCII form of a name for logins, e-mail and web addresses."""
    plain = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    kept = "".join(c for c in plain if not unicodedata.combining(c))
    words = "".join(c if c.isalnum() else " " for c in kept.lower()).split()
    return sep.join(words)


def _iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    digits = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(digits) % 97:02d}"


def make_iban(rng: random.Random, country: str, bban_pattern: str) -> str:
    """An IBAN with correct check digits (and Belgium's national check)."""
    bban = fill_pattern(rng, bban_pattern)
    if country == "BE":
        # Belgian account numbers end in the first ten digits modulo 97.
        head = bban[:10]
        check = int(head) % 97 or 97
        bban = f"{head}{check:02d}"
    iban = f"{country}{_iban_check(country, bban)}{bban}"
    if rng.random() < 0.7:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def _luhn_digit(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char)
        if index % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def make_card(rng: random.Random) -> str:
    """A Luhn-valid Visa, Mastercard or Amex number, grouped or not."""
    prefix, length = rng.choice(
        [("4", 16), ("5" + str(rng.randint(1, 5)), 16), ("37", 15)]
    )
    body = prefix + fill_pattern(rng, "#" * (length - len(prefix) - 1))
    number = body + _luhn_digit(body)
    sep = rng.choice([" ", "-", ""])
    if length == 15:
        return sep.join([number[:4], number[4:10], number[10:]])
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def make_ip(rng: random.Random) -> str:
    """An address from the documentation ranges (RFC 5737) or a private one."""
    head = rng.choice(["192.0.2", "198.51.100", "203.0.113", "10.20.4", "172.16.8"])
    return f"{head}.{rng.randint(2, 254)}"
