"""Invented identifiers for set K: IBANs, cards, phones, dates and slugs."""

from __future__ import annotations

import datetime
import random
import string
import unicodedata

# Letters a plain NFKD decomposition leaves alone.
_FOLD = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "\u0131": "i"}
)

# Length of the national part (BBAN) and how many leading letters it has.
_BBAN = {
    "GB": (18, 4),
    "IE": (18, 4),
    "NL": (14, 4),
    "FR": (23, 0),
    "BE": (12, 0),
    "DE": (18, 0),
    "AT": (16, 0),
    "CH": (17, 0),
    "IT": (23, 1),
}


def ascii_fold(text: str) -> str:
    """Drop accents so a name can sit in a mail address or a handle."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if c.isascii())


def slug(text: str) -> str:
    """Lower-case letters and digits only, for logins and domains."""
    return "".join(c for c in ascii_fold(text).lower() if c.isalnum())


def fill_digits(rng: random.Random, pattern: str) -> str:
    """Replace each ``#`` of ``pattern`` with a random digit."""
    return "".join(str(rng.randrange(10)) if c == "#" else c for c in pattern)


def _iban_check(country: str, bban: str) -> str:
    """ISO 13616 check digits: 98 minus the mod-97 of the rearranged string."""
    moved = bban + country + "00"
    number = "".join(str(int(c, 36)) for c in moved)
    return f"{98 - int(number) % 97:02d}"


def iban(rng: random.Random, country: str) -> str:
    """A check-digit-valid IBAN, spaced in fours most of the time."""
    length, letters = _BBAN[country]
    head = "".join(rng.choice(string.ascii_uppercase) for _ in range(letters))
    bban = head + "".join(str(rng.randrange(10)) for _ in range(length - letters))
    compact = country + _iban_check(country, bban) + bban
    if rng.random() < 0.3:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


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


def card(rng: random.Random) -> str:
    """A Luhn-valid Visa, Mastercard or Amex number in a common layout."""
    prefix, length, groups = rng.choice(
        [
            ("4", 16, (4, 4, 4, 4)),
            (f"5{rng.randint(1, 5)}", 16, (4, 4, 4, 4)),
            (rng.choice(["34", "37"]), 15, (4, 6, 5)),
        ]
    )
    body = prefix + "".join(
        str(rng.randrange(10)) for _ in range(length - len(prefix) - 1)
    )
    number = body + _luhn_digit(body)
    separator = rng.choice([" ", " ", "-", ""])
    parts, start = [], 0
    for size in groups:
        parts.append(number[start : start + size])
        start += size
    return separator.join(parts)


def ip_address(rng: random.Random) -> str:
    """An address from the documentation (RFC 5737) or private ranges."""
    prefix = rng.choice(["192.0.2", "198.51.100", "203.0.113", "10.20.4", "172.16.8"])
    return f"{prefix}.{rng.randint(2, 250)}"


def odoo_reference(rng: random.Random) -> str:
    """An Odoo document name; never labelled."""
    number = rng.randint(7, 4800)
    return rng.choice(
        [
            f"SO{number:04d}",
            f"INV/2026/{number:05d}",
            f"HD-{number}",
            f"PO{number:05d}",
            f"BILL/2026/{number:04d}",
            f"WH/IN/{number:05d}",
        ]
    )


def amount(rng: random.Random, lang: str) -> str:
    """A money amount written the way the language writes it."""
    value = rng.randint(180, 48000)
    cents = rng.choice(["00", "50", "80"])
    if lang == "en":
        return rng.choice(["EUR ", "€", "£"]) + f"{value:,}.{cents}"
    grouped = f"{value:,}".replace(",", ".")
    return f"{grouped},{cents} €" if lang != "nl" else f"€ {grouped},{cents}"


def random_day(rng: random.Random) -> datetime.date:
    """A working day in 2026."""
    day = datetime.date(2026, 1, 5) + datetime.timedelta(days=rng.randrange(330))
    while day.weekday() > 4:
        day += datetime.timedelta(days=1)
    return day
