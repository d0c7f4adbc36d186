"""Set phrases around a name make it a place or an organisation; guesses do not."""

from __future__ import annotations

import pytest

from redaction import EntitySpan, PresidioAnalyzer
from redaction.english_words import english_words
from redaction.name_context import NameContext, organisation_words
from redaction.name_gazetteer import census_gazetteer
from redaction.package_data import read_string_list
from redaction.word_forms import is_dictionary_word


def _typed(text: str, value: str) -> str | None:
    start = text.index(value)
    span = EntitySpan("PERSON", start, start + len(value), 0.4)
    return NameContext().entity_type(text, span)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        pytest.param("I am in Hirvolka today", "Hirvolka", "LOCATION", id="am-in"),
        pytest.param("I'm in Hirvolka today", "Hirvolka", "LOCATION", id="m-in"),
        pytest.param("originally from Eckmar, 54", "Eckmar", "LOCATION", id="from"),
        pytest.param("arrived at Lendovik", "Lendovik", "LOCATION", id="arrived-at"),
        pytest.param("the corner of Alsovka 40", "Alsovka", "LOCATION", id="corner"),
        pytest.param("05405 Weszeny u. 94", "Weszeny", "LOCATION", id="postcode"),
        pytest.param("Grenvik Street 4", "Grenvik", "LOCATION", id="street-after"),
        pytest.param("I work for Thinkvex", "Thinkvex", "ORGANIZATION", id="work-for"),
        pytest.param("The Symvex Orchestra", "Symvex", "ORGANIZATION", id="org-word"),
        pytest.param("Data Engineer, Maravex Textiles", "Maravex", "ORGANIZATION",
                     id="industry-word"),
        pytest.param("Ask Zorvetta today", "Zorvetta", None, id="no-cue"),
        pytest.param("a message from Zorvetta", "Zorvetta", None, id="from-alone"),
        pytest.param("send it to Zorvetta", "Zorvetta", None, id="to"),
        pytest.param("loop in Zorvetta on it", "Zorvetta", None, id="bare-in"),
        pytest.param("got it via Zorvetta", "Zorvetta", None, id="via"),
        pytest.param("I am in Zorvetta's team", "Zorvetta", None, id="possessive"),
        pytest.param("Room 12 Zorvetta will present", "Zorvetta", None,
                     id="number-without-address"),
        pytest.param("in Bjertov 6091 now", "Bjertov", "LOCATION", id="in-postcode"),
        pytest.param("at Cite Guedoula, 32", "Guedoula", "LOCATION",
                     id="street-word-before"),
        pytest.param("lives at ul. Grochova 80", "Grochova", "LOCATION",
                     id="polish-street-abbreviation"),
        pytest.param("Expense Report for Nordavex AS", "Nordavex", "ORGANIZATION",
                     id="legal-form-in-capitals"),
        pytest.param("Partner at Quelbrix GmbH.", "Quelbrix", "ORGANIZATION",
                     id="legal-form-mixed-case"),
        pytest.param("Tell Zorvetta as soon as you can", "Zorvetta", None,
                     id="as-in-lower-case"),
        pytest.param("Tell Zorvetta ASAP", "Zorvetta", None, id="capitals-no-form"),
    ],
)  # fmt: skip
def test_context_types_the_name(text: str, value: str, expected: str | None) -> None:
    """Place and organisation cues type the span; a person's context says nothing.

    A legal form counts only as written ("AS", not "as").
    """
    assert _typed(text, value) == expected


def _decided(text: str, value: str) -> str | None:
    start = text.index(value)
    span = EntitySpan("PERSON", start, start + len(value), 0.4)
    return NameContext().decisive_type(text, span)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        pytest.param("the corner of Maarit and Hersnapvej 75", "Maarit", "LOCATION",
                     id="corner-first"),
        pytest.param("the corner of Beiteveien 2 and Sieda Radial", "Sieda",
                     "LOCATION", id="corner-second"),
        pytest.param("Ilmalankuja 82 Zachary Cliffs", "Zachary", "LOCATION",
                     id="number-and-street-word"),
        pytest.param("Russell Investments is a design agency", "Russell Investments",
                     "ORGANIZATION", id="is-an-agency"),
        pytest.param("Coden was a small consultancy", "Coden", "ORGANIZATION",
                     id="was-a-consultancy"),
        pytest.param("Mary Grant is a senior consultant", "Mary Grant", None,
                     id="is-a-person"),
        pytest.param("Room 12 Zachary will present", "Zachary", None,
                     id="number-without-street"),
        pytest.param("Zachary Cliffs called at 9", "Zachary", None,
                     id="street-word-without-number"),
        pytest.param("I am in Hirvolka today", "Hirvolka", None, id="weak-cue"),
        pytest.param("your train to Charlotte leaves at 9", "Charlotte", "LOCATION",
                     id="train-to"),
        pytest.param("The conference moved from Tyler to Mombasa", "Tyler",
                     "LOCATION", id="moved-from"),
        pytest.param("A native of Chester, she joined us", "Chester", "LOCATION",
                     id="native-of"),
        pytest.param("has opened an office in Regina. Dr. Lee", "Regina",
                     "LOCATION", id="office-in"),
        pytest.param("Weather delays in Austin today.", "Austin", "LOCATION",
                     id="delays-in"),
        pytest.param("needs a car at Regina airport", "Regina", "LOCATION",
                     id="airport-after"),
        pytest.param("the call was transferred to Regina", "Regina", None,
                     id="call-transferred-to"),
        pytest.param("Regina's office is closed", "Regina", None, id="possessive"),
        pytest.param("Sri is rebooked via Regina.", "Regina", "LOCATION",
                     id="rebooked-via"),
        pytest.param("Directions: from Chester take the ring road", "Chester",
                     "LOCATION", id="directions-from"),
        pytest.param("Plads 214, 9767 Esbjerg. Card", "Esbjerg", "LOCATION",
                     id="postcode-before"),
        pytest.param("Calle Hidalgo, 137, 31419 Toluca.", "Toluca", "LOCATION",
                     id="postcode-after-a-comma"),
        pytest.param("Avenida Benito Juarez, 187", "Benito Juarez", "LOCATION",
                     id="street-word-before"),
        pytest.param("Roald Amundsens gate 41", "Roald Amundsens", "LOCATION",
                     id="street-word-and-number-after"),
        pytest.param("Recipient\tKong Oscars gate 218, Kristiansand", "Kong",
                     "LOCATION", id="genitive-street-name-and-number-after"),
        pytest.param("Kong Oscars gate is closed", "Kong", None,
                     id="genitive-street-name-without-number"),
        pytest.param("the corner of ul. Jesionowa 127 and Philip Bypass", "Philip",
                     "LOCATION", id="corner-with-an-abbreviated-street"),
        pytest.param("the corner of the shop. Then Philip and Anna left", "Anna",
                     None, id="corner-then-a-new-sentence"),
        pytest.param("the corner of Elm St. and Philip Bypass", "Philip", "LOCATION",
                     id="corner-with-an-abbreviated-street-after-its-name"),
        pytest.param("In the corner of the lab Dr. Tjernagel and Brage Sørbye were",
                     "Brage Sørbye", None, id="corner-then-a-doctor-and-a-person"),
        pytest.param("From the corner of my eye I saw St. Moosreiner and Torben",
                     "Torben", None, id="corner-then-a-saint-and-a-person"),
        pytest.param("Room 12345 Regina will present", "Regina", None,
                     id="number-inside-a-sentence"),
        pytest.param("- Astrid trained 4000 users in Austin", "Austin", "LOCATION",
                     id="city-named-like-a-person-after-in"),
        pytest.param("> Mail: x@example.com\n> Office Austin", "Austin",
                     "LOCATION", id="city-after-office"),
        pytest.param("Madison office\n", "Madison", "LOCATION",
                     id="city-before-office"),
        pytest.param("Please loop in Austin on this.", "Austin", None,
                     id="looped-in-city-name"),
        pytest.param("I spoke to Victoria about it", "Victoria", None,
                     id="spoken-to-city-name"),
        pytest.param("a meeting in Austin Reyes' team", "Austin", None,
                     id="city-name-before-a-surname"),
        pytest.param("the delivery to Charlotte slipped", "Charlotte", "LOCATION",
                     id="delivery-to-a-city"),
        pytest.param("a 68-year-old from Victoria", "Victoria", "LOCATION",
                     id="aged-from-a-city"),
        pytest.param("Hearing listed in Elizabeth.", "Elizabeth", "LOCATION",
                     id="a-listed-city-after-in"),
        pytest.param("I sent the delivery note to Charlotte", "Charlotte", None,
                     id="sent-to-a-person"),
        pytest.param("The Charlotte and Austin warehouses migrate", "Charlotte",
                     "LOCATION", id="a-city-listed-before-a-place-noun"),
        pytest.param("The Charlotte and Austin warehouses migrate", "Austin",
                     "LOCATION", id="the-listed-city-before-a-place-noun"),
        pytest.param("Booking: meeting room Orlando, Thursday", "Orlando",
                     "LOCATION", id="a-room-named-after-a-city"),
        pytest.param("Victoria branch update: new manager", "Victoria",
                     "LOCATION", id="a-branch"),
        pytest.param("Charlotte and Austin will present", "Charlotte", None,
                     id="listed-people"),
        pytest.param("ARRIVED FROM THE MARION WAREHOUSE TODAY", "MARION WAREHOUSE",
                     "LOCATION", id="a-place-noun-in-the-span"),
        pytest.param("Eugene and Marion branches unchanged", "Eugene and Marion",
                     "LOCATION", id="cities-listed-in-the-span"),
        pytest.param("Marion and Holst agreed", "Marion and Holst", None,
                     id="a-city-and-a-surname-listed"),
        pytest.param("aboard the MV Megan Holst today", "Megan Holst", "LOCATION",
                     id="a-ship"),
        pytest.param("arrived on the HMS Victoria.", "Victoria", "LOCATION",
                     id="a-navy-ship"),
        pytest.param("signed by Ms Megan Holst", "Megan Holst", None,
                     id="ms-is-a-title"),
        pytest.param("IBAN: GB66 0000 | Branch: Charlotte", "Charlotte", "LOCATION",
                     id="after-a-branch-label"),
        pytest.param("City:  Megan Holst", "Megan Holst", "LOCATION",
                     id="after-a-city-label"),
        pytest.param("Manager: Megan Holst", "Megan Holst", None,
                     id="after-a-person-label"),
        pytest.param("Your Luna 3 phone is ready", "Luna", "ORGANIZATION",
                     id="product-line-before-a-model"),
        pytest.param("Our Megan X2 tablet ships free", "Megan", "ORGANIZATION",
                     id="product-line-before-a-lettered-model"),
        pytest.param("Please order Megan 1 laptop today", "Megan", None,
                     id="person-after-a-verb-before-a-product"),
        pytest.param("Megan 2 tablet returned by Megan Holst", "Megan", None,
                     id="name-opening-a-line-before-a-product"),
        pytest.param("Send Megan 3 laptops", "Megan", None,
                     id="person-before-a-count-of-products"),
        pytest.param("Send Megan 3 reminders", "Megan", None,
                     id="person-before-a-count-of-things"),
        pytest.param("Booked IB 3942 Victoria-Recife on 13 May.", "Victoria",
                     "LOCATION", id="a-city-of-a-flight-route"),
        pytest.param("Booked IB 3942 Victoria-Recife on 13 May.", "Victoria-Recife",
                     "LOCATION", id="a-flight-route"),
        pytest.param("Ask Anna-Lena Berg about IB 3942", "Anna-Lena", None,
                     id="a-hyphenated-name-before-a-flight"),
        pytest.param("Asset 35250: Moto G54, assigned", "Moto", "ORGANIZATION",
                     id="one-word-before-a-model-code"),
        pytest.param("My Zebra TC52 scanner is down", "Zebra TC52", "ORGANIZATION",
                     id="a-model-code-read-into-the-span"),
        pytest.param("Call Megan SO1234 is late", "Megan", None,
                     id="an-odoo-reference-is-no-model-code"),
        pytest.param("Call Megan Holst X1 ready", "Megan Holst", None,
                     id="two-words-before-a-code"),
    ],
)  # fmt: skip
def test_decisive_phrases_type_even_a_census_name(
    text: str, value: str, expected: str | None
) -> None:
    """Only phrases no person stands in decide; a place cue alone does not."""
    assert _decided(text, value) == expected


def test_brands_are_no_names(ner_analyzer: PresidioAnalyzer) -> None:
    """A listed brand makes a span a firm's wherever it stands: so none may
    be a census name or a dictionary word ("Dell", "Slack" are left out)."""
    english = english_words(ner_analyzer._engine.nlp_engine)
    names = census_gazetteer()
    brands = read_string_list("names.json", "brand_words")
    assert brands
    assert [
        brand
        for brand in brands
        if brand in names.first_names
        or names.is_surname(brand)
        or is_dictionary_word(brand, english)
    ] == []
    assert set(brands) <= organisation_words()
