"""Names written in lower case are found by analysing a recased copy."""

from __future__ import annotations

import pytest

from redaction import DEFAULT_MIN_SCORE, EntitySpan, PresidioAnalyzer
from redaction.english_words import EnglishWords
from redaction.recasing import RecasedText, Recaser

# A tiny dictionary stands in for the lemmatizer's word index.
_ENGLISH = frozenset(
    {"call", "people", "sometimes", "wrote", "report", "apply", "write", "about", "the"}
)


@pytest.mark.parametrize(
    ("text", "capitalised"),
    [
        pytest.param(
            "sometimes people call me višeslav", ["višeslav"], id="unknown-word"
        ),
        pytest.param("the report applies", [], id="inflected-dictionary-word"),
        pytest.param(
            "the webhook wrote the report", [], id="unknown-jargon-is-no-name"
        ),
        pytest.param(
            "hi guðgeir, radomir kovačević here", ["guðgeir", "radomir", "kovačević"],
            id="short-text-with-three-names",
        ),
        pytest.param(
            "sometimes people call guðgeir bergsveinsson about the report",
            ["guðgeir", "bergsveinsson"],
            id="surname-beside-a-name",
        ),
        pytest.param(
            "sometimes people call aroha ngata about the report",
            ["aroha", "ngata"],
            id="two-unknown-words-side-by-side",
        ),
        pytest.param(
            "write to joris.vandaele@example.test about sale_timesheet",
            [],
            id="address-and-identifier-parts",
        ),
        pytest.param(
            "bonjour, je voudrais savoir pourquoi la facture est ouverte",
            [],
            id="not-english",
        ),
        pytest.param(
            "sometimes you call zorvetta quelbrink and ngozi adeyemi with "
            "ketevan lomidze about the report",
            ["zorvetta", "quelbrink", "ngozi", "adeyemi", "ketevan", "lomidze"],
            id="many-names-among-english-function-words",
        ),
        pytest.param(
            "zorvetta quelbrink wrote: ngozi adeyemi, ketevan lomidze, the report",
            [],
            id="many-unknown-words-and-few-function-words",
        ),
        pytest.param(
            "varasto suljettu torstaina inventaarion vuoksi tilaukset toimitetaan",
            [],
            id="a-language-no-list-holds",
        ),
        pytest.param(
            "the report about it\nb.vanthof heeft het kanaal verlaten",
            [],
            id="words-of-a-dutch-line",
        ),
        pytest.param(
            "call Lucien about the report\nLucien klärt mit Slack die Schnittstelle",
            [],
            id="a-word-after-a-name-on-a-german-line",
        ),
        pytest.param(
            "call the people about the report\nbitte für jürgen kovačević",
            ["jürgen", "kovačević"],
            id="census-names-on-a-german-line",
        ),
    ],
)  # fmt: skip
def test_only_unknown_words_of_english_text_are_capitalised(
    text: str, capitalised: list[str]
) -> None:
    _assert_recased(Recaser(_ENGLISH).recase(text), text, capitalised)


def _assert_recased(recased: RecasedText | None, text: str, words: list[str]) -> None:
    """Exactly ``words`` changed, each to its capitalised form, length kept."""
    if not words:
        assert recased is None
        return
    assert recased is not None
    assert len(recased.text) == len(text)
    assert [text[s:e] for s, e in recased.words] == words
    assert [recased.text[s:e] for s, e in recased.words] == [
        w.capitalize() for w in words
    ]


def test_names_keep_only_spans_that_hold_a_recased_word() -> None:
    text = 'mika: "who is it?" Tracy:"i\'m roberto\'s daughter, the younger one"'
    english = frozenset({"who", "daughter", "the", "younger", "one"})
    recased = Recaser(english).recase(text)
    assert recased is not None
    tracy, roberto = text.index("Tracy"), text.index("roberto")
    found = recased.names(
        [
            EntitySpan("PERSON", 0, 4, 0.85),  # "Mika"
            EntitySpan("PERSON", tracy, roberto + 7, 0.85),  # 'Tracy:"i'm Roberto'
            EntitySpan("PERSON", tracy, tracy + 5, 0.85),  # already capitalised
            EntitySpan("ORGANIZATION", 0, 4, 0.85),  # a name read as a company
            EntitySpan("DATE_TIME", 0, 4, 0.85),
        ]
    )
    assert [(s.entity_type, text[s.start : s.end]) for s in found] == [
        ("PERSON", "mika"),
        ("PERSON", "roberto"),
        ("ORGANIZATION", "mika"),
    ]


@pytest.mark.parametrize(
    ("person", "left"),
    [
        pytest.param("guðgeir bergsveinsson", [], id="every-word-in-a-person"),
        pytest.param("guðgeir", ["bergsveinsson"], id="one-word-left"),
        pytest.param("people call guðgeir bergsveinsson", [],
                     id="a-person-span-reaching-past-the-words"),
        pytest.param("guðgeir bergsveinsson;report", ["guðgeir", "bergsveinsson"],
                     id="a-span-that-reads-as-no-name"),
        pytest.param(None, ["guðgeir", "bergsveinsson"], id="no-person"),
    ],
)  # fmt: skip
def test_words_a_person_already_holds_need_no_second_look(
    person: str | None, left: list[str]
) -> None:
    text = "sometimes people call guðgeir bergsveinsson;report about the report"
    recased = Recaser(_ENGLISH).recase(text)
    assert recased is not None
    spans = [EntitySpan("ORGANIZATION", 0, len(text), 0.85)]  # only people count
    if person is not None:
        start = text.index(person)
        spans.append(EntitySpan("PERSON", start, start + len(person), 0.85))
    unread = recased.without_named_words(spans)
    if not left:
        assert unread is None
        return
    assert unread is not None
    assert unread.text == recased.text
    assert [text[s:e] for s, e in unread.words] == left


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "sometimes people call me višeslav", "višeslav", id="after-a-cue"
        ),
        pytest.param(
            "guðgeir bergsveinsson wrote the report", "guðgeir bergsveinsson",
            id="lower-case-full-name",
        ),
    ],
)  # fmt: skip
def test_lower_case_names_are_masked(
    ner_analyzer: PresidioAnalyzer, text: str, name: str
) -> None:
    spans = [
        s
        for s in ner_analyzer.analyze(text)
        if s.entity_type == "PERSON" and s.score >= DEFAULT_MIN_SCORE
    ]
    start = text.index(name)
    assert any(s.start <= start and start + len(name) <= s.end for s in spans)


def test_lower_case_business_text_gains_no_names(
    ner_analyzer: PresidioAnalyzer,
) -> None:
    text = "the odoo upgrade broke the timesheet export again, please check"
    assert not [s for s in ner_analyzer.analyze(text) if s.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "word", "window"),
    [
        pytest.param("abc\ndef ghi jkl\nmno", "ghi", "def ghi jkl", id="its-line"),
        pytest.param(
            "x" * 100 + " ghi " + "y" * 100, "ghi", "x" * 59 + " ghi " + "y" * 59,
            id="long-line",
        ),
        pytest.param("ghi", "ghi", "ghi", id="whole-text"),
    ],
)  # fmt: skip
def test_recased_words_are_read_again_in_their_line(
    text: str, word: str, window: str
) -> None:
    start = text.index(word)
    [(low, high)] = RecasedText(text, ((start, start + len(word)),)).windows
    assert text[low:high] == window


@pytest.mark.parametrize(
    ("text", "title_cased"),
    [
        pytest.param("SHIP TO: MAKENA O'DONNELL, Ghent", ["MAKENA", "DONNELL"],
                     id="elision"),
        pytest.param("Review: ZORVETTA QUELBRINK - 3%", ["ZORVETTA", "QUELBRINK"],
                     id="run-of-two"),
        pytest.param("Employee QUELBRINK (ID 00221)", ["QUELBRINK"], id="long-word"),
        pytest.param("Employee ZORV (ID 0012)", [], id="short-word-alone"),
        pytest.param("URGENT: call about the SEPA and CRM report", [],
                     id="dictionary-word-and-allowed-acronyms"),
        pytest.param("PLEASE CALL ME ABOUT THE QUELBRINK REPORT BEFORE FRIDAY",
                     [], id="shouting"),
        pytest.param("PLEASE CALL ZORVETTA QUELBRINK ABOUT THE REPORT TODAY",
                     ["ZORVETTA", "QUELBRINK"], id="shouting-a-name"),
        pytest.param("Ship to ΚΑΤΩ ΠΟΛΕΜΙΔΙΑ today", [], id="other-script"),
        pytest.param("SHIP TO: HOLLY VANTERPOOL", ["HOLLY", "VANTERPOOL"],
                     id="census-name-that-is-a-word-beside-a-name"),
        pytest.param("SHIP TO: ISOLDE VANTERPOOL", ["ISOLDE", "VANTERPOOL"],
                     id="one-sense-word-beside-a-name"),
        pytest.param("ESCALATION FOR REPORT VANTERPOOL", [],
                     id="everyday-word-beside-a-lone-word"),
        pytest.param("SHIP TO: HOLLY TODAY", [], id="census-name-alone"),
        pytest.param("PLEASE REVIEW THE REPORT WITH QUELBRINK", ["QUELBRINK"],
                     id="shouting-a-lone-name-after-a-cue"),
        pytest.param("REMINDER FOR QUELBRINK: THE REPORT IS DUE", ["QUELBRINK"],
                     id="a-lone-name-after-a-cue-before-a-colon"),
        pytest.param("PLEASE SEND THE REPORT TO QUELBRINK TODAY URGENT", [],
                     id="the-phrase-goes-on-after-the-word"),
    ],
)  # fmt: skip
def test_unknown_words_in_capitals_are_title_cased(
    text: str, title_cased: list[str]
) -> None:
    """A name in capitals is read as a name; acronyms and shouting are not."""
    words = _ENGLISH | {"urgent", "ship", "to", "employee", "salary", "review"}
    recased = Recaser(
        EnglishWords(
            words | {"holly", "isolde", "escalation", "today"},
            everyday=words | {"holly", "escalation", "today"},
        ),
        known_words=frozenset({"SEPA", "CRM"}),
    ).recase(text)
    _assert_recased(recased, text, title_cased)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("SHIP TO: MAKENA O'DONNELL, 14 Harbour Lane, Ghent",
                     "MAKENA O'DONNELL", id="shipping-label"),
        pytest.param("Salary review: HARPREET PATIL - increase of 3%",
                     "HARPREET PATIL", id="form-line"),
        pytest.param("SHIP TO: HOLLY VANTERPOOL, 14 Harbour Lane, Ghent",
                     "HOLLY VANTERPOOL", id="first-name-that-is-a-word"),
    ],
)  # fmt: skip
def test_names_in_capitals_are_masked_alone(
    ner_analyzer: PresidioAnalyzer, text: str, name: str
) -> None:
    """The name is masked; the words around it are not swallowed."""
    spans = [
        (s.start, s.end)
        for s in ner_analyzer.analyze(text)
        if s.entity_type == "PERSON" and s.score >= DEFAULT_MIN_SCORE
    ]
    start = text.index(name)
    assert (start, start + len(name)) in spans
