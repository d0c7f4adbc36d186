"""Invented values for set R: phone numbers, IBANs, cards, IP addresses, dates,
postcodes. Numbers use fiction ranges where a country keeps one; IBANs carry correct
check digits and cards pass the Luhn check."""

from __future__ import annotations

import random
import string

MONTHS = [
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
]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


US_AREAS = ["503", "512", "608", "704", "253", "919", "614", "971", "385", "734"]
CA_AREAS = ["306", "250", "506", "519", "403", "819"]
UK_LANDLINES = [
    "020 7946 0",
    "0113 496 0",
    "0161 496 0",
    "0117 496 0",
    "0131 496 0",
    "029 2018 0",
]
FR_BLOCKS = ["01 99 00", "02 61 91", "03 53 01", "04 65 71", "05 36 49", "06 39 98"]
AU_MOBILES = [
    "0491 570 006",
    "0491 570 156",
    "0491 570 157",
    "0491 570 158",
    "0491 570 159",
    "0491 570 110",
    "0491 570 313",
    "0491 570 737",
]


def phone(rng: random.Random, country: str) -> str:
    def d(n: int) -> str:
        return _digits(rng, n)

    if country in ("US", "CA"):
        area = rng.choice(US_AREAS if country == "US" else CA_AREAS)
        tail = f"01{d(2)}"
        return rng.choice(
            [
                f"({area}) 555-{tail}",
                f"+1 {area} 555 {tail}",
                f"{area}-555-{tail}",
                f"{area}.555.{tail}",
            ]
        )
    if country == "GB":
        if rng.random() < 0.5:
            return rng.choice(["07700 900", "+44 7700 900"]) + d(3)
        return rng.choice(UK_LANDLINES) + d(3)
    if country == "FR":
        block = rng.choice(FR_BLOCKS)
        local = f"{block} {d(2)} {d(2)}"
        return local if rng.random() < 0.6 else "+33 " + local[1:]
    if country == "AU":
        if rng.random() < 0.5:
            return rng.choice(AU_MOBILES)
        return rng.choice(["(02) 5550 ", "(03) 7010 "]) + d(4)
    shapes = {
        "IE": lambda: f"+353 8{rng.choice('3579')} {d(3)} {d(4)}",
        "DE": lambda: rng.choice(
            [
                f"+49 30 {d(7)}",
                f"0{rng.choice(['40', '89', '341', '421'])} {d(6)}",
                f"+49 1{rng.choice('567')}{d(1)} {d(7)}",
            ]
        ),
        "NL": lambda: rng.choice([f"+31 6 {d(8)}", f"06-{d(8)}", f"030 {d(3)} {d(4)}"]),
        "ES": lambda: rng.choice(
            [f"+34 6{d(2)} {d(3)} {d(3)}", f"9{d(2)} {d(3)} {d(3)}"]
        ),
        "PL": lambda: f"+48 {rng.choice('5678')}{d(2)} {d(3)} {d(3)}",
        "LT": lambda: f"+370 6{d(2)} {d(5)}",
        "GR": lambda: f"+30 69{d(1)} {d(3)} {d(4)}",
        "TR": lambda: rng.choice(
            [f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}"]
        ),
        "AE": lambda: rng.choice(
            [f"+971 5{rng.choice('0256')} {d(3)} {d(4)}", f"05{d(1)}-{d(7)}"]
        ),
        "IN": lambda: rng.choice(
            [
                f"+91 9{d(4)} {d(5)}",
                f"+91-{rng.choice('789')}{d(9)}",
                f"0{rng.choice('7896')}{d(4)} {d(5)}",
            ]
        ),
        "NG": lambda: rng.choice(
            [
                f"+234 80{d(1)} {d(3)} {d(4)}",
                f"080{d(1)} {d(3)} {d(4)}",
                f"+234 (0) 70{d(1)} {d(3)} {d(4)}",
            ]
        ),
        "KE": lambda: rng.choice([f"+254 7{d(2)} {d(3)} {d(3)}", f"07{d(2)} {d(6)}"]),
        "ZA": lambda: rng.choice(
            [f"+27 8{d(1)} {d(3)} {d(4)}", f"0{rng.choice('678')}{d(1)} {d(3)} {d(4)}"]
        ),
        "BR": lambda: rng.choice(
            [
                f"+55 {rng.choice(['41', '81', '19', '71'])} 9{d(4)}-{d(4)}",
                f"({rng.choice(['41', '85', '48'])}) 9{d(4)}-{d(4)}",
            ]
        ),
        "MX": lambda: rng.choice(
            [
                f"+52 {rng.choice(['33', '81', '222'])} {d(4)} {d(4)}",
                f"+52 1 55 {d(4)} {d(4)}",
            ]
        ),
        "PH": lambda: rng.choice(
            [f"+63 9{d(2)} {d(3)} {d(4)}", f"09{d(2)}-{d(3)}-{d(4)}"]
        ),
        "VN": lambda: rng.choice(
            [f"+84 9{d(1)} {d(3)} {d(2)} {d(2)}", f"09{d(2)} {d(3)} {d(3)}"]
        ),
        "JP": lambda: rng.choice(
            [
                f"+81 90-{d(4)}-{d(4)}",
                f"0{rng.choice(['92', '78', '52'])}-{d(3)}-{d(4)}",
            ]
        ),
        "KR": lambda: rng.choice([f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}"]),
        "NZ": lambda: rng.choice(
            [f"+64 21 {d(3)} {d(4)}", f"0{rng.choice('3469')} {d(3)} {d(4)}"]
        ),
        "SE": lambda: rng.choice(
            [
                f"+46 7{rng.choice('0236')} {d(3)} {d(2)} {d(2)}",
                f"07{d(1)}-{d(3)} {d(2)} {d(2)}",
            ]
        ),
        "EE": lambda: f"+372 5{d(3)} {d(4)}",
    }
    return shapes[country]()


# Basic bank account number shapes: n digit, a capital letter, c digit or capital.
BBAN = {
    "DE": "n" * 18,
    "GB": "aaaa" + "n" * 14,
    "IE": "aaaa" + "n" * 14,
    "FR": "n" * 23,
    "NL": "aaaa" + "n" * 10,
    "ES": "n" * 20,
    "PL": "n" * 24,
    "LT": "n" * 16,
    "GR": "n" * 23,
    "TR": "nnnnn0" + "n" * 16,
    "AE": "n" * 19,
    "BR": "n" * 23 + "ac",
    "SE": "n" * 20,
    "EE": "n" * 16,
    "IT": "a" + "n" * 22,
    "CH": "n" * 17,
    "NO": "n" * 11,
    "FI": "n" * 14,
    "BE": "n" * 12,
    "SA": "nn" + "n" * 18,
    "LV": "aaaa" + "n" * 13,
    "HU": "n" * 24,
    "PT": "n" * 21,
}
BANK_CODES = {
    "GB": ["MIDL", "BARC", "NWBK", "LOYD"],
    "IE": ["AIBK", "BOFI"],
    "NL": ["ABNA", "RABO", "INGB"],
    "LV": ["HABA", "UNLA"],
}


def iban(rng: random.Random, country: str) -> str:
    if country not in BBAN:
        country = rng.choice(sorted(BBAN))
    shape = BBAN[country]
    chars = []
    for kind in shape:
        if kind == "n":
            chars.append(rng.choice(string.digits))
        elif kind == "a":
            chars.append(rng.choice(string.ascii_uppercase))
        elif kind == "c":
            chars.append(rng.choice(string.digits + string.ascii_uppercase))
        else:
            chars.append(kind)
    bban = "".join(chars)
    if country in BANK_CODES:
        bban = rng.choice(BANK_CODES[country]) + bban[4:]
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    compact = f"{country}{check:02d}{bban}"
    if rng.random() < 0.35:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _luhn_complete(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            n -= 9 if n > 9 else 0
        total += n
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    kind = rng.choices(["visa", "mc", "amex", "disc"], [45, 35, 12, 8])[0]
    if kind == "amex":
        number = _luhn_complete(rng.choice(["34", "37"]) + _digits(rng, 12))
        sep = rng.choice([" ", " ", "-", ""])
        return sep.join([number[:4], number[4:10], number[10:]])
    prefix = {
        "visa": "4",
        "mc": rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]),
        "disc": "6011",
    }[kind]
    number = _luhn_complete(prefix + _digits(rng, 15 - len(prefix)))
    sep = rng.choice([" ", " ", "-", ""])
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def ip(rng: random.Random) -> str:
    kind = rng.randrange(6)

    def n() -> int:
        return rng.randrange(1, 255)

    if kind == 0:
        return f"192.0.2.{n()}"
    if kind == 1:
        return f"198.51.100.{n()}"
    if kind == 2:
        return f"203.0.113.{n()}"
    if kind == 3:
        return f"10.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{n()}"
    if kind == 4:
        return f"192.168.{rng.randrange(0, 255)}.{n()}"
    return f"2001:db8:{rng.randrange(0, 0xFFFF):x}::{rng.randrange(1, 0xFFFF):x}"


def postcode(rng: random.Random, shape: str) -> str:
    out = []
    for c in shape:
        if c == "#":
            out.append(rng.choice(string.digits))
        elif c == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTVWXY"))
        else:
            out.append(c)
    return "".join(out)


def date(rng: random.Random, year_from: int = 2024, year_to: int = 2026) -> str:
    y, m, d = rng.randint(year_from, year_to), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{MONTHS[m - 1][:3]} {d}, {y}",
            f"{d}.{m:02d}.{y}",
        ]
    )


def amount(rng: random.Random) -> str:
    value = rng.randint(5, 4000) + rng.choice([0, 0.5, 0.99, 0.25])
    return (
        rng.choice(["£", "$", "€", "EUR ", "USD ", "AED ", "₦", "R$ "])
        + f"{value:,.2f}"
    )


def reference(rng: random.Random) -> str:
    letters = "".join(
        rng.choice(string.ascii_uppercase) for _ in range(rng.randint(2, 3))
    )
    return rng.choice(
        [
            f"{letters}-{_digits(rng, 6)}",
            f"#{_digits(rng, 7)}",
            f"{letters}{_digits(rng, 5)}",
            f"{letters}/{rng.randint(2024, 2026)}/{_digits(rng, 4)}",
        ]
    )


def last4(rng: random.Random) -> str:
    return _digits(rng, 4)


def masked_card(rng: random.Random) -> str:
    return rng.choice(
        [
            f"**** **** **** {_digits(rng, 4)}",
            f"XXXX-XXXX-XXXX-{_digits(rng, 4)}",
            f"ending {_digits(rng, 4)}",
            f"4{_digits(rng, 3)} **** **** {_digits(rng, 4)}",
        ]
    )


def time_of_day(rng: random.Random) -> str:
    h, m = rng.randint(7, 19), rng.choice([0, 15, 30, 45])
    return rng.choice(
        [f"{h:02d}:{m:02d}", f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"]
    )
