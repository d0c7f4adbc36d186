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
        """A candidate trimmed of spaces and commas, unless it ends a number.

        A house number is no dotted number's last part: "192.168.1.20 via
        ssh" holds no street called "via" (Italian for street).
        """
        start, end = match.start(), match.end()
        while start < end and text[start] in " ,\t":
            start += 1
        if _ends_dotted_number(text, start):
            return None
        while end > start and text[end - 1] in " ,\t":
            end -= 1
        return (start, end, self._score) if end > start else None


def _ends_dotted_number(text: str, start: int) -> bool:
    """Whether the digit at ``start`` follows a digit and a full stop."""
    return (
        start >= 2
        and text[start : start + 1].isdigit()
        and text[start - 1] == "."
        and text[start - 2].isdigit()
    )
