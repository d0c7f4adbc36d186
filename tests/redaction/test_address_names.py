"""Names the model reads as people that an address or a place beside them
makes places."""

from __future__ import annotations

import pytest

from redaction import EntitySpan
from redaction.address_names import places_in_addresses
from redaction.name_gazetteer import census_gazetteer

_FIRST_NAMES = census_gazetteer().is_first_name


def _typed(text: str, person: str, places: tuple[str, ...]) -> str:
    spans = [
        EntitySpan("LOCATION", text.index(p), text.index(p) + len(p), 0.85)
        for p in places
    ]
    start = text.index(person)
    spans.append(EntitySpan("PERSON", start, start + len(person), 0.85))
    settled = places_in_addresses(text, spans, _FIRST_NAMES)
    [found] = [s for s in settled if s.start == start]
    return found.entity_type


@pytest.mark.parametrize(
    ("text", "person", "places", "expected"),
    [
        pytest.param("The meeting is at 2 Jefferson Avenue, Apt 301, second "
                     "floor, Jackson.", "Jackson", ("2 Jefferson Avenue", "Apt 301"),
                     "LOCATION", id="after-a-floor"),
        pytest.param("230 Rutherford Street · Nelson · New Zealand", "Nelson",
                     ("230 Rutherford Street",), "LOCATION", id="after-a-middle-dot"),
        pytest.param("Maha Cazares\n\nChiclana de la Frontera\nSpain",
                     "Chiclana de la Frontera", ("Spain",), "LOCATION",
                     id="town-line-over-its-country"),
        pytest.param("Regards,\nAna Ruiz\nMadrid", "Ana Ruiz", ("Madrid",),
                     "PERSON", id="person-line-over-a-town"),
        pytest.param("Maha Cazares\n\nSpain", "Maha Cazares", ("Spain",),
                     "PERSON", id="blank-line-between"),
        pytest.param("Warren flies to Warren, USA on Monday.", "Warren",
                     ("USA",), "PERSON", id="first-warren-is-a-person"),
        pytest.param("Our lead flies to Warren, USA on Monday.", "Warren",
                     ("USA",), "LOCATION", id="city-before-a-comma-and-a-place"),
        pytest.param("Thanks to Megan, London office.", "Megan", ("London",),
                     "PERSON", id="a-person-before-a-place"),
        pytest.param("Send it to 19607 Igias Street\nCockle Bay\n, Nan\n 00617",
                     "Nan", (), "LOCATION", id="a-line-opening-with-a-comma"),
        pytest.param("Meet me at Nybyvägen 65\nGarður\n, NC\n 26783", "Garður",
                     (), "LOCATION", id="the-next-line-opens-with-a-comma"),
        pytest.param("Address: Király u. 15.\nLyss, BE 50662", "Lyss", (),
                     "LOCATION", id="a-postcode-ending-the-line"),
        pytest.param("Ticket from Zorvetta Quelbrink 2024\nok", "Zorvetta Quelbrink",
                     (), "PERSON", id="a-year-is-no-postcode"),
        pytest.param("Update my address to the same: Maarit and Hersnapvej 75",
                     "Maarit", (), "LOCATION", id="a-street-crossing"),
        pytest.param("Send it to Anna and Tom 2 days before.", "Anna", (),
                     "PERSON", id="a-first-name-and-a-count"),
    ],
)  # fmt: skip
def test_names_in_addresses_and_beside_places(
    text: str, person: str, places: tuple[str, ...], expected: str
) -> None:
    assert _typed(text, person, places) == expected
