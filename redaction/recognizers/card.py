"""Payment card numbers: 12 to 19 digits, Luhn-valid, in any grouping."""

from __future__ import annotations

import re

from redaction.recognizers.candidates import CandidateRecognizer
from redaction.recognizers.context import has_context
from redaction.recognizers.pattern_data import pattern_setting, words

__all__ = ["CardNumberRecognizer", "is_luhn_valid"]

_IBAN_BEFORE = re.compile(r"[A-Za-z]{2}[0-9]{2}[ -]?$")


def is_luhn_valid(digits: str) -> bool:
    """Whether ``digits`` passes the Luhn check (ISO/IEC 7812-1)."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


class CardNumberRecognizer(CandidateRecognizer):
    """Luhn-valid numbers of 13 to 19 digits; of 12 only next to a card cue.

    Presidio's own recognizer knows the major brands' prefixes only, so
    Maestro, JCB and the newer Mastercard ranges slip through it.
    """

    entity_type = "CREDIT_CARD"

    def __init__(self) -> None:
        self.pattern = pattern_setting("card_candidate")
        self._cues = words("card_context")
        super().__init__("CardNumberRecognizer")

    def judge(self, text: str, match: re.Match[str]) -> tuple[int, int, float] | None:
        """The number's span and a score if it can be a card number."""
        digits = "".join(char for char in match.group(0) if char.isdigit())
        start, end = match.start(), match.end()
        if not is_luhn_valid(digits):
            return None
        if _IBAN_BEFORE.search(text[max(0, start - 6) : start]):
            return None
        is_cued = has_context(text, start, end, self._cues)
        if len(digits) >= 13:
            return start, end, 0.9 if is_cued else 0.5
        return (start, end, 0.8) if is_cued else None
