"""Postal addresses as people write them in e-mail signatures and notes."""

from __future__ import annotations

import re

from redaction.recognizers.candidates import CandidateRecognizer
from redaction.recognizers.pattern_data import group, number_setting, pattern_setting

__all__ = ["PostalAddressRecognizer"]

_GROUPS = (
    "address_street_first",
    "address_number_first",
    "address_unit",
    "address_postcode_city",
)


class PostalAddressRecognizer(CandidateRecognizer):
    """Street lines, flat and box numbers, and postcode-plus-town lines.

    Street lines are recognised by a street word in English, French, Dutch,
    German, Nordic, Hungarian and Southern European spellings with a house
    number; a postcode and town only at the start of a line or after a
    comma, so "2024 Budget" in a sentence is not an address.
    """

    entity_type = "LOCATION"

    def __init__(self) -> None:
        self.pattern = re.compile(
            "|".join(f"(?:{pattern_setting(name).pattern})" for name in _GROUPS),
            re.MULTILINE,
        )
        self._score = number_setting(group("address_street_first"), "score")
        super().__init__("PostalAddressRecognizer")

    def judge(self, text: str, match: re.Match[str]) -> tuple[int, int, float] | None:
        """Every candidate is kept; its span is trimmed of spaces and commas."""
        start, end = match.start(), match.end()
        while start < end and text[start] in " ,\t":
            start += 1
        while end > start and text[end - 1] in " ,\t":
            end -= 1
        return (start, end, self._score) if end > start else None
