"""Phone numbers in international and national formats.

Replaces Presidio's phone recognizer, which runs libphonenumber's matcher
once per region over the whole text (the slowest recognizer) and misses
numbers written without their region's trunk prefix.
"""

from __future__ import annotations

import re
from functools import cache

import phonenumbers

from redaction.recognizers.candidates import CandidateRecognizer
from redaction.recognizers.context import has_context
from redaction.recognizers.pattern_data import (
    group,
    number_setting,
    pattern_setting,
    words,
)

__all__ = ["PhoneNumberRecognizer"]


@cache
def _date_like() -> re.Pattern[str]:
    return pattern_setting("date_like")


def _digits(candidate: str) -> int:
    return sum(char.isdigit() for char in candidate)


class PhoneNumberRecognizer(CandidateRecognizer):
    """A number is a phone number if one of these holds.

    - It starts with ``+`` or ``00`` and has 8 to 15 digits.
    - libphonenumber accepts it as a valid number of one of the firm's
      regions (the EU countries, the UK, the US and Canada).
    - A phone cue ("tel", "mobile", "fax", "call", "office") stands within
      forty characters before or after it and it has 6 to 15 digits.

    Dates, times and plain amounts are never candidates.
    """

    entity_type = "PHONE_NUMBER"

    def __init__(self) -> None:
        settings = group("phone")
        self.pattern = pattern_setting("phone")
        self._regions = words("phone_regions")
        self._cues = words("phone_context")
        self._min_digits = int(number_setting(settings, "min_digits"))
        self._min_cued_digits = int(number_setting(settings, "min_cued_digits"))
        self._max_digits = int(number_setting(settings, "max_digits"))
        super().__init__("PhoneNumberRecognizer")

    def judge(self, text: str, match: re.Match[str]) -> tuple[int, int, float] | None:
        """The number's span and a score, or ``None`` if it is no phone number."""
        candidate = match.group(0)
        core = match.group("number")
        digits = _digits(core)
        if core.startswith("00"):
            digits -= 2
        # "(since 2026-10-20)": a bracket the number pattern allows is no
        # part of a date.
        if digits > self._max_digits or _date_like().fullmatch(core.strip("()")):
            return None
        span = (match.start(), match.end())
        if core.startswith(("+", "00")) and digits >= self._min_digits:
            return (*span, 0.7)
        is_cued = has_context(text, *span, self._cues)
        if is_cued and digits >= self._min_cued_digits:
            return (*span, 0.6)
        if digits >= self._min_digits and self._is_valid_national(candidate):
            return (*span, 0.5)
        return None

    def _is_valid_national(self, candidate: str) -> bool:
        if not any(not char.isdigit() for char in candidate.strip()):
            # A bare run of digits is more often an id than a phone number.
            return False
        for region in self._regions:
            try:
                number = phonenumbers.parse(candidate, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                return True
        return False
