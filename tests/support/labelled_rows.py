"""The checks every labelled JSON-lines set must pass, whoever wrote it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

SPAN_TYPES = frozenset(
    {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "IBAN_CODE",
        "CREDIT_CARD",
        "LOCATION",
        "ORGANIZATION",
        "IP_ADDRESS",
        "URL",
    }
)


def assert_spans_hold(rows: Iterable[Mapping[str, Any]]) -> None:
    """Each span is a known type, inside its text, trimmed, and starts where
    the one before it ended or later (in order, no overlap)."""
    for row in rows:
        text, previous_end = row["text"], 0
        for span in row["spans"]:
            assert span["type"] in SPAN_TYPES, row["id"]
            assert previous_end <= span["start"] < span["end"] <= len(text), row["id"]
            value = text[span["start"] : span["end"]]
            assert value == value.strip(), (row["id"], value)
            previous_end = span["end"]


def assert_names_stand_alone(rows: Iterable[Mapping[str, Any]]) -> None:
    """A PERSON span holds the name only: no "@", no title, no "'s"."""
    for row in rows:
        for span in row["spans"]:
            if span["type"] != "PERSON":
                continue
            value = row["text"][span["start"] : span["end"]]
            assert not value.startswith(("@", "Mr ", "Ms ", "Dr ")), (row["id"], value)
            assert not value.endswith(("'s", "\u2019s")), (row["id"], value)


def assert_checksums_hold(rows: Iterable[Mapping[str, Any]]) -> None:
    """Every IBAN carries correct check digits and every card passes Luhn."""
    checks = {"IBAN_CODE": _is_iban, "CREDIT_CARD": _passes_luhn}
    for row in rows:
        for span in row["spans"]:
            if span["type"] in checks:
                value = row["text"][span["start"] : span["end"]]
                assert checks[span["type"]](value), (row["id"], value)


def _compact(value: str) -> str:
    return "".join(c for c in value if c.isalnum())


def _is_iban(value: str) -> bool:
    """ISO 13616: the rearranged IBAN, letters as numbers, is 1 modulo 97."""
    compact = _compact(value).upper()
    moved = compact[4:] + compact[:4]
    return len(compact) > 4 and int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _passes_luhn(value: str) -> bool:
    digits = [int(c) for c in _compact(value)]
    total = sum(digits[-1::-2]) + sum(sum(divmod(2 * d, 10)) for d in digits[-2::-2])
    return len(digits) >= 12 and total % 10 == 0
