"""The policy decides which analyzer findings are masked."""

from __future__ import annotations

import pytest

from copilot.errors import RedactionError
from redaction import EntitySpan, RedactionPolicy, Redactor, SpanSource

TEXT = "Room 1 SO0042 EUR Sarah Okonkwo 2024-03-15"


def _span(
    surface: str,
    entity_type: str,
    score: float = 0.85,
    source: SpanSource = SpanSource.ANALYZER,
) -> EntitySpan:
    start = TEXT.index(surface)
    return EntitySpan(entity_type, start, start + len(surface), score, source)


@pytest.mark.parametrize(
    ("span", "is_masked"),
    [
        pytest.param(_span("Sarah Okonkwo", "PERSON"), True, id="person"),
        pytest.param(_span("Room 1", "PERSON"), True, id="over-mask-room"),
        pytest.param(_span("Sarah Okonkwo", "PERSON", 0.2), False, id="low-score"),
        pytest.param(_span("2024-03-15", "DATE_TIME"), False, id="type-not-masked"),
        pytest.param(_span("EUR", "ORGANIZATION"), False, id="allowed-term"),
        pytest.param(_span("SO0042", "ORGANIZATION"), False, id="odoo-reference"),
        pytest.param(
            _span("SO0042", "US_DRIVER_LICENSE", 0.3), False, id="weak-pattern"
        ),
        pytest.param(
            _span("EUR", "ORGANIZATION", 0.1, SpanSource.DENY_LIST),
            True,
            id="deny-list-always",
        ),
        pytest.param(
            _span("2024-03-15", "DATE_TIME", 1.0, SpanSource.VAULT),
            True,
            id="vault-always",
        ),
    ],
)
def test_default_policy(span: EntitySpan, is_masked: bool) -> None:
    """Personal types above the threshold are masked; known values always."""
    assert RedactionPolicy().is_masked(span, TEXT) is is_masked


def test_cells_read_as_one_name_are_no_reference() -> None:
    """A digit and no space make an Odoo reference, but not across cells."""
    text = "Hoffmann;Juergen;jh@example.it;+49 30 1234567"
    span = EntitySpan("LOCATION", 0, text.index(" "), 0.85)
    assert RedactionPolicy().is_masked(span, text)


def test_a_csv_row_the_model_reads_as_one_place_is_masked(
    ner_redactor: Redactor,
) -> None:
    text = (
        "Nachname;Vorname;E-Mail;Telefon\n"
        "Hoffmann;J\u00fcrgen;jurgen.hoffmann@atelier-verde.it;+49 30 1234567"
    )
    redacted = ner_redactor.scope("csv").redact(text).text
    assert "Hoffmann" not in redacted
    assert "J\u00fcrgen" not in redacted


@pytest.mark.parametrize(
    ("span", "is_remembered"),
    [
        pytest.param(_span("Sarah Okonkwo", "PERSON"), True, id="person"),
        pytest.param(_span("EUR", "PERSON"), True, id="one-word-person"),
        pytest.param(_span("EUR", "ORGANIZATION"), False, id="one-word-company"),
        pytest.param(_span("Room 1", "LOCATION"), True, id="two-word-place"),
        pytest.param(
            _span("EUR", "ORGANIZATION", 1.0, SpanSource.DENY_LIST),
            True,
            id="deny-listed-company",
        ),
    ],
)
def test_which_values_are_searched_for_later(
    span: EntitySpan, is_remembered: bool
) -> None:
    """One-word places and organisations from NER are not searched elsewhere."""
    assert RedactionPolicy().is_remembered(span, TEXT) is is_remembered


def test_allowed_terms_compare_folded() -> None:
    """Allowed terms ignore case and accents."""
    policy = RedactionPolicy(allowed_terms=frozenset({"SARAH OKONKWO"}))
    assert not policy.is_masked(_span("Sarah Okonkwo", "PERSON"), TEXT)


@pytest.mark.parametrize("min_score", [-0.1, 1.5])
def test_min_score_must_be_a_probability(min_score: float) -> None:
    """A threshold outside 0..1 is a configuration mistake."""
    with pytest.raises(RedactionError):
        RedactionPolicy(min_score=min_score)


def test_no_allowed_tool_is_a_census_name() -> None:
    """A tool left readable is never a first name or surname ("Ruby", "Swift")."""
    from redaction.name_gazetteer import census_gazetteer
    from redaction.policy import allowed_tools

    names = census_gazetteer()
    clashes = [
        tool
        for tool in allowed_tools()
        if tool.lower() in names.first_names or names.is_surname(tool)
    ]
    assert clashes == []


@pytest.mark.parametrize(
    "text",
    [
        "We moved the reporting from Postgres to Kubernetes and Grafana.",
        "My Lenovo ThinkPad keeps crashing when I export from Xero.",
        "TICKET: LENOVO THINKPAD KEEPS CRASHING WHEN EXPORTING INVOICES",
    ],
)
def test_tools_named_in_a_ticket_stay_readable(
    ner_redactor: Redactor, text: str
) -> None:
    """Products and devices consultants name are no client data, whatever the
    model says."""
    redacted = ner_redactor.scope("tools").redact(text)
    assert redacted.text == text


@pytest.mark.parametrize(
    ("was_person", "masked_types", "is_masked"),
    [
        pytest.param(True, {"PERSON"}, True, id="retyped-person-masked"),
        pytest.param(False, {"PERSON"}, False, id="plain-place-unmasked"),
        pytest.param(True, {"LOCATION"}, False, id="people-unmasked-too"),
    ],
)
def test_a_retyped_person_follows_the_people_rule(
    was_person: bool, masked_types: set[str], is_masked: bool
) -> None:
    """A place that was first read as a person is masked wherever people are."""
    span = _span("Room 1", "ORGANIZATION")
    if was_person:
        span = EntitySpan("PERSON", span.start, span.end, span.score).retyped(
            "ORGANIZATION"
        )
    policy = RedactionPolicy(masked_types=frozenset(masked_types))
    assert policy.is_masked(span, TEXT) is is_masked


def test_a_contact_cards_keywords_stay_readable(ner_redactor: Redactor) -> None:
    """vCard and iCalendar keywords are no names; the people in them are."""
    text = (
        "BEGIN:VCARD\nN:Quelbrink;Zorvetta;;;\nORG:Ekdahl Estates\nEND:VCARD\n"
        "BEGIN:VEVENT\nATTENDEE;CN=Zorvetta Quelbrink:mailto:zq@example.org\n"
        "END:VEVENT"
    )
    redacted = ner_redactor.scope("card").redact(text).text
    for keyword in ("BEGIN:VCARD", "ORG:", "END:VCARD", "BEGIN:VEVENT", "END:VEVENT"):
        assert keyword in redacted
    assert "Zorvetta" not in redacted and "Quelbrink" not in redacted


def test_a_surname_that_folds_to_a_card_keyword_is_masked(
    ner_redactor: Redactor,
) -> None:
    """Only a card's own "BEGIN:VCARD" line is read as written: "Bégin" the
    person is masked."""
    text = "Please ask Mr Bégin to sign.\nBégin: quote sent\nThanks, Bégin"
    assert "Bégin" not in ner_redactor.scope("card").redact(text).text
