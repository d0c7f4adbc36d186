"""Set E's invented values: phones, IBANs, cards, IPs, dates, amounts, refs.

Everything here is drawn from a ``random.Random`` it is given, so the
generator stays reproducible. Patterns use ``#`` for any digit, ``N`` for a
digit 2-9, ``D`` for 1-9 and ``A`` for a capital letter; other characters
are kept.
"""

from __future__ import annotations

import random
import re
import string
import unicodedata

__all__ = [
    "Piece",
    "amount",
    "ascii_slug",
    "card_number",
    "date",
    "expiry",
    "fill",
    "flight",
    "iban",
    "ip_address",
    "month",
    "reference",
    "seat",
    "time_of_day",
]

Piece = tuple[str | None, str]
"""A run of text and its entity type, ``None`` when it is not labelled."""

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_FOLDED = str.maketrans(
    {"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"}
    | {"ð": "d", "æ": "ae", "\u0131": "i", "'": "", "\u2019": ""}
)
_IBAN_PART = re.compile(r"(\d+)([nac])")
_CARD_PREFIXES = (
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("3530", 16),
)


def fill(rng: random.Random, pattern: str, placeholders: str = "#NDA") -> str:
    """The pattern with each of ``placeholders`` replaced by a random character."""
    pools = {
        "#": string.digits,
        "N": "23456789",
        "D": "123456789",
        "A": string.ascii_uppercase,
    }
    return "".join(rng.choice(pools[c]) if c in placeholders else c for c in pattern)


def ascii_slug(text: str, joiner: str = "") -> str:
    """Lower-case ASCII letters of ``text``, words joined by ``joiner``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLDED))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = re.findall(r"[a-z0-9]+", plain.lower())
    return joiner.join(words)


def iban(rng: random.Random, country: str, spec: str, spaced: bool) -> str:
    """An IBAN with correct check digits (ISO 13616 mod 97)."""
    chars = {"n": string.digits, "a": string.ascii_uppercase}
    chars["c"] = string.digits + string.ascii_uppercase
    bban = "".join(
        rng.choice(chars[kind])
        for count, kind in _IBAN_PART.findall(spec)
        for _ in range(int(count))
    )
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    code = f"{country}{98 - int(digits) % 97:02d}{bban}"
    if not spaced:
        return code
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def _luhn_digit(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char)
        if index % 2 == 0:
            digit *= 2
            digit -= 9 if digit > 9 else 0
        total += digit
    return str(-total % 10)


def card_number(rng: random.Random) -> str:
    """A card number that passes the Luhn check, grouped as cards print it."""
    prefix, length = rng.choice(_CARD_PREFIXES)
    body = prefix + fill(rng, "#" * (length - len(prefix) - 1))
    number = body + _luhn_digit(body)
    groups = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    parts, start = [], 0
    for size in groups:
        parts.append(number[start : start + size])
        start += size
    return rng.choice((" ", "-", " ", "")).join(parts)


def ip_address(rng: random.Random) -> str:
    """An address from the documentation (RFC 5737, RFC 3849) or private ranges."""
    if rng.random() < 0.15:
        groups = ":".join(f"{rng.randrange(1, 0xFFFF):x}" for _ in range(2))
        return f"2001:db8:{groups}::{rng.randrange(1, 0xFFF):x}"
    net = rng.choice(("192.0.2", "198.51.100", "203.0.113", "10.#", "192.168"))
    net = net.replace("#", str(rng.randrange(0, 255)))
    while net.count(".") < 3:
        net += f".{rng.randrange(0, 255)}"
    return net[: net.rfind(".")] + f".{rng.randrange(1, 255)}"


def date(rng: random.Random) -> str:
    """A date in one of the ways people write them."""
    day, month, year = (
        rng.randrange(1, 29),
        rng.randrange(1, 13),
        rng.randrange(2019, 2027),
    )
    name = _MONTHS[month - 1]
    return rng.choice(
        (
            f"{day} {name} {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{month:02d}/{day:02d}/{year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{name} {day}",
            f"{day} {name[:3]}",
        )
    )


def month(rng: random.Random) -> str:
    """A month name."""
    return rng.choice(_MONTHS)


def expiry(rng: random.Random) -> str:
    """A card expiry, MM/YY."""
    return f"{rng.randrange(1, 13):02d}/{rng.randrange(26, 32)}"


def time_of_day(rng: random.Random) -> str:
    """A clock time."""
    hour, minute = rng.randrange(7, 20), rng.choice((0, 5, 15, 20, 30, 40, 45))
    if rng.random() < 0.3:
        return f"{(hour - 1) % 12 + 1}:{minute:02d} {'am' if hour < 12 else 'pm'}"
    return f"{hour:02d}:{minute:02d}"


def amount(rng: random.Random) -> str:
    """A sum of money."""
    whole, cents = rng.randrange(12, 4800), rng.randrange(0, 100)
    return rng.choice(
        (
            f"€{whole:,}.{cents:02d}",
            f"£{whole}.{cents:02d}",
            f"${whole:,}.{cents:02d}",
            f"{whole:,} EUR".replace(",", "."),
            f"CHF {whole}",
        )
    )


def reference(rng: random.Random) -> str:
    """An order, invoice or ticket reference."""
    pattern = rng.choice(
        ("ORD-#####", "####-###", "INV/2025/0###", "SO1####", "T-####", "RMA ######")
    )
    return ("#" if pattern == "####-###" else "") + fill(rng, pattern, "#")


def flight(rng: random.Random) -> str:
    """A flight number."""
    carrier = rng.choice(("LH", "BA", "KL", "TK", "AF", "SK", "IB", "EK", "QF", "AY"))
    return carrier + rng.choice((" ", "")) + str(rng.randrange(100, 4000))


def seat(rng: random.Random) -> str:
    """A seat on a plane."""
    return f"{rng.randrange(1, 40)}{rng.choice('ABCDEF')}"
