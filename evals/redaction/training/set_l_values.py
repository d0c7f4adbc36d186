"""Invented contact and payment values for set L, each valid by its own rule.

Phones use fictional ranges only (North American 555-01xx, the UK drama
numbers Ofcom reserves), IBANs carry correct ISO 13616 check digits, cards
pass Luhn, IP addresses come from the RFC 5737 documentation blocks and
every domain is one RFC 2606 reserves.
"""

from __future__ import annotations

import random
import string
import unicodedata

DOMAINS = ("example.com", "example.org", "example.net")
_IBAN_SHAPES = {
    # country: (length of the bank code in letters, digits after it)
    "GB": (4, 14),
    "IE": (4, 14),
    "NL": (4, 10),
    "DE": (0, 18),
}


def ascii_fold(text: str) -> str:
    """Lower-case letters and dots only, accents dropped, as in a mailbox."""
    folded = unicodedata.normalize("NFKD", text)
    kept = [c for c in folded.lower() if c in string.ascii_lowercase or c == "."]
    return "".join(kept)


def email_for(given: str, family: str, rng: random.Random) -> str:
    """A mailbox built from a person's invented name on a reserved domain."""
    given_part = ascii_fold(given.replace(" ", ""))
    family_part = ascii_fold(family.replace(" ", ""))
    local = rng.choice(
        (
            f"{given_part}.{family_part}",
            f"{given_part[0]}.{family_part}",
            f"{given_part}{family_part[:1]}",
            f"{family_part}",
        )
    )
    return f"{local}@{rng.choice(DOMAINS)}"


def phone(rng: random.Random) -> str:
    """A fictional phone number in one of several written shapes."""
    tail = rng.randrange(100)
    drama = rng.randrange(1000)
    return rng.choice(
        (
            f"+1 212 555 01{tail:02d}",
            f"(416) 555-01{tail:02d}",
            f"604-555-01{tail:02d}",
            f"020 7946 0{drama:03d}",
            f"+44 20 7946 0{drama:03d}",
            f"0161 496 0{drama:03d}",
            f"07700 900{drama:03d}",
            f"+44 7700 900{drama:03d}",
        )
    )


def _iban_digits(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text))


def iban(rng: random.Random) -> str:
    """An IBAN with correct check digits, grouped by four half the time."""
    country = rng.choice(sorted(_IBAN_SHAPES))
    letters, digits = _IBAN_SHAPES[country]
    bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(letters))
    bban += "".join(rng.choice(string.digits) for _ in range(digits))
    check = 98 - _iban_digits(bban + country + "00") % 97
    value = f"{country}{check:02d}{bban}"
    if rng.random() < 0.5:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def iban_is_valid(value: str) -> bool:
    """ISO 13616: moving the first four characters to the end gives 1 mod 97."""
    compact = value.replace(" ", "")
    return compact.isalnum() and _iban_digits(compact[4:] + compact[:4]) % 97 == 1


def _luhn_sum(digits: str) -> int:
    total = 0
    for index, char in enumerate(reversed(digits)):
        number = int(char) * (2 if index % 2 else 1)
        total += number - 9 if number > 9 else number
    return total


def card(rng: random.Random) -> str:
    """A 16-digit card number that passes Luhn, grouped by four."""
    body = rng.choice("45") + "".join(rng.choice(string.digits) for _ in range(14))
    check = (10 - _luhn_sum(body + "0") % 10) % 10
    value = body + str(check)
    return " ".join(value[i : i + 4] for i in range(0, 16, 4))


def luhn_is_valid(value: str) -> bool:
    """The Luhn check over the digits, spaces and dashes ignored."""
    digits = value.replace(" ", "").replace("-", "")
    return digits.isdigit() and _luhn_sum(digits) % 10 == 0


def ip_address(rng: random.Random) -> str:
    """An IPv4 address from the three documentation blocks."""
    block = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    return f"{block}.{rng.randrange(1, 255)}"


def url(rng: random.Random) -> str:
    """A web address on a reserved domain."""
    host = rng.choice(("portal", "shop", "status", "docs", "www"))
    path = rng.choice(
        ("catalogue/spring", "tickets/4821", "menu", "news/june", "price-list")
    )
    return f"https://{host}.{rng.choice(DOMAINS)}/{path}"
