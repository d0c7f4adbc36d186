"""Passenger names as airline bookings write them: "1.JANSEN/SJOERD MR".

Reservations and e-tickets list travellers in capitals, surname first and
given names after a slash, numbered ("2.MEHTA/DEEPIKA", "1.1OKONKWO/CHIDI")
or followed by a title ("KOVACS/ANNA MRS"); a surname may have several
words ("1.VAN DER BERG/ANNA"). The number or the title is required, and
capitals joined by a slash are still no name when both halves are English
words ("1.DEBIT/CREDIT") or either is an acronym: two letters or none a
vowel ("1.TCP/IP", "SQL/ODBC MS"), unless a listed short surname ("NG",
"LI"). The name is masked, the number and the title are not. Needs the
pipeline's dictionary.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from redaction.folding import fold_key
from redaction.name_gazetteer import short_surnames
from redaction.recognizers.context import result
from redaction.recognizers.rule_based import DictionaryRecognizer

__all__ = ["PassengerNameRecognizer"]

_NAME = "PassengerNameRecognizer"
_SCORE = 0.85
_TITLES = r"(?:MR|MRS|MS|MISS|MSTR|DR)"
# Capitals, Latin Extended-A and -B included ("ŁUCJA", "İLKER", "VĂN").
_CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(
    char for char in map(chr, range(0x100, 0x250)) if char.isupper()
)
_PART = rf"[{_CAPITALS}][{_CAPITALS}'\u2019-]+"
_PASSENGER = re.compile(
    rf"(?<![\w/.])(?P<number>\d{{1,2}}\.(?:\d{{1,2}})?[ ]?)?"
    rf"(?P<name>(?P<surname>(?:{_PART}[ ]){{0,2}}{_PART})"
    rf"/(?P<given>{_PART}(?:[ ](?!{_TITLES}\b){_PART})?))"
    rf"(?P<title>[ ]{_TITLES})?(?![\w/])"
)
_MIN_LETTERS = 3
_VOWELS = frozenset("aeiouy")


class PassengerNameRecognizer(DictionaryRecognizer):
    """Numbered or titled "SURNAME/GIVEN" names, in capitals."""

    def __init__(self) -> None:
        self._short_surnames = short_surnames()
        super().__init__("PERSON", _NAME)

    def find(self, text: str, dictionary: frozenset[str]) -> list[RecognizerResult]:
        """One result per passenger name."""
        return [
            result("PERSON", *match.span("name"), _SCORE, _NAME, "passenger name")
            for match in _PASSENGER.finditer(text)
            if self._is_passenger(match, dictionary)
        ]

    def _is_passenger(self, match: re.Match[str], dictionary: frozenset[str]) -> bool:
        if not (match.group("number") or match.group("title")):
            return False
        halves = (
            fold_key(match.group("surname").split()[-1]),
            fold_key(match.group("given").split()[0]),
        )
        if all(half in dictionary for half in halves):
            return False  # "DEBIT/CREDIT"
        return all(
            half in self._short_surnames
            or (len(half) >= _MIN_LETTERS and not _VOWELS.isdisjoint(half))
            for half in halves
        )
