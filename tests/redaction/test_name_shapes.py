"""Shapes only a name takes: alone on its line, or before an initial."""

from __future__ import annotations

import pytest

from redaction import EntitySpan, Redactor
from redaction.name_shapes import has_a_name_shape


@pytest.mark.parametrize(
    ("text", "name", "is_shaped"),
    [
        pytest.param("Thanks,\nTorvik", "Torvik", True, id="signature"),
        pytest.param("Thanks,\nTorvik\n", "Torvik", True, id="signature-then-break"),
        pytest.param("Torvik,\ncan you check?", "Torvik", True, id="greeting-line"),
        pytest.param("> Torvik\n> sent", "Torvik", True, id="quoted-signature"),
        pytest.param("Best\nTorvik Q.", "Torvik Q.", True, id="word-and-initial"),
        pytest.param("Best\nTorvik Q.", "Torvik Q", True, id="initial-stop-outside"),
        pytest.param("Regards\nQS", "QS", True, id="initials-sign-off"),
        pytest.param("Torvik.\n", "Torvik", True, id="full-stop-after"),
        pytest.param("Phone message for Torvik", "Torvik", False, id="in-a-sentence"),
        pytest.param("Torvik: on it", "Torvik", False, id="speaker-label"),
        pytest.param("Torvik view of the report", "Torvik", False, id="opens-a-line"),
        pytest.param("Change Log\n", "Change Log", False, id="two-words"),
        pytest.param("| Torvik Q. | done |", "Torvik Q.", True, id="initial-in-a-cell"),
        pytest.param("ask Torvik Q. for it", "Torvik Q.", True, id="initial-in-prose"),
        pytest.param("ask Torvik Q for it", "Torvik Q", False, id="letter-no-stop"),
        pytest.param("we fall back to Plan B. Ask", "Plan B.", False,
                     id="lettered-noun"),
        pytest.param("see Annex C. for it", "Annex C.", False, id="lettered-annex"),
        pytest.param("TORVIK Q.\n", "TORVIK Q.", False, id="capitals-and-letter"),
        pytest.param("Torvik Quist\n", "Torvik Quist", False, id="two-full-words"),
        pytest.param("TORVIKSTAD\n", "TORVIKSTAD", False, id="capitals-heading"),
        pytest.param("torvik\n", "torvik", False, id="lower-case"),
        pytest.param("- Torvik\n", "Torvik", False, id="list-item"),
    ],
)  # fmt: skip
def test_name_shapes(text: str, name: str, is_shaped: bool) -> None:
    start = text.index(name)
    span = EntitySpan("PERSON", start, start + len(name), 0.85)
    assert has_a_name_shape(text, span) is is_shaped


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("The export is uploaded.\n\nBest,\nBaraka", "Baraka",
                     id="signature"),
        pytest.param("Thessaly,\ncan you check the March export?", "Thessaly",
                     id="greeting"),
        pytest.param("Updated the mapping.\n\nLakshmi B.", "Lakshmi",
                     id="word-and-initial"),
        pytest.param("| data freeze | Lakshmi R. | done |", "Lakshmi",
                     id="word-and-initial-in-a-cell"),
    ],
)  # fmt: skip
def test_the_redactor_masks_a_signing_name_the_dictionary_knows(
    ner_redactor: Redactor, text: str, name: str
) -> None:
    """WordNet knows "Baraka", "Thessaly" and "Lakshmi"; alone on a line
    they still name the writer or the reader."""
    redacted = ner_redactor.scope("line-names").redact(text).text
    assert name not in redacted
