"""Invented numbers for set N: phones, IBANs, cards, IPs, references, dates."""

from __future__ import annotations

import random
import string

# IBAN country -> (total length, BBAN layout: "a" upper letter, "n" digit).
IBAN_LAYOUTS = {
    "DE": "nnnnnnnnnnnnnnnnnn",
    "GB": "aaaannnnnnnnnnnnnn",
    "NL": "aaaannnnnnnnnn",
    "IE": "aaaannnnnnnnnnnnnn",
    "AT": "nnnnnnnnnnnnnnnn",
    "FI": "nnnnnnnnnnnnnn",
}

# Ofcom keeps these ranges for drama; 555-01xx is fictional in North America.
UK_PATTERNS = (
    "020 7946 0{n3}",
    "0161 496 0{n3}",
    "0113 496 0{n3}",
    "0121 496 0{n3}",
    "07700 900{n3}",
    "+44 20 7946 0{n3}",
    "+44 7700 900{n3}",
)
NA_AREAS = ("416", "604", "312", "720", "404", "614", "512", "403", "902")
NA_PATTERNS = (
    "+1 {area} 555 01{n2}",
    "({area}) 555-01{n2}",
    "{area}-555-01{n2}",
    "+1-{area}-555-01{n2}",
)
MONTHS = (
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
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
ACRONYMS = ("SLA", "KPI", "RAG", "PO", "ETA", "EOD", "RCA", "MoM", "SOP", "WIP")


def phone(rng: random.Random) -> str:
    """A UK drama-range or North American 555-01xx number."""
    if rng.random() < 0.5:
        pattern = rng.choice(UK_PATTERNS)
        return pattern.format(n3=f"{rng.randrange(1000):03d}")
    pattern = rng.choice(NA_PATTERNS)
    return pattern.format(area=rng.choice(NA_AREAS), n2=f"{rng.randrange(100):02d}")


def _iban_check_digits(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(digits) % 97:02d}"


def iban(rng: random.Random) -> str:
    """An IBAN with correct ISO 13616 check digits, grouped by four."""
    country = rng.choice(sorted(IBAN_LAYOUTS))
    bban = "".join(
        rng.choice(string.ascii_uppercase) if kind == "a" else rng.choice(string.digits)
        for kind in IBAN_LAYOUTS[country]
    )
    compact = country + _iban_check_digits(country, bban) + bban
    if rng.random() < 0.3:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def iban_is_valid(value: str) -> bool:
    """True when the ISO 13616 mod-97 check holds."""
    compact = value.replace(" ", "")
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _luhn_digit(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char)
        if index % 2 == 0:
            digit *= 2
            digit -= 9 if digit > 9 else 0
        total += digit
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    """A 16-digit card number that passes Luhn, grouped by four or dashes."""
    body = rng.choice(("4", "51", "52", "53", "54", "55"))
    body += "".join(rng.choice(string.digits) for _ in range(15 - len(body)))
    number = body + _luhn_digit(body)
    groups = [number[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice((" ", "-", "")).join(groups)


def luhn_is_valid(value: str) -> bool:
    """True when the Luhn check holds."""
    digits = "".join(c for c in value if c.isdigit())
    return _luhn_digit(digits[:-1]) == digits[-1]


def ip_address(rng: random.Random) -> str:
    """An address from the documentation ranges of RFC 5737 and RFC 3849."""
    if rng.random() < 0.15:
        return f"2001:db8::{rng.randrange(1, 0xFFFF):x}"
    prefix = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    return f"{prefix}.{rng.randrange(1, 255)}"


def reference(rng: random.Random, kind: str) -> str:
    """An Odoo-style document reference, never labelled."""
    n = rng.randrange(1, 9999)
    year = rng.choice((2025, 2026))
    return {
        "so": f"SO{n:05d}",
        "po": f"P{n:05d}",
        "inv": f"INV/{year}/{n:05d}",
        "bill": f"BILL/{year}/{n:04d}",
        "pick": f"WH/OUT/{n:05d}",
        "rcpt": f"WH/IN/{n:05d}",
        "ticket": f"HD-{n:04d}",
        "chg": f"CHG-{year}-{n:03d}",
        "sku": f"{rng.choice(string.ascii_uppercase)}{rng.choice('KLMX')}-{n:04d}",
        "ver": f"{rng.randrange(1, 9)}.{rng.randrange(0, 20)}.{rng.randrange(0, 9)}",
    }[kind]


def date(rng: random.Random) -> str:
    """A date written one of several ways, never labelled."""
    day, month = rng.randrange(1, 29), rng.randrange(12)
    return rng.choice(
        (
            f"{day} {MONTHS[month]}",
            f"{MONTHS[month]} {day}",
            f"2026-{month + 1:02d}-{day:02d}",
            f"{day:02d}/{month + 1:02d}/2026",
        )
    )


def amount(rng: random.Random) -> str:
    """A money amount, never labelled."""
    value = rng.randrange(120, 480000) / (1 if rng.random() < 0.5 else 100)
    currency = rng.choice(("EUR ", "£", "$", "USD ", "CAD "))
    return f"{currency}{value:,.2f}"


def simple(rng: random.Random, kind: str) -> str:
    """Small unlabelled fillers: times, counts, percentages, acronyms."""
    if kind == "weekday":
        return rng.choice(WEEKDAYS)
    if kind == "month":
        return rng.choice(MONTHS)
    if kind == "time":
        return f"{rng.randrange(7, 19):02d}:{rng.choice(('00', '15', '30', '45'))}"
    if kind == "n":
        return str(rng.randrange(2, 60))
    if kind == "qty":
        return str(rng.randrange(10, 4000))
    if kind == "pct":
        return f"{rng.randrange(1, 99)}%"
    if kind == "acr":
        return rng.choice(ACRONYMS)
    raise KeyError(kind)
