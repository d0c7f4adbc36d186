"""Invisible format characters inside a value never let part of it through."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from copilot.cli.main import app
from redaction import Redactor
from redaction.composition import is_format_char


def _has_format_char(text: str) -> bool:
    return any(is_format_char(char) for char in text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(
            "Dear Zyg\u00admunt Kowal\u200bczyk, regards",
            "Zyg\u00admunt Kowal\u200bczyk",
            id="name-soft-hyphen-and-zwsp",
        ),
        pytest.param(
            "Mail jana.novak\u200b@korvex\u200b-consulting.ro today",
            "jana.novak\u200b@korvex\u200b-consulting.ro",
            id="email-zwsp",
        ),
        pytest.param(
            "Call +32 470\u200b 12 34 56 today",
            "+32 470\u200b 12 34 56",
            id="phone-zwsp",
        ),
        pytest.param(
            "Call +32 470 12\u2060 34 56 today",
            "+32 470 12\u2060 34 56",
            id="phone-word-joiner",
        ),
        pytest.param(
            "Dear Megan Holst\u034f\u0301, regards",
            "Megan Holst\u034f\u0301",
            id="name-then-joiner-and-accent",
        ),
        pytest.param(
            "Dear Zyg\ufe0fmunt Kowal\u034fczyk, regards",
            "Zyg\ufe0fmunt Kowal\u034fczyk",
            id="name-variation-selector-and-grapheme-joiner",
        ),
    ],
)
def test_value_with_invisible_characters_is_masked_whole(
    ner_redactor: Redactor, text: str, value: str
) -> None:
    """The value and the invisible characters inside it are all replaced."""
    redacted = ner_redactor.scope(f"cf-{text}").redact(text)
    assert not _has_format_char(redacted.text)
    visible = "".join(c for c in value if not is_format_char(c))
    for part in visible.replace("@", " ").replace(".", " ").split():
        if len(part) > 2:
            assert part not in redacted.text
    start = text.index(value)
    spans = {(span.start, span.end) for span in redacted.entities}
    assert (start, start + len(value)) in spans


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ask Ilse Vander\u200bmoortel now", id="zwsp"),
        pytest.param("Ask Ilse Vander\u00admoortel now", id="soft-hyphen"),
        pytest.param("Ask \ufeffIlse Vandermoortel\u200d now", id="outside"),
        pytest.param("Ask Ilse Vander\ufe0fmoortel now", id="variation-selector"),
        pytest.param("Ask Ilse Vander\u034fmoortel now", id="grapheme-joiner"),
    ],
)
def test_deny_list_matches_across_invisible_characters(
    silent_redactor: Redactor, text: str
) -> None:
    """A directory name with an invisible character inside is still found."""
    redacted = silent_redactor.scope(f"cf-deny-{text}").redact(text)
    assert "Ilse" not in redacted.text
    assert "moortel" not in redacted.text
    assert redacted.entity_counts == {"PERSON": 1}


def test_json_offsets_index_input_with_invisible_characters() -> None:
    """`redact --json` offsets select the whole name, invisible characters too."""
    text = "🙂 Dear Zyg\u00admunt Kowal\u200bczyk, regards\n"
    result = CliRunner().invoke(app, ["redact", "--json"], input=text)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["text"] == "🙂 Dear <PERSON_1>, regards\n"
    [entity] = report["entities"]
    assert text[entity["start"] : entity["end"]] == "Zyg\u00admunt Kowal\u200bczyk"


@pytest.mark.parametrize(
    ("text", "value", "entity_type"),
    [
        pytest.param("Call me on +32\u00a0470\u00a012\u00a034\u00a056 please",
                     "+32\u00a0470\u00a012\u00a034\u00a056", "PHONE_NUMBER",
                     id="phone-no-break-spaces"),
        pytest.param("IBAN BE71\u202f0961\u202f2345\u202f6769 please",
                     "BE71\u202f0961\u202f2345\u202f6769", "IBAN_CODE",
                     id="iban-narrow-no-break-spaces"),
        pytest.param("card 4111\u20071111\u20071111\u20071111 today",
                     "4111\u20071111\u20071111\u20071111", "CREDIT_CARD",
                     id="card-figure-spaces"),
    ],
)  # fmt: skip
def test_values_grouped_by_no_break_spaces_are_masked(
    ner_redactor: Redactor, text: str, value: str, entity_type: str
) -> None:
    """HTML's &nbsp; and typographic spaces group digits like plain spaces."""
    redacted = ner_redactor.scope(f"nbsp-{text}").redact(text)
    start = text.index(value)
    assert any(
        span.entity_type == entity_type
        and (span.start, span.end) == (start, start + len(value))
        for span in redacted.entities
    )
    assert value not in redacted.text
