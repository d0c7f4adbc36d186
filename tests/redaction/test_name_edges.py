"""Titles, initials and census names beside a found name are masked with it."""

from __future__ import annotations

import pytest

from redaction import EntitySpan
from redaction.english_words import EnglishWords
from redaction.name_edges import NameEdges
from redaction.name_gazetteer import NameGazetteer
from redaction.name_words import UnknownWords

# Every name below is invented for these tests.
_GAZETTEER = NameGazetteer(
    first_names=frozenset({"lily", "megan", "in"}),
    surnames=frozenset({"nolan", "holst", "dear", "vermeulen", "do"}),
    everyday_words=frozenset(),
    surname_endings=(),
)
_ENGLISH = frozenset(
    {"dear", "lily", "in", "ask", "send", "it", "to", "today", "wrote", "view",
     "thanks", "will", "friends", "and", "others", "now", "signed", "cheers",
     "spoke", "the", "account", "was", "handed", "over", "pinged", "vendor",
     "do", "refund"}
)  # fmt: skip
_EDGES = NameEdges(
    _GAZETTEER, english_words=_ENGLISH, unknown=UnknownWords(_ENGLISH, ("Postgres",))
)


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        pytest.param(
            "Ask Dr. Megan Holst today", "Megan Holst", "Dr. Megan Holst",
            id="title",
        ),
        pytest.param("Minutes: Zorvetta B.\nDone", "Zorvetta B", "Zorvetta B.",
                     id="initial-keeps-its-dot"),
        pytest.param("Removed by Quelbrink M.", "Quelbrink M", "Quelbrink M.",
                     id="initial-ending-a-sentence"),
        pytest.param("Ask Zorvetta.", "Zorvetta", "Zorvetta", id="one-word-no-initial"),
        pytest.param("Mai Ly will join.", "Mai", "Mai Ly", id="short-surname"),
        pytest.param("not about Vo Zorvetta Quelbrink", "Zorvetta Quelbrink",
                     "Vo Zorvetta Quelbrink", id="short-surname-first"),
        pytest.param("Đỗ Zorvetta Quelbrink signed", "Zorvetta Quelbrink",
                     "Đỗ Zorvetta Quelbrink", id="accented-short-surname-opening"),
        pytest.param("Do Zorvetta Quelbrink a favour", "Zorvetta Quelbrink",
                     "Zorvetta Quelbrink", id="short-word-opening-a-sentence"),
        pytest.param("per zorvetta xu today", "zorvetta", "zorvetta xu",
                     id="lower-case-short-surname"),
        pytest.param("ask zorvetta do it", "zorvetta", "zorvetta",
                     id="lower-case-short-word"),
        pytest.param("We thanked Zorvetta ten Quelbrink.", "Zorvetta",
                     "Zorvetta ten Quelbrink", id="particle-before-a-surname"),
        pytest.param("Ask Zorvetta ten tooling", "Zorvetta", "Zorvetta",
                     id="particle-before-a-lower-case-word"),
        pytest.param("Zorvetta Quelbrink van Ekdahl Software belde",
                     "Zorvetta Quelbrink", "Zorvetta Quelbrink",
                     id="van-as-a-preposition"),
        pytest.param("Present: Ines al-Quelbrink", "Ines", "Ines al-Quelbrink",
                     id="particle-glued-to-a-surname"),
        pytest.param("Signed: Dalia al-Quelbrink Esq.", "Dalia al-",
                     "Dalia al-Quelbrink Esq.",
                     id="closed-on-the-hyphen"),
        pytest.param("Ask Megan al-tooling", "Megan", "Megan",
                     id="particle-glued-to-a-lower-case-word"),
        pytest.param("member x. zorvetta earned", "zorvetta", "x. zorvetta",
                     id="lower-case-initial-with-a-stop"),
        pytest.param("see e.g. zorvetta", "zorvetta", "zorvetta",
                     id="abbreviation-is-no-initial"),
        pytest.param("by megan zorvetta-quelbrink.", "megan",
                     "megan zorvetta-quelbrink", id="lower-case-hyphenated-surname"),
        pytest.param("by megan qüelbrink today", "megan", "megan qüelbrink",
                     id="lower-case-accented-surname"),
        pytest.param("by megan signed-off today", "megan", "megan",
                     id="lower-case-hyphenated-words"),
        pytest.param("for megan da quelbrink, now", "megan", "megan da quelbrink",
                     id="lower-case-particle-surname"),
        pytest.param("Per HR, R. Megan das Quelbrink's leave", "R. Megan",
                     "R. Megan das Quelbrink",
                     id="particle-surname-before-a-possessive"),
        pytest.param("Frau Megan Holst das Angebot", "Megan Holst", "Frau Megan Holst",
                     id="german-article-before-a-noun"),
        pytest.param("Megan Holst zu Quelbrink", "Megan Holst", "Megan Holst",
                     id="german-preposition-joins-no-surname"),
        pytest.param("let Megan Holst do Account work", "Megan Holst", "Megan Holst",
                     id="english-do-before-a-word"),
        pytest.param("Megan Holst do Quelbrink", "Megan Holst",
                     "Megan Holst do Quelbrink", id="do-before-a-surname"),
        pytest.param("ask Megan Holst do Monday", "Megan Holst", "Megan Holst",
                     id="no-hanging-particle"),
        pytest.param("Há Megan Holst aqui", "Megan Holst", "Megan Holst",
                     id="accented-word-is-no-vietnamese-surname"),
        pytest.param("the laptop for zorvetta võ today", "zorvetta", "zorvetta võ",
                     id="lower-case-accented-short-surname"),
        pytest.param("I AM MEGAN QUELBRINK'S ACCOUNTANT", "MEGAN", "MEGAN QUELBRINK",
                     id="capitals-surname-after-before-a-possessive"),
        pytest.param("SPOKE TO MEGAN ACCOUNT TEAM", "MEGAN", "MEGAN",
                     id="capitals-word-after-a-name"),
        pytest.param("SIGNED OFF BY MEGAN K. HOLST.", "MEGAN K.", "MEGAN K. HOLST",
                     id="capitals-surname-after-an-initial"),
        pytest.param("I WRITE AGAIN. MEGAN QUELBRINK HERE. PLEASE CALL",
                     "MEGAN QUELBRINK", "MEGAN QUELBRINK",
                     id="capitals-word-before-a-full-stop"),
        pytest.param("ask megan da refund", "megan", "megan",
                     id="lower-case-particle-before-a-word"),
        pytest.param("NOLAN Sonny - annual review", "Sonny", "NOLAN Sonny",
                     id="capitals-surname-first"),
        pytest.param("URGENT Sonny call me", "Sonny", "Sonny",
                     id="capitals-word-before-a-name"),
        pytest.param("SPOKE DEAR SONNY", "SONNY", "SONNY", id="all-capitals-text"),
        pytest.param("SPOKE DEAR Sonny", "Sonny", "DEAR Sonny",
                     id="capitals-surname-that-is-a-word"),
        pytest.param("Dahye Oh called", "Dahye", "Dahye Oh", id="short-korean-surname"),
        pytest.param("Ask Mai if so", "Mai", "Mai", id="short-word-not-a-surname"),
        pytest.param("Refund to Do Zorvetta now", "Zorvetta", "Do Zorvetta",
                     id="two-letter-surname-that-is-a-word"),
        pytest.param("Do Zorvetta a favour", "Zorvetta", "Zorvetta",
                     id="two-letter-surname-opening-a-sentence"),
        pytest.param("Mr Mc Quelbrink approved", "Quelbrink", "Mr Mc Quelbrink",
                     id="prefix-written-apart"),
        pytest.param(
            "Mrs Megan Holst DDS wrote", "Megan Holst", "Mrs Megan Holst DDS",
            id="title-and-suffix",
        ),
        pytest.param(
            "Send it to Lily Nolan today", "Nolan", "Lily Nolan",
            id="first-name-that-is-a-word",
        ),
        pytest.param(
            "Lily Nolan wrote", "Nolan", "Nolan",
            id="word-name-opening-a-sentence",
        ),
        pytest.param("In Nolan's view", "Nolan", "Nolan", id="function-word"),
        pytest.param(
            "Ship to: Lily Nolan", "Nolan", "Lily Nolan",
            id="first-name-that-is-a-word-after-a-label",
        ),
        pytest.param(
            "Done. Lily Nolan wrote", "Nolan", "Nolan",
            id="first-name-that-is-a-word-after-a-full-stop",
        ),
        pytest.param(
            "Dear Megan Holst,", "Megan Holst", "Megan Holst",
            id="cue-that-is-a-surname",
        ),
        pytest.param(
            "Ask Megan S Vermeulen now", "Megan", "Megan S Vermeulen",
            id="initial-and-surname-after",
        ),
        pytest.param("Thanks, Holst. Vermeulen", "Holst", "Holst", id="sentence-end"),
        pytest.param(
            "Megan Holst Jr. will", "Megan Holst", "Megan Holst Jr.",
            id="suffix-with-stop",
        ),
        pytest.param("Megan, Holst and others", "Megan", "Megan", id="comma-ends-it"),
        pytest.param("Vendors: Megan, Oyelaran.", "Megan,", "Megan,",
                     id="comma-inside-the-span-ends-it"),
        pytest.param(
            "Megan Holst Dear friends", "Megan Holst", "Megan Holst",
            id="dictionary-surname-after",
        ),
        pytest.param(
            "Freya Bergstrom pinged the vendor", "Bergstrom", "Freya Bergstrom",
            id="unknown-word-before",
        ),
        pytest.param(
            "Ask Megan Oyelaran now", "Megan", "Megan Oyelaran",
            id="unknown-word-after",
        ),
        pytest.param(
            "Postgres Megan Holst", "Megan Holst", "Megan Holst",
            id="allowed-term-before",
        ),
        pytest.param(
            "Spoke to Mr. da Silva today", "Silva", "Mr. da Silva",
            id="particle-and-title",
        ),
        pytest.param(
            "Dear Mr Dos Quelbrink,", "Quelbrink", "Mr Dos Quelbrink",
            id="capitalised-particle",
        ),
        pytest.param(
            "is De la Quelbrink on leave?", "la Quelbrink", "De la Quelbrink",
            id="capitalised-particle-before-a-lower-case-one",
        ),
        pytest.param(
            "Der Quelbrink kommt", "Quelbrink", "Quelbrink",
            id="capitalised-article",
        ),
        pytest.param(
            "cc koen van de velde on it", "koen van de", "koen van de velde",
            id="lower-case-name-closed-on-particles",
        ),
        pytest.param(
            "danke zorvetta von der quelbrink", "zorvetta von",
            "zorvetta von der quelbrink", id="particles-then-the-surname",
        ),
        pytest.param(
            "Spoke to Megan de la Oyelaran today", "Megan de la",
            "Megan de la Oyelaran", id="capitalised-name-closed-on-particles",
        ),
        pytest.param(
            "ver pago de marzo", "pago de", "pago de",
            id="particle-before-a-month",
        ),
        pytest.param(
            "Mevrouw Vos van de inkoop belt terug", "Mevrouw Vos van de",
            "Mevrouw Vos van de", id="capitalised-name-before-a-lower-case-word",
        ),
        pytest.param(
            "Customer contact Gábor Le signed on tablet", "Gábor Le", "Gábor Le",
            id="capitalised-particle-surname-before-a-verb",
        ),
        pytest.param(
            "cc koen van de, velde", "koen van de", "koen van de",
            id="particle-before-a-comma",
        ),
        pytest.param(
            "stuur het naar pieter van de op maandag", "pieter van de",
            "pieter van de", id="particles-before-a-function-word",
        ),
        pytest.param(
            "Cheers,\nAmal v.", "Amal", "Amal v.", id="lower-case-initial",
        ),
        pytest.param(
            "handed over to Jan-Erik Blackwood", "Erik Blackwood",
            "Jan-Erik Blackwood", id="hyphen-glued-before",
        ),
        pytest.param(
            "Signed: W. O'Donnell", "Donnell", "W. O'Donnell", id="elision-glued",
        ),
        pytest.param(
            "Ask Megan Holst-Vermeulen", "Megan Holst", "Megan Holst-Vermeulen",
            id="hyphen-glued-after",
        ),
        pytest.param(
            "yes, and jae-hyun lee confirmed it", "hyun lee", "jae-hyun lee",
            id="lower-case-hyphen-glued-before",
        ),
        pytest.param(
            "ask ana-maria lee-ferris now", "maria lee", "ana-maria lee-ferris",
            id="lower-case-glued-both-sides",
        ),
        pytest.param(
            "Ask Megan Holst-based teams", "Megan Holst", "Megan Holst",
            id="lower-case-word-after-a-capitalised-name",
        ),
        pytest.param(
            "spoke with nkechi.oyelaran today", "nkechi", "nkechi.oyelaran",
            id="lower-case-handle-dot-after",
        ),
        pytest.param(
            "assigned to ravi_oyelaran now", "ravi", "ravi_oyelaran",
            id="lower-case-handle-underscore-after",
        ),
        pytest.param(
            "ping m.oyelaran today", "oyelaran", "m.oyelaran",
            id="lower-case-handle-initial-before",
        ),
        pytest.param(
            "mail ravi.oyelaran@example.com now", "ravi", "ravi",
            id="lower-case-handle-of-an-e-mail-address",
        ),
        pytest.param(
            "see ravi.oyelaran.example.com", "ravi", "ravi",
            id="lower-case-host-name",
        ),
    ],
)  # fmt: skip
def test_person_spans_grow_over_titles_and_names(
    text: str, found: str, expected: str
) -> None:
    start = text.index(found)
    span = _EDGES.widen(text, EntitySpan("PERSON", start, start + len(found), 0.85))
    assert text[span.start : span.end] == expected


_RARE_ENGLISH = EnglishWords(_ENGLISH | {"isolde"}, everyday=_ENGLISH)
_RARE_EDGES = NameEdges(
    _GAZETTEER,
    english_words=_RARE_ENGLISH,
    unknown=UnknownWords(_RARE_ENGLISH, ("Postgres",)),
)


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        pytest.param("Ship to: Isolde Nolan", "Nolan", "Isolde Nolan",
                     id="one-sense-word-after-a-label"),
        pytest.param("Ask Isolde Nolan now", "Nolan", "Isolde Nolan",
                     id="one-sense-word-inside-a-sentence"),
        pytest.param("Isolde Nolan wrote", "Nolan", "Nolan",
                     id="one-sense-word-opening-a-sentence"),
        pytest.param("Send it to Vendor Nolan", "Nolan", "Nolan",
                     id="everyday-word"),
    ],
)  # fmt: skip
def test_one_sense_words_join_a_name_inside_a_sentence(
    text: str, found: str, expected: str
) -> None:
    """Given names the dictionary knows in one sense only join the name."""
    start = text.index(found)
    span = _RARE_EDGES.widen(
        text, EntitySpan("PERSON", start, start + len(found), 0.85)
    )
    assert text[span.start : span.end] == expected


def test_other_types_are_left_alone() -> None:
    text = "Dr. Holst Street 4"
    span = EntitySpan("LOCATION", 4, 18, 0.85)
    assert _EDGES.widen(text, span) == span
