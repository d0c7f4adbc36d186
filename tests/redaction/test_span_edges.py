"""Quotes and unpaired brackets at a finding's edges stay out of the value."""

from __future__ import annotations

import pytest

from redaction import EntitySpan, Redactor
from redaction.span_edges import without_contraction, without_stray_marks


@pytest.mark.parametrize(
    ("text", "entity_type", "expected"),
    [
        pytest.param("Milestone 'Prep Phase'", "ORGANIZATION", "Milestone 'Prep Phase",
                     id="name-closing-quote"),
        pytest.param("\u201cZorvetta\u201d", "PERSON", "Zorvetta", id="name-quotes"),
        pytest.param("+351 912 345 678)", "PHONE_NUMBER", "+351 912 345 678",
                     id="unpaired-bracket"),
        pytest.param("(0)470 12 34 56", "PHONE_NUMBER", "(0)470 12 34 56",
                     id="paired-bracket-stays"),
        pytest.param("O'Neill", "PERSON", "O'Neill", id="inner-apostrophe-stays"),
        pytest.param("Dear Dear\n", "ORGANIZATION", "Dear Dear",
                     id="trailing-line-break"),
        pytest.param(" \tZorvetta Ekdahl", "PERSON", "Zorvetta Ekdahl",
                     id="leading-space"),
        pytest.param("'Prep Phase' \n", "ORGANIZATION", "Prep Phase",
                     id="quote-then-space"),
    ],
)  # fmt: skip
def test_edges(text: str, entity_type: str, expected: str) -> None:
    span = without_stray_marks(text, EntitySpan(entity_type, 0, len(text), 0.8))
    assert span is not None
    assert text[span.start : span.end] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("I'm Zorvetta Ekdahl", "Zorvetta Ekdahl", id="i-am"),
        pytest.param("we\u2019re Zorvetta", "Zorvetta", id="curly-apostrophe"),
        pytest.param("She's Zorvetta", "Zorvetta", id="she-is"),
        pytest.param("I'm", "I'm", id="nothing-after"),
        pytest.param("Im Zorvetta", "Im Zorvetta", id="no-apostrophe"),
        pytest.param("O'Neill Ekdahl", "O'Neill Ekdahl", id="elided-particle"),
    ],
)  # fmt: skip
def test_a_pronoun_contraction_opens_no_name(text: str, expected: str) -> None:
    span = without_contraction(text, EntitySpan("PERSON", 0, len(text), 0.8))
    assert text[span.start : span.end] == expected


def test_a_span_of_marks_only_is_dropped() -> None:
    assert without_stray_marks("')", EntitySpan("PERSON", 0, 2, 0.8)) is None
    assert without_stray_marks(" \n", EntitySpan("PERSON", 0, 2, 0.8)) is None


def test_line_breaks_after_a_name_stay(ner_redactor: Redactor) -> None:
    """The model's span may take in the line break; the text keeps it."""
    for text in ("Dear Dear Dear Dear\n", "Dear Dear Dear Dear\nnext line\n"):
        redacted = ner_redactor.scope("lines").redact(text).text
        assert redacted.count("\n") == text.count("\n"), redacted


def test_restoring_gives_the_text_back(ner_redactor: Redactor) -> None:
    """A value found with and without a closing mark is restored as written."""
    scope = ner_redactor.scope("edges")
    texts = [
        "Milestone 'Preparation and Delivery Phase' was due on 2026-11-30.",
        "Milestones: 'Preparation and Delivery Phase' (due 2026-11-30).",
    ]
    for text in texts:
        assert scope.restore(scope.redact(text).text) == text
