"""Passenger names as airline bookings write them: "1.JANSEN/SJOERD MR".

Reservations and e-tickets list travellers in capitals, surname first and
given names after a slash, numbered ("2.MEHTA/DEEPIKA") or followed by a
title ("KOVACS/ANNA MRS"). The number or the title is required: capitals
joined by a slash are as often terms ("TCP/IP", "AND/OR"). The name is
masked, the number and the title are not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from redaction.recognizers.context import result
from redaction.recognizers.rule_based import RuleRecognizer

if TYPE_CHECKING:
    from presidio_analyzer import RecognizerResult
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["PassengerNameRecognizer"]

_NAME = "PassengerNameRecognizer"
_SCORE = 0.85
_TITLES = r"(?:MR|MRS|MS|MISS|MSTR|DR)"
_PART = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'\u2019-]+"
_PASSENGER = re.compile(
    rf"(?<![\w/.])(?P<number>\d{{1,2}}\.[ ]?)?"
    rf"(?P<name>{_PART}/{_PART}(?:[ ](?!{_TITLES}\b){_PART})?)"
    rf"(?P<title>[ ]{_TITLES})?(?![\w/])"
)


class PassengerNameRecognizer(RuleRecognizer):
    """Numbered or titled "SURNAME/GIVEN" names, in capitals."""

    def __init__(self) -> None:
        super().__init__("PERSON", _NAME)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """One result per passenger name."""
        return [
            result("PERSON", *match.span("name"), _SCORE, _NAME, "passenger name")
            for match in _PASSENGER.finditer(text)
            if match.group("number") or match.group("title")
        ]
