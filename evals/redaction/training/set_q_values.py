"""Invented values for set Q: phones, IBANs, cards, IPs, references, dates, amounts."""

from __future__ import annotations

import random
import string

MARKETS = ("uk", "us", "ie", "de", "fr", "nl", "nordic", "insg")

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
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def phone(rng: random.Random, market: str) -> str:
    """A phone number in the market's shape (fiction ranges where they exist)."""
    n = rng.randrange(100)
    if market == "uk":
        return rng.choice(
            (
                f"020 7946 0{n:03d}",
                f"0113 496 0{n:03d}",
                f"+44 161 496 0{n:03d}",
                f"07700 900{n:03d}",
            )
        )
    if market == "us":
        area = rng.choice(("212", "312", "512", "617", "720", "704"))
        return rng.choice(
            (
                f"({area}) 555-01{n:02d}",
                f"{area}-555-01{n:02d}",
                f"+1 {area} 555 01{n:02d}",
            )
        )
    if market == "ie":
        return rng.choice(
            (
                f"+353 1 {_digits(rng, 3)} {_digits(rng, 4)}",
                f"087 {_digits(rng, 3)} {_digits(rng, 4)}",
            )
        )
    if market == "de":
        return rng.choice(
            (
                f"+49 69 {_digits(rng, 3)} {_digits(rng, 4)}",
                f"030 {_digits(rng, 4)}-{_digits(rng, 3)}",
                f"+49 151 {_digits(rng, 8)}",
            )
        )
    if market == "fr":
        return rng.choice(
            (
                f"01 99 00 {n:02d} {rng.randrange(100):02d}",
                f"+33 6 39 98 {n:02d} {rng.randrange(100):02d}",
            )
        )
    if market == "nl":
        return rng.choice(
            (f"+31 20 {_digits(rng, 3)} {_digits(rng, 4)}", f"06-{_digits(rng, 8)}")
        )
    if market == "nordic":
        return rng.choice(
            (
                f"+46 8 {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
                "+45 " + " ".join(_digits(rng, 2) for _ in range(4)),
                f"+47 {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 3)}",
            )
        )
    return rng.choice(
        (
            f"+91 98{_digits(rng, 3)} {_digits(rng, 5)}",
            f"+65 6{_digits(rng, 3)} {_digits(rng, 4)}",
            f"+65 9{_digits(rng, 3)} {_digits(rng, 4)}",
        )
    )


def _iban_check(country: str, bban: str) -> str:
    raw = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in raw)
    return f"{98 - int(num) % 97:02d}"


def _rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def iban(rng: random.Random, market: str) -> str:
    """An IBAN with correct check digits, grouped in fours half the time."""
    country = {
        "uk": "GB",
        "ie": "IE",
        "de": "DE",
        "fr": "FR",
        "nl": "NL",
        "nordic": rng.choice(("SE", "DK", "NO", "FI")),
    }.get(market, rng.choice(("GB", "DE", "NL")))
    upper = string.ascii_uppercase
    if country in ("GB", "IE"):
        bban = "".join(rng.choice(upper) for _ in range(4)) + _digits(rng, 14)
    elif country == "DE":
        bban = _digits(rng, 18)
    elif country == "FR":
        bank, branch, acc = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        bban = bank + branch + acc + _rib_key(bank, branch, acc)
    elif country == "NL":
        bban = "".join(rng.choice(upper) for _ in range(4)) + _digits(rng, 10)
    elif country == "SE":
        bban = _digits(rng, 20)
    elif country == "NO":
        bban = _digits(rng, 11)
    else:
        bban = _digits(rng, 14)
    value = country + _iban_check(country, bban) + bban
    if rng.random() < 0.5:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card(rng: random.Random) -> str:
    """A Luhn-valid Visa, Mastercard or Amex number."""
    kind = rng.choice(("visa", "mc", "amex"))
    if kind == "visa":
        body, length = "4" + _digits(rng, 14), 16
    elif kind == "mc":
        body, length = "5" + str(rng.randint(1, 5)) + _digits(rng, 13), 16
    else:
        body, length = rng.choice(("34", "37")) + _digits(rng, 12), 15
    for check in string.digits:
        if luhn_ok(body + check):
            number = body + check
            break
    sep = rng.choice((" ", "-", ""))
    groups = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    parts, pos = [], 0
    for g in groups:
        parts.append(number[pos : pos + g])
        pos += g
    return sep.join(parts)


def ip(rng: random.Random) -> str:
    return rng.choice(
        (
            f"192.0.2.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"203.0.113.{rng.randint(1, 254)}",
            f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        )
    )


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def date(rng: random.Random, market: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2025, 2026, 2027))
    if market == "us":
        return rng.choice((f"{MONTHS[m - 1]} {d}, {y}", f"{m}/{d}/{y}"))
    return rng.choice(
        (
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}.{m}.{y}",
        )
    )


def amount(rng: random.Random, market: str) -> str:
    value = rng.randint(3, 900) * 50
    cur = {"uk": "£", "us": "$", "insg": rng.choice(("INR ", "SGD "))}.get(
        market, "EUR "
    )
    return f"{cur}{value:,}.00"


def plain(key: str, rng: random.Random, market: str, ctx: dict[str, str]) -> str:
    """Unlabelled filler values: references, dates, amounts, hours."""
    base = key.rstrip("0123456789")
    if base == "matter":
        stem = ctx.get("ref_stem") or letters(rng, 3)
        return rng.choice(
            (
                f"{stem}-{rng.randint(1000, 9999)}",
                f"M{_digits(rng, 6)}",
                f"{stem}/{rng.randint(1, 99):03d}/{rng.randint(1, 9)}",
            )
        )
    if base == "pnr":
        return letters(rng, 6)
    if base == "ref":
        return rng.choice(
            (
                f"EL/{rng.choice((2025, 2026))}/{_digits(rng, 3)}",
                f"{letters(rng, 2)}/{letters(rng, 3)}/{_digits(rng, 4)}",
                f"WP-{rng.choice('ABCDEFGH')}{rng.randint(1, 40)}",
            )
        )
    if base == "claim":
        return rng.choice(
            (
                f"BL-{rng.choice((2025, 2026))}-{_digits(rng, 6)}",
                f"CL{_digits(rng, 2)}/{_digits(rng, 4)}",
                f"{_digits(rng, 1)} O {_digits(rng, 3)}/26",
            )
        )
    if base == "inv":
        return rng.choice(
            (
                f"FN-{_digits(rng, 5)}",
                f"INV/{rng.choice((2025, 2026))}/{_digits(rng, 4)}",
            )
        )
    if base == "code":
        stem = (ctx.get("code_stem") or letters(rng, 3)).upper()
        return f"{stem}{_digits(rng, 4)}"
    if base == "tk":
        return f"TK{_digits(rng, 3)}"
    if base == "date":
        return date(rng, market)
    if base == "day":
        return rng.choice(DAYS)
    if base == "amt":
        return amount(rng, market)
    if base == "rate":
        cur = {"uk": "£", "us": "$", "insg": "SGD "}.get(market, "EUR ")
        return f"{cur}{rng.randint(15, 95) * 10}/h"
    if base == "small":
        cur = {"uk": "£", "us": "$", "insg": "SGD "}.get(market, "EUR ")
        return f"{cur}{rng.randint(1200, 18000) / 100:.2f}"
    if base == "hrs":
        return f"{rng.randint(1, 40) / 10:.1f}"
    if base == "yr":
        return str(rng.randint(1968, 2022))
    if base == "time":
        return f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}"
    if base == "pct":
        return str(rng.randint(2, 18))
    raise KeyError(key)
