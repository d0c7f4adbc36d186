"""Firms named after people are typed ORGANIZATION, people stay PERSON."""

from __future__ import annotations

import re

import pytest

from redaction import EntitySpan
from redaction.firm_names import FirmNames
from redaction.name_gazetteer import census_gazetteer

_FIRM_WORDS = frozenset({"orchestra", "llp", "partners"})


def _people(text: str, *names: str) -> list[EntitySpan]:
    spans = []
    for name in names:
        match = re.search(rf"\b{re.escape(name)}\b", text)
        assert match is not None, name
        spans.append(EntitySpan("PERSON", match.start(), match.end(), 0.8))
    return spans


def _types(text: str, *names: str) -> list[str]:
    firms = FirmNames(census_gazetteer(), _FIRM_WORDS)
    return [s.entity_type for s in firms.retype(text, _people(text, *names))]


def _settled(text: str, *names: str) -> list[tuple[str, str]]:
    firms = FirmNames(census_gazetteer(), _FIRM_WORDS)
    spans = firms.retype(text, _people(text, *names))
    return [(s.entity_type, text[s.start : s.end]) for s in spans]


@pytest.mark.parametrize(
    ("text", "names", "firm"),
    [
        pytest.param("The Clark, Romero and Hall Orchestra played.",
                     ("Clark", "Romero", "Hall"), "Clark, Romero and Hall",
                     id="the-and-org-word"),
        pytest.param("Lopez, Santos and Coleman is a design agency.",
                     ("Lopez", "Santos", "Coleman"), "Lopez, Santos and Coleman",
                     id="singular-verb"),
        pytest.param("Billed by Baker, Tilly & Marsh LLP.",
                     ("Baker", "Tilly", "Marsh"), "Baker, Tilly & Marsh LLP",
                     id="ampersand-org-word"),
        pytest.param("Owens, Duran and Oneal\n\n12 Main Street",
                     ("Owens", "Duran", "Oneal"), "Owens, Duran and Oneal",
                     id="letterhead-line"),
        pytest.param("> Owens, Duran and Oneal\n> 12 Main Street",
                     ("Owens", "Duran", "Oneal"), "Owens, Duran and Oneal",
                     id="quoted-letterhead-line"),
        pytest.param("I work for Schmidt, Weber and Fischer in Berlin.",
                     ("Schmidt", "Weber", "Fischer"), "Schmidt, Weber and Fischer",
                     id="work-for"),
        pytest.param("The address of Owens, Duran and Oneal is below.",
                     ("Owens", "Duran", "Oneal"), "Owens, Duran and Oneal",
                     id="address-of"),
        pytest.param("Rostami and Okeke has opened an office.",
                     ("Rostami", "Okeke"), "Rostami and Okeke", id="pair-verb"),
        pytest.param("the payment from Juhasz and Onyeka bounced.",
                     ("Juhasz", "Onyeka"), "Juhasz and Onyeka", id="pair-paid-by"),
        pytest.param("Supplier: Okafor & Lindqvist", ("Okafor", "Lindqvist"),
                     "Okafor & Lindqvist", id="pair-after-a-field"),
        pytest.param("Mobile: +254 791 494916\nMoradi and Zhao, Salzburg",
                     ("Moradi", "Zhao"), "Moradi and Zhao", id="pair-line-with-town"),
        pytest.param("Ionescu & Chaiyaporn support took 54 days.",
                     ("Ionescu", "Chaiyaporn"), "Ionescu & Chaiyaporn",
                     id="ampersand-pair-anywhere"),
        pytest.param("Minutes: Okafor, Zhou & Jovanović runs the audit.",
                     ("Okafor", "Zhou", "Jovanović"), "Okafor, Zhou & Jovanović",
                     id="ampersand-list-anywhere"),
        pytest.param("Update Fisher, Kask and Partners in Odoo.",
                     ("Fisher", "Kask"), "Fisher, Kask and Partners",
                     id="list-ending-in-an-org-word"),
        pytest.param("We met Kask and Partners today.", ("Kask",),
                     "Kask and Partners", id="pair-ending-in-an-org-word"),
        pytest.param("Megan and Okafor has opened an office.", ("Megan", "Okafor"),
                     "Megan and Okafor", id="pair-with-a-first-name-before-has"),
        pytest.param("Regards,\nLan Guo\nOkafor and Megan", ("Okafor", "Megan"),
                     "Okafor and Megan", id="pair-line-second-a-first-name"),
        pytest.param("Okafor and Quelbrink's new warehouse is open.",
                     ("Okafor", "Quelbrink"), "Okafor and Quelbrink",
                     id="pair-before-its-premises"),
        pytest.param("He has worked with Okafor and Quelbrink since 2012.",
                     ("Okafor", "Quelbrink"), "Okafor and Quelbrink",
                     id="pair-after-worked-with"),
        pytest.param("Rich joined dela Cruz and Manalo in 2013.",
                     ("dela Cruz", "Manalo"), "dela Cruz and Manalo",
                     id="pair-with-a-particle"),
        pytest.param("It runs with De Luca, Shin & Erdem since 2018.",
                     ("De Luca", "Shin", "Erdem"), "De Luca, Shin & Erdem",
                     id="ampersand-list-a-first-name-inside"),
        pytest.param("Courier Boateng+Sokolov left it.", ("Boateng", "Sokolov"),
                     "Boateng+Sokolov", id="plus-pair"),
        pytest.param("re: Matsumoto and Ly -- wire today", ("Matsumoto", "Ly"),
                     "Matsumoto and Ly", id="pair-in-a-subject"),
        pytest.param("She is project lead at Ngo and Kamau now.", ("Ngo", "Kamau"),
                     "Ngo and Kamau", id="pair-after-at"),
        pytest.param("Paid on behalf of Walsh and Vogel.", ("Walsh", "Vogel"),
                     "Walsh and Vogel", id="pair-on-behalf-of"),
        pytest.param("Payee: Walsh and Vogel, Logan", ("Walsh", "Vogel"),
                     "Walsh and Vogel", id="pair-after-payee"),
        pytest.param("Parcel for Fashola and Avraham, c/o Dr. Fox",
                     ("Fashola", "Avraham"), "Fashola and Avraham", id="pair-care-of"),
        pytest.param("Book the Tessema and Zając audit.", ("Tessema", "Zając"),
                     "Tessema and Zając", id="pair-before-an-audit"),
        pytest.param("A workshop with Preston and Oyelaran AB in Graz.",
                     ("Preston", "Oyelaran"), "Preston and Oyelaran AB",
                     id="pair-before-a-legal-form"),
    ],
)  # fmt: skip
def test_surname_lists_that_name_a_firm(
    text: str, names: tuple[str, ...], firm: str
) -> None:
    """The list's names become one firm over the whole list."""
    assert _settled(text, *names) == [("ORGANIZATION", firm)]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param("The Propublica office is in Lyon.", "Propublica",
                     "ORGANIZATION", id="the"),
        pytest.param("Send our Okonkwo account the quote.", "Okonkwo",
                     "ORGANIZATION", id="our"),
        pytest.param("The Hernandez family arrived.", "Hernandez", "PERSON",
                     id="a-family"),
        pytest.param("The Megan Smith case is closed.", "Megan Smith", "PERSON",
                     id="census-first-name"),
        pytest.param("Thanks Okonkwo for the quote.", "Okonkwo", "PERSON",
                     id="no-determiner"),
        pytest.param("the warranty on the Megan office chair.", "Megan",
                     "ORGANIZATION", id="a-thing-named-by-a-first-name"),
        pytest.param("The Megan I met is here.", "Megan", "PERSON",
                     id="first-name-then-a-capital"),
        pytest.param("I never received a Megan standing desk.", "Megan",
                     "ORGANIZATION", id="a-thing-after-an-article"),
        pytest.param("Send a Megan the quote.", "Megan", "PERSON",
                     id="first-name-after-an-article-no-thing"),
        pytest.param("The address of Evidera is 928 Main St.", "Evidera",
                     "ORGANIZATION", id="address-of"),
        pytest.param("Looking to support Slashdb in its mission.", "Slashdb",
                     "ORGANIZATION", id="its-after"),
        pytest.param("Megan Smith fixed its config.", "Megan Smith", "PERSON",
                     id="its-after-a-first-name"),
        pytest.param("1 x Quelbrink label printer @ 76.00", "Quelbrink",
                     "ORGANIZATION", id="one-word-before-a-products-noun"),
        pytest.param("Quelbrink fixed the printer", "Quelbrink", "PERSON",
                     id="a-verb-before-a-products-noun"),
    ],
)  # fmt: skip
def test_a_name_after_a_determiner(text: str, name: str, expected: str) -> None:
    """People's names take no article; firms' names do."""
    assert _settled(text, name) == [(expected, name)]


def test_a_list_of_people_stays_people() -> None:
    text = "Present: Clark, Romero and Hall are all in."
    assert _types(text, "Clark", "Romero", "Hall") == ["PERSON"] * 3


def test_two_names_are_no_firm_list() -> None:
    assert _types("The Clark and Hall meeting.", "Clark", "Hall") == ["PERSON"] * 2


def test_first_names_joined_by_an_ampersand_stay_people() -> None:
    assert _types("Tom & Megan came by.", "Tom", "Megan") == ["PERSON"] * 2


def test_an_ampersand_between_places_makes_no_firm() -> None:
    text = "Offices in Ghent & Bruges."
    firms = FirmNames(census_gazetteer(), _FIRM_WORDS)
    place = EntitySpan("LOCATION", 11, 16, 0.8)
    spans = firms.retype(text, [place, *_people(text, "Bruges")])
    assert [(s.entity_type, text[s.start : s.end]) for s in spans] == [
        ("LOCATION", "Ghent"),
        ("PERSON", "Bruges"),
    ]


def test_a_list_a_found_name_runs_into_is_read_from_the_name_s_end() -> None:
    text = "To Prof. Chaiyawan, Sigurðsson & Obi, 64 Main St"
    assert _settled(text, "Prof. Chaiyawan", "Sigurðsson", "Obi") == [
        ("PERSON", "Prof. Chaiyawan"),
        ("ORGANIZATION", "Sigurðsson & Obi"),
    ]


def test_a_pair_with_a_first_name_stays_people() -> None:
    text = "Thanks,\nMegan and Okafor"
    assert _types(text, "Megan", "Okafor") == ["PERSON"] * 2


def test_a_pair_in_brackets_after_a_person_is_their_firm() -> None:
    text = "Apologies from Dr. Akinola (Okafor and Quelbrink)."
    assert _settled(text, "Dr. Akinola", "Okafor", "Quelbrink") == [
        ("PERSON", "Dr. Akinola"),
        ("ORGANIZATION", "Okafor and Quelbrink"),
    ]


def test_a_couples_home_stays_people() -> None:
    text = "Megan and Okafor's house is lovely."
    assert _types(text, "Megan", "Okafor") == ["PERSON"] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Rościsław Dudek of Lexisnexis is the CEO.", "ORGANIZATION",
                     id="of"),
        pytest.param("Tom Holzman from Predilytics spoke.", "ORGANIZATION",
                     id="from"),
        pytest.param("Tom Holzman from Maria Lopez spoke.", "PERSON",
                     id="census-first-name"),
        pytest.param("Tom Holzman, Predilytics and more.", "PERSON",
                     id="no-link"),
    ],
)  # fmt: skip
def test_the_word_after_a_person_and_of(text: str, expected: str) -> None:
    first = "Rościsław Dudek" if "Dudek" in text else "Tom Holzman"
    second = next(n for n in ("Lexisnexis", "Predilytics", "Maria Lopez") if n in text)
    types = _types(text, first, second)
    assert types == ["PERSON", expected]


def test_a_retyped_person_stays_marked_as_one() -> None:
    firms = FirmNames(census_gazetteer(), _FIRM_WORDS)
    text = "Lopez, Santos and Coleman is a design agency."
    retyped = firms.retype(text, _people(text, "Lopez"))
    assert retyped[0].was_person


def _firm_spans(text: str, name: str) -> list[tuple[str, str]]:
    firms = FirmNames(census_gazetteer(), _FIRM_WORDS)
    return [
        (s.entity_type, text[s.start : s.end])
        for s in firms.retype(text, _people(text, name))
    ]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        pytest.param("Castellan Logistique SARL opened a site.",
                     "Castellan Logistique SARL",
                     ("ORGANIZATION", "Castellan Logistique SARL"), id="form-inside"),
        pytest.param("Invoice Aurelia Mobili S.p.A. today.", "Aurelia Mobili S",
                     ("ORGANIZATION", "Aurelia Mobili S.p.A."), id="form-cut-short"),
        pytest.param("Invoice Nordlicht AS today.", "Nordlicht",
                     ("ORGANIZATION", "Nordlicht AS"), id="form-after"),
        pytest.param("Issued to Zentaro K.K. on Monday.", "Zentaro",
                     ("ORGANIZATION", "Zentaro K.K."), id="japanese-form"),
        pytest.param("KESTREL ANALYTICS INC. paid", "KESTREL ANALYTICS",
                     ("ORGANIZATION", "KESTREL ANALYTICS INC."), id="capitals"),
        pytest.param("Ingrid Solberg as the lead.", "Ingrid Solberg",
                     ("PERSON", "Ingrid Solberg"), id="lower-case-word-is-no-form"),
        pytest.param("Ingrid Sahlberg joined.", "Ingrid Sahlberg",
                     ("PERSON", "Ingrid Sahlberg"), id="no-form-inside-a-word"),
    ],
)  # fmt: skip
def test_a_legal_form_makes_a_firm(
    text: str, found: str, expected: tuple[str, str]
) -> None:
    assert _firm_spans(text, found) == [expected]


def test_a_line_under_a_person_is_the_firm() -> None:
    """In a signature the line under the name holds the firm."""
    text = "> Lina Artemova\n> Irecycle\n> 2224 Main Street"
    firms = FirmNames(census_gazetteer(), _FIRM_WORDS)
    spans = firms.retype(text, _people(text, "Lina Artemova", "Irecycle"))
    assert [s.entity_type for s in spans] == ["PERSON", "ORGANIZATION"]


def test_a_person_under_a_label_stays_a_person() -> None:
    text = "Attendees:\nOkafor\nNext steps"
    firms = FirmNames(census_gazetteer(), _FIRM_WORDS)
    spans = firms.retype(text, _people(text, "Okafor"))
    assert [s.entity_type for s in spans] == ["PERSON"]


def test_a_list_that_is_no_firm_is_read_again_from_its_next_word() -> None:
    text = "The contract between Perera Holdings and Mayhew and Tessema runs out."
    assert _settled(text, "Mayhew", "Tessema") == [
        ("ORGANIZATION", "Mayhew and Tessema")
    ]


def test_a_pair_listed_after_a_firm_is_a_firm() -> None:
    text = "Quotes came from Lindemann & Co. and Dubois and Nasser today."
    spans = _settled(text, "Lindemann", "Dubois", "Nasser")
    assert spans == [
        ("ORGANIZATION", "Lindemann & Co."),
        ("ORGANIZATION", "Dubois and Nasser"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param("Order: 28 x Oscar paper shredder", "Oscar", "ORGANIZATION",
                     id="counted"),
        pytest.param("Pay Warren Print & Pack today.", "Warren Print & Pack",
                     "ORGANIZATION", id="ampersand-with-words"),
        pytest.param("Tom & Megan came by.", "Tom & Megan", "PERSON",
                     id="ampersand-between-first-names"),
        pytest.param("Oscar sent 28 x paper.", "Oscar", "PERSON", id="not-counted"),
        pytest.param("Lead time: Ophelia scanner", "Ophelia", "ORGANIZATION",
                     id="a-first-name-right-before-a-product-s-noun"),
        pytest.param("Ask Ophelia scanner questions.", "Ophelia", "PERSON",
                     id="a-first-name-one-speaks-to"),
        pytest.param("Competitor Velotrax offered less.", "Competitor Velotrax",
                     "ORGANIZATION", id="a-firm-s-role-in-the-span"),
        pytest.param("Carrier: Ambrel, pickup Wednesday", "Ambrel",
                     "ORGANIZATION", id="after-carrier"),
        pytest.param("Customer Ann Smith called.", "Customer Ann Smith", "PERSON",
                     id="a-customer-is-a-person"),
        pytest.param("Pos 1  10 pcs  Clara office chair", "Clara", "ORGANIZATION",
                     id="counted-in-pieces"),
        pytest.param("Ship to: Brightlane\nAttn: Tom", "Brightlane", "ORGANIZATION",
                     id="one-word-after-ship-to"),
        pytest.param("Ship to: Holly Vanterpool, Ghent", "Holly Vanterpool",
                     "PERSON", id="a-full-name-after-ship-to"),
        pytest.param("Caller = Tom\nCompany = Brisko\nSite = HQ", "Brisko",
                     "ORGANIZATION", id="company-equals"),
        pytest.param("Vendor request\nLegal name: Meridon\nOffice: HQ", "Meridon",
                     "ORGANIZATION", id="legal-name"),
    ],
)  # fmt: skip
def test_counted_names_and_names_joined_to_words(
    text: str, name: str, expected: str
) -> None:
    assert _types(text, name) == [expected]


def test_a_pair_ending_in_a_first_name_before_a_legal_form_is_no_firm() -> None:
    """ "Ann AB" may still read as a firm by its form; "Tom" stays a person."""
    settled = _settled("Tom and Ann AB testing today.", "Tom", "Ann")
    assert ("PERSON", "Tom") in settled
