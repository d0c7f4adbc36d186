"""Capitalised words no dictionary knows are masked; known words and products stay."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.name_gazetteer import NameGazetteer
from redaction.recognizers.unfamiliar_words import UnfamiliarWordRecognizer

# Every name below is invented for these tests.
_GAZETTEER = NameGazetteer(
    first_names=frozenset({"megan"}),
    surnames=frozenset({"dudek", "walker", "serban", "pappas", "app"}),
    everyday_words=frozenset(),
    surname_endings=(),
)
_DICTIONARY = frozenset(
    {"why", "is", "so", "impulsive", "the", "novel", "unlike", "walker", "ask",
     "about", "invoice", "we", "moved", "database", "to", "and", "ticket", "via",
     "please", "you", "plan", "upgrade", "team", "orchestra", "report",
     "owner", "approved", "fix", "test", "contact", "thanks", "here",
     "price", "list", "web", "hook", "mail", "cia", "ran", "kuhn", "bright"}
)  # fmt: skip


def _found(text: str) -> list[str]:
    recognizer = UnfamiliarWordRecognizer(_GAZETTEER, _DICTIONARY)
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"])]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("Why is Zorvetta so impulsive?", ["Zorvetta"], id="mid-sentence"),
        pytest.param("Unlike the Quelbrink novel", ["Quelbrink"], id="before-noun"),
        pytest.param("Ask Quelbrink's team", ["Quelbrink"], id="possessive"),
        pytest.param("Rościbor Dudek is here", ["Rościbor Dudek"], id="opens-with-two"),
        pytest.param("ask Zorvetta Dudek", ["Zorvetta Dudek"], id="census-joins"),
        pytest.param("Zorvetta, quick one: is it live?", ["Zorvetta"],
                     id="spoken-to-at-sentence-start"),
        pytest.param("Who approved this? Zorvetta! Please answer.", ["Zorvetta"],
                     id="called-out"),
        pytest.param("ask Kühn-Bright about it", ["Kühn-Bright"],
                     id="accented-part-of-a-hyphenated-name"),
        pytest.param("see Ó Zorvetta-Quelbrink", ["Zorvetta-Quelbrink"], id="hyphen"),
        pytest.param("Owner: Zorvetta", ["Zorvetta"], id="after-colon"),
        pytest.param("* Zorvetta: approved", ["Zorvetta"], id="bullet"),
        pytest.param("1. Zorvetta to fix\nb) Quelbrink to test",
                     ["Zorvetta", "Quelbrink"], id="numbered"),
        pytest.param("Contact ... Zorvetta", ["Zorvetta"], id="ellipsis"),
        pytest.param("call log: M. Zorvetta -> support", ["Zorvetta"],
                     id="after-an-initial"),
        pytest.param("thanks @Zorvetta!", ["Zorvetta"], id="mention"),
        pytest.param("@Zor-web can you approve?", ["Zor-web"], id="mention-of-words"),
        pytest.param("ask Zorvetta\u00a0Quelbrink", ["Zorvetta\u00a0Quelbrink"],
                     id="no-break-space"),
        pytest.param("ask D'Quelbrink", ["D'Quelbrink"], id="elision"),
        pytest.param("ask van der Quelbrink", ["van der Quelbrink"], id="particles"),
        pytest.param("ask Şerban", ["Şerban"], id="census-name-with-accents"),
        pytest.param("Zorvetta ghosted us.", ["Zorvetta"], id="opens-before-past-verb"),
        pytest.param("Zorvetta holds an MBA", ["Zorvetta"], id="opens-before-verb"),
        pytest.param("Moved. Zorvetta will call", ["Zorvetta"], id="modal"),
        pytest.param("Zorvetta cc'd me", ["Zorvetta"], id="opens-before-cc"),
        pytest.param("Zorvetta to test the import.", ["Zorvetta"], id="action-item"),
        pytest.param("Zorvetta rubber-stamped it", ["Zorvetta"], id="hyphenated-verb"),
        pytest.param("Open point for Pappas: pricing", ["Pappas"],
                     id="census-surname-alone"),
        pytest.param("Why is Ciaran so impulsive?", ["Ciaran"],
                     id="two-short-words-are-no-compound"),
        pytest.param("Zorvetta from your team said so", ["Zorvetta"],
                     id="opens-before-from-your"),
    ],
)  # fmt: skip
def test_unfamiliar_capitalised_words_are_found(text: str, found: list[str]) -> None:
    """The unfamiliar words and only they are found."""
    assert _found(text) == found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Zorvetta is here.", id="sentence-start-alone"),
        pytest.param("Kubernetes crashed again.", id="product-before-verb"),
        pytest.param("cc @Postgres and @All", id="mention-of-known-words"),
        pytest.param("@Web and @Webhook please sync", id="mention-of-a-team"),
        pytest.param("Moved. Zorvetta is here.", id="after-full-stop"),
        pytest.param('Moved. "Zorvetta is here"', id="after-quote"),
        pytest.param("Moved!\nZorvetta is here", id="new-line"),
        pytest.param("We moved the database to Postgres", id="product"),
        pytest.param("Ticket via GitHub and SEPA", id="inner-capital-and-acronym"),
        pytest.param("Upgrade the Xk9 plan", id="digits"),
        pytest.param("so Walker and Megan", id="census-only"),
        pytest.param("the Approvals App crashed", id="short-census-surname"),
        pytest.param("Pappas is here.", id="census-surname-opening-a-sentence"),
        pytest.param("the Impulsive Orchestra", id="dictionary-words"),
        pytest.param("ask zorvetta@quelbrink.example", id="e-mail"),
        pytest.param("see https://quelbrink.example/Zorvetta", id="url"),
        pytest.param("so You're here", id="contraction"),
        pytest.param("the Pricelist and the Webhook", id="compound-jargon"),
        pytest.param("mail zorvetta@Quelbrink.example", id="e-mail-domain"),
    ],
)
def test_known_words_products_and_sentence_starts_are_left(text: str) -> None:
    """Dictionary words, products, acronyms, links and a lone first word stay."""
    assert _found(text) == []


def test_without_a_dictionary_nothing_is_found() -> None:
    """A pipeline without a lemmatizer's word list gives no unfamiliar words."""
    recognizer = UnfamiliarWordRecognizer(_GAZETTEER)
    assert recognizer.analyze("Why is Zorvetta so impulsive?", ["PERSON"], None) == []


@pytest.mark.parametrize(
    ("text", "value", "entity_types"),
    [
        pytest.param("Why is Zorvetta so impulsive?", "Zorvetta",
                     {"PERSON", "ORGANIZATION"}, id="no-cue"),
        pytest.param("Unlike the Quelbrink novel, it is short.", "Quelbrink",
                     {"PERSON", "ORGANIZATION"}, id="before-noun"),
        pytest.param("I am in Quelbrinkvik for a trip", "Quelbrinkvik",
                     {"LOCATION"}, id="in"),
        pytest.param("I work for Zorvettix now", "Zorvettix",
                     {"ORGANIZATION"}, id="work-for"),
    ],
)  # fmt: skip
def test_the_redactor_masks_and_types_them(
    ner_redactor: Redactor, text: str, value: str, entity_types: set[str]
) -> None:
    """With the spaCy pipeline's dictionary the word is masked, typed by context."""
    redacted = ner_redactor.scope("test").redact(text)
    assert value not in redacted.text
    start = text.index(value)
    covering = [e for e in redacted.entities if e.start <= start < e.end]
    assert len(covering) == 1
    assert covering[0].entity_type in entity_types
