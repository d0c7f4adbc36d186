"""Function words of other European languages are no people."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.english_words import EnglishWords
from redaction.foreign_words import is_foreign_function_words, is_foreign_line
from redaction.name_gazetteer import census_gazetteer


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        pytest.param("Von: Mizrahi, Noa", "Von", False, id="header-left-to-its-rule"),
        pytest.param("Bitte wenden Sie sich an", "Sie", True, id="german-pronoun"),
        pytest.param("en version 18.0 avant la mise", "avant", True, id="french"),
        pytest.param("An: accounts@example.com", "An", False, id="first-name-an"),
        pytest.param("Will will send it", "Will", False, id="census-first-name"),
        pytest.param("Mizrahi, Noa", "Mizrahi", False, id="surname"),
        pytest.param("Hej Per, kan du ringa mig?", "Per", False, id="a-given-name"),
        pytest.param("We meet Sie at noon.", "Sie", False, id="an-english-line"),
        pytest.param("an empty span", "", False, id="no-words"),
        pytest.param("Thanks! Je transmets à Ana.", "Je", True,
                     id="accented-function-word-marks-the-line"),
    ],
)  # fmt: skip
def test_is_foreign_function_words(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    first_names = census_gazetteer().first_names
    found = is_foreign_function_words(text, start, start + len(word), first_names)
    assert found is expected


_DICTIONARY = EnglishWords(
    ["area", "door", "certain", "de", "die", "store", "os", "bis"],
    everyday=["die", "store"],
)
"""A small dictionary: rare words (one sense) and two everyday ones."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("No reply from Torvik. Letter sent.", False,
                     id="english-word-that-is-a-swedish-one"),
        pytest.param("Please store it for Torvik, I want it later.", False,
                     id="english-words-that-are-italian-and-danish-ones"),
        pytest.param("Bitte die Rechnung an Torvik senden.", True,
                     id="german-everyday-word-chosen-to-count"),
        pytest.param("ok tell Torvik yes, Till is free", False,
                     id="english-till"),
        pytest.param("Jag ringer Torvik imorgon.", True, id="swedish"),
        pytest.param("can Torvik resend it? ops@verdalis.io, www.rinaldi.com",
                     False, id="parts-of-addresses-are-no-words"),
        pytest.param("Torvik says the area is closed.", False,
                     id="a-rare-english-word-alone"),
        pytest.param("Torvik waits by the door until certain.", True,
                     id="two-rare-english-words"),
        pytest.param("Torvik loopt door de tuin.", True, id="dutch"),
        pytest.param("Torvik ira \u00e0 la gare.", True,
                     id="an-accented-word-counts-alone"),
        pytest.param("Com os melhores cumprimentos, Torvik", True,
                     id="a-rare-english-word-on-a-line-without-english"),
        pytest.param("Torvik liefert Testdaten bis Freitag.", True,
                     id="german-with-one-rare-english-word"),
    ],
)  # fmt: skip
def test_a_line_in_another_language_needs_a_word_english_lacks(
    text: str, expected: bool
) -> None:
    """A rare English word among them needs a second one or no English."""
    start = text.index("Torvik")
    found = is_foreign_line(text, start, start + 6, ["torvik"], _DICTIONARY)
    assert found is expected


def test_german_mail_keeps_its_words_and_masks_its_people(
    ner_redactor: Redactor,
) -> None:
    scope = ner_redactor.scope("foreign")
    found = scope.redact(
        "Ihre Karte wurde abgelehnt. Bitte wenden Sie sich an Losana Fifita."
    )
    assert "Sie sich" in found.text
    assert "Losana" not in found.text


def test_mail_header_labels_and_greetings_stay(ner_redactor: Redactor) -> None:
    """A German header's labels and a French greeting are no people."""
    text = (
        "Von: Mizrahi, Noa <noa@example.com>\nGesendet: Friday, 10/04/2026 07:15\n"
        "An: billing@example.com\nBetreff: AW: Zugang\n\n"
        "Bonjour, le client Arjun Chatterjee a chang\u00e9 de banque."
    )
    redacted = ner_redactor.scope("headers").redact(text).text
    for kept in ("Gesendet:", "Betreff:", "Bonjour,"):
        assert kept in redacted
    for name in ("Mizrahi", "Noa", "Arjun", "Chatterjee"):
        assert name not in redacted


def test_a_person_named_like_a_header_label_speaks(ner_redactor: Redactor) -> None:
    """A chat line opened by a name that is also a label ("An:") is a person's."""
    text = "[09:00] Thanh: hi\nAn: can you check the invoice?\nThanh: sure"
    redacted = ner_redactor.scope("speaker").redact(text).text
    assert "\nAn:" not in redacted


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Our PO was for less. Can Lotte or whoever handles credit "
                     "notes look at it?", "Lotte", id="rare-word-name-on-english-line"),
        pytest.param("Hi Mere, your train to Leuven leaves at 18:00.", "Mere",
                     id="greeted-by-a-dictionary-word"),
    ],
)  # fmt: skip
def test_a_dictionary_word_of_another_language_leaves_english_names_masked(
    ner_redactor: Redactor, text: str, name: str
) -> None:
    redacted = ner_redactor.scope("english-line").redact(text).text
    assert name not in redacted
