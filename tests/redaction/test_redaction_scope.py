"""Scopes redact business text consistently and give the originals back."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pytest

from redaction import DenyListEntry, Redactor, build_redactor

NOTE = (
    "Kick-off with Brightlane Logistics BV went well. Ilse Vandermoortel "
    "(ilse.vandermoortel@brightlane.example, +32 470 12 34 56) wants the "
    "migration before Q3; Marieke Claes from finance approved the budget. "
    "Payment to BE71 0961 2345 6769 is due on 2024-03-15 for SO0042."
)
ORIGINALS = (
    "Brightlane",
    "Ilse",
    "Vandermoortel",
    "ilse.vandermoortel",
    "470 12 34 56",
    "Marieke",
    "Claes",
    "BE71",
    "0961 2345",
)


def test_business_note_keeps_no_original(ner_redactor: Redactor) -> None:
    """Names, company, address, phone and IBAN all become placeholders."""
    redacted = ner_redactor.scope("note").redact(NOTE)
    for original in ORIGINALS:
        assert original.lower() not in redacted.text.lower()
    assert "<PERSON_1>" in redacted.text
    assert "2024-03-15" in redacted.text
    assert "SO0042" in redacted.text
    assert redacted.entity_counts["PERSON"] >= 2
    assert redacted.entity_counts["IBAN_CODE"] == 1


def test_restore_round_trip(ner_redactor: Redactor) -> None:
    """Restoring the redacted note gives the note back."""
    scope = ner_redactor.scope("round-trip")
    assert scope.restore(scope.redact(NOTE).text) == NOTE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Paid by card. Approved by Tamar Oyelaran R.", "R.",
                     id="initial-closing-the-text"),
        pytest.param("Removed by Korvenoja M..", "M..", id="initial-and-a-period"),
        pytest.param("Rinaldo Quassi I. to mediate; escalate.", "I.",
                     id="initial-mid-sentence"),
    ],
)  # fmt: skip
def test_a_closing_initial_is_masked_with_its_period(
    ner_redactor: Redactor, text: str, name: str
) -> None:
    """The period of an initial is the name's: masked, and put back once."""
    scope = ner_redactor.scope("initials")
    redacted = scope.redact(text).text
    assert name not in redacted
    assert scope.restore(redacted) == text


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        pytest.param(
            [
                "Ilse Vandermoortel joined.",
                "ILSE VANDERMOORTEL left.",
                "Ilse will call back.",
                "Vandermoortel, Ilse signed.",
            ],
            [
                "<PERSON_1> joined.",
                "<PERSON_1> left.",
                "<PERSON_1> will call back.",
                "<PERSON_1> signed.",
            ],
            id="one-person-four-spellings",
        ),
        pytest.param(
            ["Call +32 470 12 34 56.", "Or 0470/12.34.56.", "Jan Peeters too."],
            ["Call <PHONE_NUMBER_1>.", "Or <PHONE_NUMBER_1>.", "<PERSON_1> too."],
            id="one-phone-two-formats",
        ),
    ],
)
def test_redact_many_is_consistent(
    silent_redactor: Redactor, texts: list[str], expected: list[str]
) -> None:
    """One value keeps one placeholder across a batch."""
    redacted = silent_redactor.scope("batch").redact_many(texts)
    assert [r.text for r in redacted] == expected


def test_value_found_later_in_batch_is_masked_earlier(
    scripted_redactor: Callable[[Mapping[str, str]], Redactor],
) -> None:
    """If the analyzer only spots a name in the second text, the first is masked too."""
    scope = scripted_redactor({"Sarah Okonkwo": "PERSON"}).scope("batch")
    first, second = scope.redact_many(
        ["sarah okonkwo called.", "Sarah Okonkwo emailed."]
    )
    assert first.text == "<PERSON_1> called."
    assert second.text == "<PERSON_1> emailed."


def test_scope_remembers_values_across_calls(
    scripted_redactor: Callable[[Mapping[str, str]], Redactor],
) -> None:
    """A name found once is masked in later texts even where NER misses it."""
    scope = scripted_redactor({"Sarah Okonkwo": "PERSON"}).scope("memory")
    scope.redact("Sarah Okonkwo called.")
    assert scope.redact("Reply to SARAH OKONKWO.").text == "Reply to <PERSON_1>."


def test_scopes_are_independent(silent_redactor: Redactor) -> None:
    """Placeholders restart in a new scope and do not restore in another."""
    first = silent_redactor.scope("ticket-1")
    second = silent_redactor.scope("ticket-2")
    first.redact("Jan Peeters")
    assert second.redact("Ilse Vandermoortel").text == "<PERSON_1>"
    assert first.restore("<PERSON_1>") == "Jan Peeters"
    assert second.restore("<PERSON_1>") == "Ilse Vandermoortel"


def test_same_id_returns_same_scope_while_held(silent_redactor: Redactor) -> None:
    """Asking twice for a held scope gives the same vault."""
    held = silent_redactor.scope("briefing-7")
    assert silent_redactor.scope("briefing-7") is held


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param(
            "🎉🎉 Ilse Vandermoortel 👩🏽‍💻 mailed "
            "ilse.vandermoortel@brightlane.example ✅ +32 470 12 34 56",
            ["Ilse Vandermoortel", "ilse.vandermoortel@brightlane.example",
             "+32 470 12 34 56"],
            id="emoji-and-zwj",
        ),
        pytest.param(
            "🇧🇪 Søren Ødegård → IBAN BE71 0961 2345 6769 ✓",
            ["Søren Ødegård", "BE71 0961 2345 6769"],
            id="flag-and-accents",
        ),
        pytest.param(
            # A full-width colon touches the name: no space to split on.
            "会议记录\uff1aAnaïs Lefèvre-Duchamp 😀 called",
            ["Anaïs Lefèvre-Duchamp"],
            id="cjk",
        ),
    ],
)  # fmt: skip
def test_offsets_are_right_with_emoji_and_multibyte(
    ner_redactor: Redactor, text: str, values: list[str]
) -> None:
    """Placeholders land exactly on the values, whatever precedes them."""
    redacted = ner_redactor.scope("emoji").redact(text)
    masked = {(entity.start, entity.end) for entity in redacted.entities}
    for value in values:
        start = text.index(value)
        assert (start, start + len(value)) in masked
        assert value not in redacted.text
    assert redacted.text.endswith(text[text.index(values[-1]) + len(values[-1]) :])


def test_redact_html_masks_attribute_values(ner_redactor: Redactor) -> None:
    """An address hidden in a mailto link is masked like visible text."""
    html = (
        '<p>Hi <a href="mailto:ilse.vandermoortel@brightlane.example">Ilse</a>,'
        "<br>see you at Brightlane Logistics.</p><script>alert('Jan Peeters')</script>"
    )
    redacted = ner_redactor.scope("html").redact_html(html)
    assert redacted.text == (
        "Hi <PERSON_1> (<EMAIL_ADDRESS_1>),\nsee you at <ORGANIZATION_1>."
    )


def test_build_redactor_patterns_only_still_masks_known_names() -> None:
    """Without NER, the deny-list still masks every listed name."""
    redactor = build_redactor(
        [DenyListEntry("PERSON", "Ilse Vandermoortel")], use_ner=False
    )
    redacted = redactor.scope("patterns").redact(
        "ilse vandermoortel: ilse@brightlane.example, 0470/12.34.56"
    )
    assert redacted.text == "<PERSON_1>: <EMAIL_ADDRESS_1>, <PHONE_NUMBER_1>"


def test_build_redactor_with_ner_masks_unlisted_names() -> None:
    """With NER, a name nobody listed is masked too."""
    redactor = build_redactor([], use_ner=True)
    redacted = redactor.scope("ner").redact(
        "Yesterday Marieke Claes from finance called about the invoice."
    )
    assert redacted.text == (
        "Yesterday <PERSON_1> from finance called about the invoice."
    )
