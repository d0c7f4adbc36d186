"""Each destination masks what its policy says, personal data always."""

from __future__ import annotations

import pytest

from copilot.errors import ConfigurationError
from redaction import (
    DenyList,
    Destination,
    DestinationPolicy,
    RedactionPolicy,
    Redactor,
)
from tests.redaction.conftest import ScriptedAnalyzer


@pytest.mark.parametrize("destination", list(Destination))
def test_default_masks_everything_everywhere(destination: Destination) -> None:
    """With no settings every destination gets every type masked."""
    base = RedactionPolicy()
    assert DestinationPolicy().policy_for(destination, base) == base


@pytest.mark.parametrize(
    ("destination", "types"),
    [
        pytest.param("remote_model", ["PERSON"], id="remote-names"),
        pytest.param("embeddings", ["email_address"], id="embeddings-emails"),
        pytest.param("remote_model", ["IBAN_CODE", "LOCATION"], id="remote-iban"),
    ],
)
def test_personal_types_stay_masked_for_strict_destinations(
    destination: str, types: list[str]
) -> None:
    """Names, e-mails and bank numbers can never be unmasked for remote use."""
    with pytest.raises(ConfigurationError):
        DestinationPolicy.from_lists({destination: types})


@pytest.mark.parametrize(
    ("destination", "types", "unmasked"),
    [
        pytest.param("local_model", ["PERSON"], "PERSON", id="local-names"),
        pytest.param("remote_model", ["location"], "LOCATION", id="remote-places"),
        pytest.param("logs", ["ORGANIZATION"], "ORGANIZATION", id="log-orgs"),
    ],
)
def test_relaxed_destination(destination: str, types: list[str], unmasked: str) -> None:
    """An operator can let a destination see a non-personal or local type."""
    policy = DestinationPolicy.from_lists({destination: types})
    relaxed = policy.policy_for(Destination(destination), RedactionPolicy())
    assert unmasked not in relaxed.masked_types
    assert "EMAIL_ADDRESS" in relaxed.masked_types


def test_unknown_entity_type_is_named_with_a_suggestion() -> None:
    """A misspelt type would unmask nothing; it is reported, not ignored."""
    with pytest.raises(ConfigurationError, match=r"LOCATON \(did you mean LOCATION"):
        DestinationPolicy.from_lists({"logs": ["LOCATON", "URL"]})


def test_unknown_destination_is_a_configuration_error() -> None:
    """A typo in a destination name is reported, not ignored."""
    with pytest.raises(ConfigurationError):
        DestinationPolicy.from_lists({"printer": ["PERSON"]})


@pytest.mark.parametrize(
    ("destination", "expected"),
    [
        pytest.param(Destination.LOCAL_MODEL, "Office in Gent.", id="local-sees-place"),
        pytest.param(Destination.REMOTE_MODEL, "Office in <LOCATION_1>.", id="remote"),
    ],
)
def test_redactor_for_destination(destination: Destination, expected: str) -> None:
    """A redactor for one destination masks by that destination's policy."""
    policy = DestinationPolicy.from_lists({"local_model": ["LOCATION"]})
    base = Redactor(ScriptedAnalyzer({"Gent": "LOCATION"}), DenyList.empty())
    scope = base.for_destination(destination, policy).scope("d")
    assert scope.redact("Office in Gent.").text == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I work for Agnieszka Quelbrink on the rollout.", id="work-for"),
        pytest.param("Please call Radomir Street on Monday.", id="street-word"),
        pytest.param("Coming from Ximena Zorvetta, that is odd.", id="coming-from"),
    ],
)
def test_a_person_retyped_by_context_stays_masked_where_places_are_not(
    ner_redactor: Redactor, text: str
) -> None:
    """Unmasking places and companies never shows a name first read as a person."""
    policy = DestinationPolicy.from_lists({"local_model": ["LOCATION", "ORGANIZATION"]})
    scope = ner_redactor.for_destination(Destination.LOCAL_MODEL, policy).scope("p")
    redacted = scope.redact(text).text
    for name in ("Agnieszka", "Radomir", "Ximena"):
        assert name not in redacted
