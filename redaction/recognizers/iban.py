"""IBANs in any grouping, with spaces or dashes, in any case."""

from __future__ import annotations

import re

from redaction.iban import iban_length, is_valid_iban
from redaction.recognizers.candidates import CandidateRecognizer
from redaction.recognizers.pattern_data import pattern_setting

__all__ = ["GroupedIbanRecognizer"]


class GroupedIbanRecognizer(CandidateRecognizer):
    """A candidate is cut to its country's IBAN length and kept if mod-97 holds.

    "BE71 096 1234 567 69" is found and "BE72 ..." is not.
    """

    entity_type = "IBAN_CODE"
    rescans_inside = True  # "PO00871 to NL91 ..." and "NL91... DE89..."

    def __init__(self) -> None:
        self.pattern = pattern_setting("iban_candidate")
        super().__init__("GroupedIbanRecognizer")

    def judge(self, text: str, match: re.Match[str]) -> tuple[int, int, float] | None:
        """The IBAN's span if the checksum holds."""
        end = _iban_end(text, match.start(), match.end())
        return None if end is None else (match.start(), end, 1.0)


def _iban_end(text: str, start: int, stop: int) -> int | None:
    """Where the IBAN starting at ``start`` ends, if it is a valid one."""
    length = iban_length(text[start : start + 2])
    if length is None:
        return None
    kept: list[str] = []
    position = start
    while position < stop and len(kept) < length:
        if text[position].isalnum():
            kept.append(text[position])
        position += 1
    if len(kept) < length:
        return None
    if position < len(text) and text[position].isalnum():
        return None
    return position if is_valid_iban("".join(kept)) else None
