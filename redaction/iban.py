"""IBAN structure check: country length and ISO 7064 mod-97 checksum."""

from __future__ import annotations

from functools import cache

from redaction.package_data import read_int_map

__all__ = ["iban_length", "is_valid_iban"]


@cache
def _lengths() -> dict[str, int]:
    return read_int_map("patterns.json", "iban_lengths")


def iban_length(country: str) -> int | None:
    """The IBAN length of ``country`` (ISO 13616 registry), if it has IBANs."""
    return _lengths().get(country.upper())


def is_valid_iban(compact: str) -> bool:
    """Whether ``compact`` (no spaces) is a well-formed IBAN with a valid checksum."""
    candidate = compact.upper()
    if not candidate.isascii() or not candidate.isalnum():
        return False
    if iban_length(candidate[:2]) != len(candidate):
        return False
    rearranged = candidate[4:] + candidate[:4]
    digits = "".join(str(int(char, 36)) for char in rearranged)
    return int(digits) % 97 == 1
