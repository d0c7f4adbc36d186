"""Airline-style passenger names ("1.JANSEN/SJOERD") are people."""

from __future__ import annotations

import pytest

from redaction import PresidioAnalyzer
from redaction.recognizers.passenger_names import PassengerNameRecognizer
from tests.support.people import people_found

# Every name below is invented for these tests.


_ENGLISH = frozenset({"debit", "credit", "and", "or", "stock"})


def _found(text: str) -> list[str]:
    results = PassengerNameRecognizer().find(text, _ENGLISH)
    return [text[r.start : r.end] for r in results]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(" 1.QUELBRINK/ZORVETTA  2.ODARKA/TIVEN", ["QUELBRINK/ZORVETTA",
                     "ODARKA/TIVEN"], id="numbered"),
        pytest.param("1. QUELBRINK/ZORVETTA ANIKA MS", ["QUELBRINK/ZORVETTA ANIKA"],
                     id="numbered-two-given-names-and-a-title"),
        pytest.param("Pax: QUELBRINK/ZORVETTA MRS, seat 12A",
                     ["QUELBRINK/ZORVETTA"], id="titled"),
        pytest.param("1.VAN DER BERG/ZORVETTA MRS", ["VAN DER BERG/ZORVETTA"],
                     id="surname-of-three-words"),
        pytest.param("1.1QUELBRINK/ŁUCJA MR", ["QUELBRINK/ŁUCJA"],
                     id="segment-numbering-and-extended-latin"),
        pytest.param("3.LI/WEI MR", ["LI/WEI"], id="listed-short-surname"),
        pytest.param("Use TCP/IP, AND/OR both.", [], id="terms-in-capitals"),
        pytest.param("1.DEBIT/CREDIT 2.AND/OR", [], id="numbered-english-words"),
        pytest.param("1.TCP/IP 2.WH/STOCK", [], id="numbered-acronyms"),
        pytest.param("SQL/ODBC MS driver", [], id="acronym-before-a-title"),
        pytest.param("See docs/QUELBRINK/ZORVETTA MR", [], id="inside-a-path"),
        pytest.param("Version 1.2/3.4", [], id="numbers"),
    ],
)  # fmt: skip
def test_passenger_names(text: str, names: list[str]) -> None:
    assert _found(text) == names


def test_the_analyzer_masks_a_numbered_passenger_list(
    ner_analyzer: PresidioAnalyzer,
) -> None:
    """The model reads the list's number into the name; the name is kept."""
    text = "Booking X7K2LM\n 1.QUELBRINK/ZORVETTA  2.ODARKA/TIVEN\n"
    found = people_found(ner_analyzer, text)
    assert "QUELBRINK/ZORVETTA" in found
    assert "ODARKA/TIVEN" in found
