"""Invent names, e-mail addresses, phone numbers and IBANs from seeded draws."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from copilot.sandbox.demo_firm.builder import FirmBuilder

__all__ = [
    "Phone",
    "draw_iban_be",
    "draw_iban_de",
    "draw_name",
    "draw_phone",
    "email_address",
    "fold_to_ascii",
]


@dataclass(frozen=True)
class Phone:
    """One number written three ways: international, national, alternative."""

    intl: str
    national: str
    alt: str


def fold_to_ascii(text: str, ascii_fold: Mapping[str, str]) -> str:
    """Spell `text` without accents, using `ascii_fold` for letters like 'ß'."""
    for char, plain in ascii_fold.items():
        text = text.replace(char, plain)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def draw_name(builder: FirmBuilder, pool_key: str) -> tuple[str, str]:
    """A first name and surname neither of which was handed out before."""
    pool = builder.data.people["name_pools"][pool_key]
    for _ in range(1000):
        first, last = (
            builder.rng.choice(pool["first"]),
            builder.rng.choice(pool["last"]),
        )
        if first not in builder.taken and last not in builder.taken:
            builder.taken.update((first, last))
            return first, last
    raise ValueError(f"name pool {pool_key} is too small")


def email_address(
    first: str, last: str, domain: str, ascii_fold: Mapping[str, str]
) -> str:
    """`first.last@domain`, folded to lowercase ASCII."""
    local = fold_to_ascii(f"{first}.{last}", ascii_fold).lower()
    return f"{re.sub(r'[^a-z0-9.]', '', local)}@{domain}"


def draw_phone(builder: FirmBuilder, country: str, kind: str) -> Phone:
    """A number not handed out before, in the shapes the phones file gives."""
    shapes = builder.data.phones["shapes"][country][kind]
    while True:
        count = shapes["intl"].count("#")
        digits = [builder.rng.choice("0123456789") for _ in range(count)]
        filled = {k: _fill(shape, digits) for k, shape in shapes.items()}
        if filled["intl"] not in builder.taken:
            builder.taken.add(filled["intl"])
            return Phone(**filled)


def draw_iban_be(builder: FirmBuilder) -> str:
    """A Belgian IBAN, printed in groups of four."""
    rng = builder.rng
    base = f"{rng.randint(100, 999)}{rng.randint(0, 9_999_999):07d}"
    national = int(base) % 97 or 97
    iban = _iban("BE", f"{base}{national:02d}")
    return " ".join(iban[i : i + 4] for i in range(0, 16, 4))


def draw_iban_de(builder: FirmBuilder) -> str:
    """A German IBAN, printed without spaces."""
    bank = builder.rng.randint(10_000_000, 89_999_999)
    account = builder.rng.randint(0, 9_999_999_999)
    return _iban("DE", f"{bank}{account:010d}")


def _fill(shape: str, digits: Sequence[str]) -> str:
    """Put the digits, in order, where the shape has '#'."""
    stream = iter(digits)
    return "".join(next(stream) if char == "#" else char for char in shape)


def _iban(country: str, bban: str) -> str:
    """Prefix a BBAN with its country and ISO 13616 mod-97 check digits."""
    numeric = "".join(str(int(char, 36)) for char in f"{bban}{country}00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"
