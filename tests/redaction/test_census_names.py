"""Names that open with a census first name are found, everyday words are not."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from redaction.name_gazetteer import NameGazetteer
from redaction.recognizers.census_names import CensusNameRecognizer

# Every name below is invented for these tests.
_GAZETTEER = NameGazetteer(
    first_names=frozenset({"megan", "rosalind", "benjamin", "grace", "barbara"}),
    surnames=frozenset({"seiler", "thornbury"}),
    everyday_words=frozenset({"grace"}),
    surname_endings=(),
)


def _names(text: str) -> list[str]:
    recognizer = CensusNameRecognizer(_GAZETTEER)
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"])]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Megan lives nearby.", ["Megan"], id="lone"),
        pytest.param("Ask Rosalind Q. Varga today", ["Rosalind Q. Varga"], id="full"),
        pytest.param("Thanks, Megan.", ["Megan"], id="full-stop"),
        pytest.param("It is Megan's call", ["Megan"], id="possessive"),
        pytest.param("MEGAN THORNBURY", ["MEGAN THORNBURY"], id="capitals"),
        pytest.param(
            "follow up with benjamin a seiler soon", ["benjamin a seiler"],
            id="lower-case-with-initial",
        ),
        pytest.param("Megan Varga Street 4", ["Megan Varga"], id="stops-at-street"),
        pytest.param("Speakers: 1.Megan Varga 2.Ivo", ["Megan Varga"],
                     id="after-a-list-number"),
    ],
)  # fmt: skip
def test_census_names_are_found(text: str, names: list[str]) -> None:
    """The name and only the name is found."""
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Grace period ends.", id="everyday-word"),
        pytest.param("Santa Barbara office", id="place-first"),
        pytest.param("Invoice Megan Holdings today", id="firm-word-after"),
        pytest.param("megan@brightlane.example", id="e-mail"),
        pytest.param("https://example.test/megan", id="url"),
        pytest.param("ask benjamin about it", id="lower-case-without-surname"),
        pytest.param("see notes.Megan and v1.Megan", id="dotted-names"),
    ],
)
def test_look_alikes_are_not_names(text: str) -> None:
    """Everyday words, places, addresses and links are left alone."""
    assert _names(text) == []


_WORD_NAMES = NameGazetteer(
    first_names=frozenset({"grace", "mark", "princess", "summer"}),
    surnames=frozenset({"thornbury", "down", "royal", "sale", "price"}),
    everyday_words=frozenset({"grace", "mark", "princess", "summer"}),
    surname_endings=(),
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("please ask Grace Thornbury today", ["Grace Thornbury"],
                     id="inside-a-sentence"),
        pytest.param("As Grace Price put it", ["Grace Price"],
                     id="after-a-sentence-opening-word"),
        pytest.param("Grace Thornbury approved it.", [], id="opening-a-sentence"),
        pytest.param("see the Grace Thornbury Report", [], id="title-case-after"),
        pytest.param("see Project Grace Thornbury", [], id="title-case-before"),
        pytest.param("the Princess Royal arrived", [], id="title"),
        pytest.param("ask Grace about it", [], id="no-surname"),
        pytest.param("ask grace thornbury", [], id="lower-case"),
        pytest.param("From: Grace Thornbury\nTo: ops", ["Grace Thornbury"],
                     id="after-a-person-field"),
        pytest.param("Subject: Summer Sale\nHi", [], id="after-another-field"),
    ],
)  # fmt: skip
def test_a_first_name_that_is_a_word_needs_a_surname_inside_a_sentence(
    text: str, names: list[str]
) -> None:
    recognizer = CensusNameRecognizer(_WORD_NAMES)
    found = [text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"])]
    assert found == names


@dataclass(frozen=True)
class _Entity:
    """A model entity as spaCy gives it: label and character offsets."""

    label_: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class _Doc:
    """A parsed text holding only the model's entities."""

    ents: tuple[_Entity, ...]


@dataclass(frozen=True)
class _Artifacts:
    """Analysis artifacts whose tokens are the parsed text."""

    tokens: _Doc


@pytest.mark.parametrize(
    ("text", "label", "read", "names"),
    [
        pytest.param("because of the Summer Sale holiday", "DATE",
                     "the Summer Sale", [], id="date-covers-both-words"),
        pytest.param("since the Summer Sale feast", "EVENT", "Summer Sale", [],
                     id="event"),
        pytest.param("please ask Grace Thornbury today", "DATE", "today",
                     ["Grace Thornbury"], id="date-elsewhere"),
        pytest.param("please ask Grace Thornbury today", "DATE", "Grace",
                     ["Grace Thornbury"], id="date-covers-one-word"),
        pytest.param("please ask Grace Thornbury today", "ORG",
                     "Grace Thornbury", ["Grace Thornbury"], id="other-label"),
    ],
)  # fmt: skip
def test_a_word_name_the_model_reads_as_a_day_is_no_name(
    text: str, label: str, read: str, names: list[str]
) -> None:
    """Both words read by the model as a date or an event ("the May Day")."""
    start = text.index(read)
    artifacts = _Artifacts(_Doc((_Entity(label, start, start + len(read)),)))
    recognizer = CensusNameRecognizer(_WORD_NAMES)
    found = recognizer.analyze(text, ["PERSON"], artifacts)  # type: ignore[arg-type]
    assert [text[r.start : r.end] for r in found] == names
