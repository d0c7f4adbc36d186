"""Invented numbers for set S: phone numbers, IBANs, card numbers, IP addresses.

Phone numbers are random digits in each country's shape; IBANs carry correct check
digits (Belgian ones also their national check); card numbers pass the Luhn check;
IP addresses come from the documentation or private ranges.
"""

from __future__ import annotations

import random
import string


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def phone(rng: random.Random, country: str) -> str:
    def d(n: int) -> str:
        return digits(rng, n)

    shapes = {
        "DE": [
            f"+49 30 {d(8)}",
            f"0{rng.choice(['30', '40', '89', '221', '69', '711'])} {d(7)}",
            f"0151 {d(4)} {d(4)}",
            f"+49 (0)211 {d(6)}",
            f"0{rng.choice(['341', '351', '511'])}/{d(6)}",
            f"+49 172 {d(7)}",
        ],
        "AT": [
            f"+43 1 {d(3)} {d(2)} {d(2)}",
            f"0664 {d(7)}",
            f"+43 316 {d(6)}",
            f"0732/{d(6)}",
        ],
        "CH": [
            f"+41 44 {d(3)} {d(2)} {d(2)}",
            f"079 {d(3)} {d(2)} {d(2)}",
            f"+41 61 {d(3)} {d(2)} {d(2)}",
            f"031 {d(3)} {d(2)} {d(2)}",
        ],
        "NL": [
            f"+31 20 {d(3)} {d(4)}",
            f"06-{d(8)}",
            f"010 - {d(3)} {d(2)} {d(2)}",
            f"+31 6 {d(4)} {d(4)}",
            f"030-{d(7)}",
        ],
        "BE": [
            f"+32 3 {d(3)} {d(2)} {d(2)}",
            f"0470 {d(2)} {d(2)} {d(2)}",
            f"+32 9 {d(3)} {d(2)} {d(2)}",
        ],
    }
    return rng.choice(shapes[country])


def _mod97(text: str) -> int:
    num = "".join(str(int(c, 36)) for c in text)
    return int(num) % 97


def iban(rng: random.Random, country: str) -> str:
    """An IBAN with correct check digits (Belgian ones also with the national check)."""
    if country == "DE":
        bban = digits(rng, 18)
    elif country == "AT":
        bban = digits(rng, 16)
    elif country == "CH":
        bban = digits(rng, 17)
    elif country == "NL":
        bban = "".join(
            rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(4)
        ) + digits(rng, 10)
    else:
        base = digits(rng, 10)
        check = int(base) % 97 or 97
        bban = f"{base}{check:02d}"
    check = 98 - _mod97(bban + country + "00")
    raw = f"{country}{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def iban_ok(value: str) -> bool:
    raw = value.replace(" ", "")
    return _mod97(raw[4:] + raw[:4]) == 1


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed([c for c in number if c.isdigit()])):
        n = int(ch)
        if i % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def card(rng: random.Random) -> str:
    prefix = rng.choice(["4", "51", "53", "55", "2221"])
    body = prefix + digits(rng, 15 - len(prefix))
    for last in string.digits:
        if luhn_ok(body + last):
            body += last
            break
    sep = rng.choice([" ", " ", "-", ""])
    return sep.join(body[i : i + 4] for i in range(0, 16, 4))


def ip(rng: random.Random) -> str:
    base = rng.choice(
        [
            "192.0.2",
            "198.51.100",
            "203.0.113",
            f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}",
            f"192.168.{rng.randint(0, 30)}",
        ]
    )
    return f"{base}.{rng.randint(2, 250)}"
