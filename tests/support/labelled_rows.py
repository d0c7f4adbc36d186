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
