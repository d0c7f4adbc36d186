"""The leak guard blocks any payload that still holds a known original."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pytest

from copilot.errors import RedactionError
from redaction import LeakDetected, Redactor


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param("Summary for Ilse Vandermoortel.", id="exact"),
        pytest.param("summary for ilse   VANDERMOORTEL", id="case-and-spaces"),
        pytest.param("Summary for Ilse\nVandermoortel", id="line-break"),
        pytest.param("Summary for Soren Odegard", id="accents-dropped"),
        pytest.param("Call 0470 12 34 56", id="phone-reformatted"),
        pytest.param("IBAN be71 0961 2345 6769", id="iban"),
        pytest.param("cc ILSE.VANDERMOORTEL@BRIGHTLANE.EXAMPLE", id="email-capitals"),
        pytest.param("Ask Vandermoortel", id="surname-alone"),
    ],
)
def test_blocks_deny_list_values(silent_redactor: Redactor, payload: str) -> None:
    """Every spelling of a deny-listed value is caught."""
    guard = silent_redactor.scope("guard").leak_guard()
    with pytest.raises(LeakDetected):
        guard.check(payload)


def test_blocks_values_only_the_vault_knows(
    scripted_redactor: Callable[[Mapping[str, str]], Redactor],
) -> None:
    """A name the analyzer found earlier in the scope is blocked later."""
    scope = scripted_redactor({"Sarah Okonkwo": "PERSON"}).scope("guard")
    scope.redact("Sarah Okonkwo joined the call.")
    with pytest.raises(LeakDetected):
        scope.leak_guard().check("Prompt: SARAH OKONKWO is unhappy.")


def test_message_names_types_and_counts_only(silent_redactor: Redactor) -> None:
    """The exception says what kind of value leaked, never the value."""
    guard = silent_redactor.scope("guard").leak_guard()
    with pytest.raises(LeakDetected) as caught:
        guard.check("Ilse Vandermoortel and Jan Peeters, +32 470 12 34 56")
    message = str(caught.value)
    assert dict(caught.value.entity_counts) == {"PERSON": 2, "PHONE_NUMBER": 1}
    assert "PERSON=2" in message
    for fragment in ("Ilse", "Vandermoortel", "Jan", "Peeters", "470", "12 34"):
        assert fragment.lower() not in message.lower()


def test_passes_redacted_text(silent_redactor: Redactor) -> None:
    """Text produced by the scope, placeholders included, is clean."""
    scope = silent_redactor.scope("guard")
    redacted = scope.redact("Ilse Vandermoortel called Jan Peeters on 0470/12.34.56")
    scope.leak_guard().check(f"Summarise this note: {redacted.text}")


def test_placeholder_words_are_not_mistaken_for_values(
    scripted_redactor: Callable[[Mapping[str, str]], Redactor],
) -> None:
    """A value that reads like a placeholder's type does not trip the guard."""
    scope = scripted_redactor({"Person Kitchen": "PERSON"}).scope("guard")
    redacted = scope.redact("Meet in the Person Kitchen.")
    assert redacted.text == "Meet in the <PERSON_1>."
    scope.leak_guard().check(redacted.text)


def test_words_either_side_of_a_placeholder_are_no_value(
    scripted_redactor: Callable[[Mapping[str, str]], Redactor],
) -> None:
    """ "the <LOCATION_1>, Town Hall" does not spell "the Town Hall"; a value
    right beside a placeholder is still caught."""
    scope = scripted_redactor(
        {"the Town Hall": "LOCATION", "Kestrel Room": "LOCATION"}
    ).scope("guard")
    redacted = scope.redact("Demo in the Kestrel Room, Town Hall at noon.").text
    assert redacted == "Demo in the <LOCATION_1>, Town Hall at noon."
    scope.redact("Lunch in the Town Hall.")
    scope.leak_guard().check(redacted)
    with pytest.raises(LeakDetected):
        scope.leak_guard().check(f"{redacted} Then the Town Hall.")


def test_one_word_ner_guesses_do_not_block_prompt_templates(
    scripted_redactor: Callable[[Mapping[str, str]], Redactor],
) -> None:
    """A note where NER took "JSON" for a company still lets the prompt through."""
    scope = scripted_redactor({"JSON": "ORGANIZATION", "English": "NRP"}).scope("g")
    redacted = scope.redact("Export the JSON in English.")
    assert redacted.text == "Export the <ORGANIZATION_1> in English."
    scope.leak_guard().check(f"Answer with a JSON object, in English.\n{redacted.text}")


def test_rejects_non_text_payload(silent_redactor: Redactor) -> None:
    """A payload that cannot be checked is refused, not waved through."""
    guard = silent_redactor.scope("guard").leak_guard()
    with pytest.raises(RedactionError):
        guard.check(b"Ilse Vandermoortel")  # type: ignore[arg-type]


def test_leak_detected_is_a_redaction_error() -> None:
    """Callers that stop on RedactionError also stop on a leak."""
    assert issubclass(LeakDetected, RedactionError)
