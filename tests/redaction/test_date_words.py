"""Months and weekdays written as dates, and listed seasons, are not people."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.date_words import is_date_word


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        pytest.param("on 16 Jan 2025", "Jan", True, id="day-before"),
        pytest.param("Jan 2026 close", "Jan", True, id="year-after"),
        pytest.param("(Thu 26 Sep)", "Thu", True, id="weekday-then-day"),
        pytest.param("3rd May, go-live", "May", True, id="ordinal-day"),
        pytest.param("thu 23 may", "thu", True, id="lower-case"),
        pytest.param("Jan will call", "Jan", False, id="no-number"),
        pytest.param("submit timesheets by Sunday.", "Sunday", True,
                     id="weekday-after-by"),
        pytest.param("Got a call from Sunday this morning.", "Sunday", False,
                     id="weekday-name-after-from"),
        pytest.param("Shift swap requested by Sunday; he wants Tuesday off.",
                     "Sunday", False, id="weekday-name-after-a-participle-and-by"),
        pytest.param("The patch must be installed on Sunday.", "Sunday", True,
                     id="weekday-after-on"),
        pytest.param("approved by June.", "June", False, id="month-after-by"),
        pytest.param("a note from Sunday Okafor", "Sunday", False,
                     id="weekday-name-before-a-surname"),
        pytest.param("ask Jan about ticket 42", "Jan", False, id="number-far-away"),
        pytest.param("on 16 Jana 2025", "Jana", False, id="not-a-date-word"),
        pytest.param("not posted since Thu.", "Thu", True, id="since"),
        pytest.param("we can win them back in Jan.", "Jan", True, id="in"),
        pytest.param("le devis ce Thu.", "Thu", True, id="french-ce"),
        pytest.param("Month\tRevenue\nJan\t$19,968", "Jan", True, id="row-label"),
        pytest.param("Mon: 4:30h call", "Mon", True, id="line-label"),
        pytest.param("with Jan about it", "Jan", False, id="with"),
        pytest.param("the call moved to Thu.", "Thu", True, id="moved-to"),
        pytest.param("send it to Jan today", "Jan", False, id="to"),
        pytest.param("open from Jan to Mar", "Jan", True, id="from-a-range"),
        pytest.param("a mail from Jan today", "Jan", False, id="from-a-person"),
        pytest.param("Jan: can you check?", "Jan", False, id="speaker"),
        pytest.param("Summer, autumn and winter", "Summer", True, id="season-list"),
        pytest.param("Winter or spring intake", "Winter", True, id="seasons-or"),
        pytest.param("Summer and Will approved", "Summer", False, id="season-and-name"),
        pytest.param("Summer, can you check?", "Summer", False, id="season-spoken-to"),
        pytest.param("Summer, autumn and winter", "Summer, autumn", True,
                     id="seasons-in-one-span"),
        pytest.param("Summer Okafor and winter", "Summer Okafor", False,
                     id="season-and-surname-in-one-span"),
        pytest.param("Die Lieferung kommt am 12. Juni, bitte", "Juni", True,
                     id="german-month-after-a-day"),
        pytest.param("De levering is gepland op 14 mei.", "mei", True,
                     id="dutch-month-after-a-day"),
        pytest.param("el envío llega el 12 de junio", "junio", True,
                     id="spanish-month-after-de"),
        pytest.param("livraison le 1er juillet", "juillet", True,
                     id="french-month-after-an-ordinal"),
        pytest.param("Termin: Mai 2025 in Wien", "Mai", True,
                     id="foreign-month-before-a-year"),
        pytest.param("Lieferung im Juni geplant", "Juni", True,
                     id="foreign-month-after-a-time-word"),
        pytest.param("I met Julio 2 weeks ago", "Julio", False,
                     id="foreign-month-that-is-a-name-before-a-number"),
        pytest.param("Mai, 3 tickets are still open", "Mai", False,
                     id="foreign-month-that-is-a-name-spoken-to"),
        pytest.param("ask Mayo about it", "Mayo", False,
                     id="foreign-month-that-is-a-surname"),
    ],
)  # fmt: skip
def test_is_date_word(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert is_date_word(text, start, start + len(word)) is expected


def test_a_date_word_cut_from_a_longer_span_stays(ner_redactor: Redactor) -> None:
    scope = ner_redactor.scope("dates")
    found = scope.redact("Invoices still not posted since Thu. I told Dimitra.")
    assert found.text == "Invoices still not posted since Thu. I told <PERSON_1>."


def test_dates_stay_and_people_are_masked(ner_redactor: Redactor) -> None:
    scope = ner_redactor.scope("dates")
    found = scope.redact("Meeting notes (Thu 26 Sep): Ilse will call on 16 Jan 2025.")
    assert (
        found.text == "Meeting notes (Thu 26 Sep): <PERSON_1> will call on 16 Jan 2025."
    )


def test_a_person_named_like_a_month_is_masked_everywhere(
    ner_redactor: Redactor,
) -> None:
    """Once "Jan" is a person in the scope, masking wins on doubt."""
    scope = ner_redactor.scope("dates")
    found = scope.redact("Jan will call. Go-live on 16 Jan 2025.")
    assert found.text == "<PERSON_1> will call. Go-live on 16 <PERSON_1> 2025."
