"""Passenger names as airline bookings write them: "1.JANSEN/SJOERD MR".

Reservations and e-tickets list travellers in capitals, surname first and
given names after a slash, numbered ("2.MEHTA/DEEPIKA") or followed by a
title ("KOVACS/ANNA MRS"). The number or the title is required: capitals
joined by a slash are as often terms ("TCP/IP", "AND/OR"). The name is
masked, the number and the title are not.
"""

from __future__ import annotations

import re

from redaction.recognizers.candidates import CandidateRecognizer

__all__ = ["PassengerNameRecognizer"]

_SCORE = 0.85
_TITLES = r"(?:MR|MRS|MS|MISS|MSTR|DR)"
_PART = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'\u2019-]+"
_PASSENGER = re.compile(
    rf"(?<![\w/.])(?P<number>\d{{1,2}}\.[ ]?)?"
    rf"(?P<name>{_PART}/{_PART}(?:[ ](?!{_TITLES}\b){_PART})?)"
    rf"(?P<title>[ ]{_TITLES})?(?![\w/])"
)


class PassengerNameRecognizer(CandidateRecognizer):
    """Numbered or titled "SURNAME/GIVEN" names, in capitals."""

    entity_type = "PERSON"
    pattern = _PASSENGER

    def __init__(self) -> None:
        super().__init__("PassengerNameRecognizer")

    def judge(self, text: str, match: re.Match[str]) -> tuple[int, int, float] | None:
        """The name, when a number or a title marks it as a passenger's."""
        if not (match.group("number") or match.group("title")):
            return None
        return match.start("name"), match.end("name"), _SCORE
