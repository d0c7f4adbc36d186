"""Everyday words on a line in capitals are no name; names in capitals stay."""

from __future__ import annotations

import pytest

from redaction import DEFAULT_MIN_SCORE, PresidioAnalyzer
from redaction.capital_phrases import is_capital_phrase, without_trailing_words
from redaction.english_words import english_words
from redaction.folding import WORD
from redaction.name_gazetteer import census_gazetteer
from redaction.spans import EntitySpan

# Every name below is invented for these tests.
_LABELS = frozenset({"employee", "holder", "name"})


@pytest.mark.parametrize(
    ("text", "value", "is_phrase"),
    [
        pytest.param("WHAT ??? I DON'T KNOW WHAT TO PRESS NEXT!!!", "PRESS NEXT",
                     True, id="shouted-words"),
        pytest.param("THE TOTALS ARE WRONG. INVOICES ATTACHED.",
                     "INVOICES ATTACHED", True, id="a-note"),
        pytest.param("LEAVE RECORD\nEMPLOYEE: ZORVETTA QUELBRINK", "LEAVE RECORD",
                     False, id="the-last-word-a-surname"),
        pytest.param("URGENT - SKY FIELD NEEDS ADMIN RIGHTS", "SKY FIELD", False,
                     id="a-word-name-and-a-surname"),
        pytest.param("EMPLOYEE: CHIP SILVER", "CHIP SILVER", False,
                     id="after-a-person-label"),
        pytest.param("CALL MR PRESS NEXT WEEK", "PRESS NEXT", False,
                     id="after-a-title"),
        pytest.param("DATA CLEANUP FOR SKY BISHOP - DUPLICATES", "SKY BISHOP", False,
                     id="after-a-word-that-brings-a-person-in"),
        pytest.param("SIGNED: GIFT O'CONNOR", "GIFT O'CONNOR", False,
                     id="an-apostrophe-is-a-names-shape"),
        pytest.param("Overdue balances \u2013 CHIP SILVER", "CHIP SILVER", False,
                     id="a-line-not-in-capitals"),
        pytest.param("BAKER SMITH WILL CALL", "BAKER SMITH", False,
                     id="every-word-a-surname"),
        pytest.param("NAME | GRADE\nBISHOP, SKY | G18", "BISHOP, SKY", False,
                     id="surname-comma-given-name"),
        pytest.param("HOPE THIS HELPS", "HOPE THIS", False,
                     id="a-first-name-and-a-function-word"),
        pytest.param("I'D LIKE TO SPEAK WITH HUNTER ABOUT MY PENSION",
                     "SPEAK WITH HUNTER", False, id="a-name-after-with"),
        pytest.param("STAND-UP: PAT - DONE WEBSITE MAPPING", "PAT - DONE", False,
                     id="a-name-read-on-into-a-function-word"),
        pytest.param("WILL SMITH CALLED", "WILL SMITH", False,
                     id="a-function-word-that-is-a-first-name"),
        pytest.param('NPS 9/10: "HUNTER AND HONOR WERE GREAT"', "HUNTER AND HONOR",
                     False, id="names-joined-by-and"),
        pytest.param("PRESS NEXT", "PRESS", False, id="one-word"),
        pytest.param("SICK LEAVE: NILS OFF 25-28 JANUARY", "NILS OFF", False,
                     id="a-name-that-reads-as-a-plural"),
        pytest.param("ZORVETTA QUELBRINK CALLED", "ZORVETTA QUELBRINK", False,
                     id="no-dictionary-words"),
    ],
)  # fmt: skip
def test_capital_phrases(
    ner_analyzer: PresidioAnalyzer, text: str, value: str, is_phrase: bool
) -> None:
    english = english_words(ner_analyzer._engine.nlp_engine)
    start = text.index(value)
    span = EntitySpan("PERSON", start, start + len(value), 0.85)
    words = WORD.findall(text, span.start, span.end)
    found = is_capital_phrase(text, span, words, census_gazetteer(), english, _LABELS)
    assert found is is_phrase


def test_shouted_words_are_not_masked_and_names_in_capitals_are(
    ner_analyzer: PresidioAnalyzer,
) -> None:
    text = "WHAT ??? I DON'T KNOW WHAT TO PRESS NEXT!!! ASK ZORVETTA QUELBRINK"
    people = [
        text[s.start : s.end]
        for s in ner_analyzer.analyze(text)
        if s.entity_type == "PERSON" and s.score >= DEFAULT_MIN_SCORE
    ]
    assert "PRESS NEXT" not in people
    assert any("ZORVETTA QUELBRINK" in person for person in people)


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        pytest.param("I WRITE AGAIN. LIV QUELBRINK HERE TODAY.",
                     "LIV QUELBRINK HERE TODAY", "LIV QUELBRINK",
                     id="everyday-words-after-a-name"),
        pytest.param("I WANT TO SPEAK TO OC\u00c9ANE GIRARD TODAY",
                     "OC\u00c9ANE GIRARD TODAY", "OC\u00c9ANE GIRARD",
                     id="accented-name"),
        pytest.param("HARPER SAYS IT IS DOWN", "HARPER SAYS", "HARPER SAYS",
                     id="two-words-stay"),
        pytest.param("FRANK DE WIT, ROBIN", "FRANK DE WIT", "FRANK DE WIT",
                     id="after-a-particle"),
        pytest.param("MEGAN QUELBRINK STONE", "MEGAN QUELBRINK STONE",
                     "MEGAN QUELBRINK STONE", id="a-census-surname"),
        pytest.param("Megan Quelbrink here", "Megan Quelbrink here",
                     "Megan Quelbrink here", id="not-in-capitals"),
    ],
)  # fmt: skip
def test_everyday_words_in_capitals_are_cut_off_a_name(
    ner_analyzer: PresidioAnalyzer, text: str, value: str, kept: str
) -> None:
    english = english_words(ner_analyzer._engine.nlp_engine)
    start = text.index(value)
    span = EntitySpan("PERSON", start, start + len(value), 0.85)
    trimmed = without_trailing_words(
        text, span, census_gazetteer(), english, frozenset({"de", "van"})
    )
    assert text[trimmed.start : trimmed.end] == kept
