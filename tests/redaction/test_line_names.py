"""A name alone on its line is a signature, a sign-off or a greeting."""

from __future__ import annotations

import pytest

from redaction import EntitySpan, Redactor
from redaction.line_names import is_alone_on_its_line


@pytest.mark.parametrize(
    ("text", "name", "is_alone"),
    [
        pytest.param("Thanks,\nTorvik", "Torvik", True, id="signature"),
        pytest.param("Thanks,\nTorvik\n", "Torvik", True, id="signature-then-break"),
        pytest.param("Torvik,\ncan you check?", "Torvik", True, id="greeting-line"),
        pytest.param("> Torvik\n> sent", "Torvik", True, id="quoted-signature"),
        pytest.param("Best\nTorvik Q.", "Torvik Q.", True, id="word-and-initial"),
        pytest.param("Best\nTorvik Q", "Torvik Q", True, id="initial-stop-outside"),
        pytest.param("Regards\nQS", "QS", True, id="initials-sign-off"),
        pytest.param("Torvik.\n", "Torvik", True, id="full-stop-after"),
        pytest.param("Phone message for Torvik", "Torvik", False, id="in-a-sentence"),
        pytest.param("Torvik: on it", "Torvik", False, id="speaker-label"),
        pytest.param("Torvik view of the report", "Torvik", False, id="opens-a-line"),
        pytest.param("Change Log\n", "Change Log", False, id="two-words"),
        pytest.param("Torvik Q. Smith\n", "Torvik Q.", False, id="more-after"),
        pytest.param("TORVIKSTAD\n", "TORVIKSTAD", False, id="capitals-heading"),
        pytest.param("torvik\n", "torvik", False, id="lower-case"),
        pytest.param("- Torvik\n", "Torvik", False, id="list-item"),
    ],
)  # fmt: skip
def test_a_name_alone_on_its_line(text: str, name: str, is_alone: bool) -> None:
    start = text.index(name)
    span = EntitySpan("PERSON", start, start + len(name), 0.85)
    assert is_alone_on_its_line(text, span) is is_alone


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("The export is uploaded.\n\nBest,\nBaraka", "Baraka",
                     id="signature"),
        pytest.param("Thessaly,\ncan you check the March export?", "Thessaly",
                     id="greeting"),
        pytest.param("Updated the mapping.\n\nLakshmi B.", "Lakshmi",
                     id="word-and-initial"),
    ],
)  # fmt: skip
def test_the_redactor_masks_a_signing_name_the_dictionary_knows(
    ner_redactor: Redactor, text: str, name: str
) -> None:
    """WordNet knows "Baraka", "Thessaly" and "Lakshmi"; alone on a line
    they still name the writer or the reader."""
    redacted = ner_redactor.scope("line-names").redact(text).text
    assert name not in redacted
