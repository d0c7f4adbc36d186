"""Names are typed as people, cut at verbs, and found in accented or plain forms."""

from __future__ import annotations

import pytest

from redaction import DEFAULT_MIN_SCORE, EntitySpan, PresidioAnalyzer, Redactor
from redaction.address_names import places_in_addresses
from redaction.english_words import EnglishWords
from redaction.name_gazetteer import NameGazetteer
from redaction.name_typing import NameTyper

# Every name below is invented for these tests.
_GAZETTEER = NameGazetteer(
    first_names=frozenset({"ilse", "celine", "megan", "grace"}),
    surnames=frozenset({"dupont", "hopper"}),
    everyday_words=frozenset({"grace"}),
    surname_endings=("ová", "sson"),
    given_name_syllables=frozenset({"hae", "won", "ji", "hoon"}),
    korean_surnames=frozenset({"park", "song"}),
)


def _kept(text: str, name: str, english: frozenset[str]) -> list[str]:
    """What the typer keeps of a PERSON span the model found over ``name``."""
    typer = NameTyper(_GAZETTEER, english_words=english)
    start = text.index(name)
    span = EntitySpan("PERSON", start, start + len(name), 0.85)
    return [text[s.start : s.end] for s in typer.settle(text, [span])]


def _masked(analyzer: PresidioAnalyzer, text: str) -> list[tuple[str, str]]:
    return [
        (span.entity_type, text[span.start : span.end])
        for span in analyzer.analyze(text)
        if span.score >= DEFAULT_MIN_SCORE
    ]


@pytest.mark.parametrize(
    ("text", "entity_type", "start", "end", "expected"),
    [
        pytest.param(
            "Call Ilse Vandermoortel", "ORGANIZATION", 0, 23,
            ("PERSON", "Ilse Vandermoortel"), id="verb-cut-and-retyped",
        ),
        pytest.param(
            "Call Petra Nováková", "LOCATION", 0, 19,
            ("PERSON", "Petra Nováková"), id="surname-ending",
        ),
        pytest.param(
            "Talvenor Engineering GmbH", "LOCATION", 0, 25,
            ("ORGANIZATION", "Talvenor Engineering GmbH"), id="legal-form",
        ),
        pytest.param(
            "Megan Road 12", "PERSON", 0, 13,
            ("LOCATION", "Megan Road 12"), id="street-is-a-place",
        ),
        pytest.param(
            "Brightlane Logistics", "ORGANIZATION", 0, 20,
            ("ORGANIZATION", "Brightlane Logistics"), id="unknown-stays",
        ),
        pytest.param(
            "37121 Megan\nItaly", "LOCATION", 0, 11,
            ("LOCATION", "37121 Megan"), id="postcode-and-town-stay-a-place",
        ),
        pytest.param(
            "I am in Hirvolka", "PERSON", 8, 16,
            ("LOCATION", "Hirvolka"), id="context-makes-a-place",
        ),
        pytest.param(
            "I am in Megan Dupont's office", "PERSON", 8, 20,
            ("PERSON", "Megan Dupont"), id="a-census-name-keeps-person",
        ),
        pytest.param(
            "1.Megan", "PERSON", 0, 7, ("PERSON", "Megan"),
            id="list-number-cut-off",
        ),
        pytest.param(
            "2 x Megan Sofa", "PERSON", 4, 14, ("ORGANIZATION", "Megan Sofa"),
            id="a-products-noun-makes-a-brand",
        ),
        pytest.param(
            "She worked with Mrs Hopper last year", "ORGANIZATION", 16, 26,
            ("PERSON", "Mrs Hopper"), id="a-title-and-a-surname",
        ),
        pytest.param(
            "The Prince Hopper bridge is closed", "LOCATION", 4, 17,
            ("LOCATION", "Prince Hopper"), id="a-royal-title-names-places-too",
        ),
        pytest.param(
            "School: Megan Academy", "PERSON", 8, 21,
            ("ORGANIZATION", "Megan Academy"), id="an-academy",
        ),
        pytest.param(
            "Grant for Project Megan submitted", "LOCATION", 10, 23,
            ("LOCATION", "Project Megan"), id="a-code-name-keeps-its-word",
        ),
        pytest.param(
            "I'm Megan Dupont, from the office", "PERSON", 0, 16,
            ("PERSON", "Megan Dupont"), id="a-pronoun-contraction-cut-off",
        ),
    ],
)  # fmt: skip
def test_name_spans_are_settled(
    text: str, entity_type: str, start: int, end: int, expected: tuple[str, str]
) -> None:
    """Spans are re-typed and trimmed by the gazetteer and the place words."""
    typer = NameTyper(_GAZETTEER)
    [settled] = typer.settle(text, [EntitySpan(entity_type, start, end, 0.85)])
    assert (settled.entity_type, text[settled.start : settled.end]) == expected


@pytest.mark.parametrize(
    ("text", "entity_type", "expected"),
    [
        pytest.param("Hello Zorvetta Quelbrink, thanks", "PERSON",
                     ("PERSON", "Zorvetta Quelbrink"), id="greeting"),
        pytest.param("Good morning Zorvetta", "PERSON", ("PERSON", "Zorvetta"),
                     id="two-greeting-words"),
        pytest.param("Hello Kitty Shop", "ORGANIZATION",
                     ("ORGANIZATION", "Hello Kitty Shop"), id="not-a-person"),
        pytest.param("Hello Zorvetta Shop", "PERSON",
                     ("PERSON", "Hello Zorvetta Shop"), id="dictionary-word-after"),
    ],
)  # fmt: skip
def test_a_greeting_is_cut_off_a_person(
    text: str, entity_type: str, expected: tuple[str, str]
) -> None:
    """Greeting words before name words are no part of the name."""
    english = frozenset({"hello", "good", "morning", "thanks", "kitty", "shop"})
    typer = NameTyper(_GAZETTEER, english_words=english)
    span = EntitySpan(
        entity_type, 0, text.index(",") if "," in text else len(text), 0.85
    )
    [settled] = typer.settle(text, [span])
    assert (settled.entity_type, text[settled.start : settled.end]) == expected


def test_surname_alone_is_found_again() -> None:
    """A found person's surname standing alone later is a person too."""
    text = "Directed by Ilse Vandermoortel, starring Vandermoortel."
    typer = NameTyper(_GAZETTEER)
    spans = typer.settle(text, [EntitySpan("PERSON", 12, 30, 0.85)])
    assert [text[s.start : s.end] for s in spans] == [
        "Ilse Vandermoortel",
        "Vandermoortel",
    ]


def test_other_types_pass_through() -> None:
    """Numbers and addresses are never re-typed."""
    span = EntitySpan("PHONE_NUMBER", 4, 10, 0.7)
    assert NameTyper(_GAZETTEER).settle("Tel 123456", [span]) == [span]


@pytest.mark.parametrize(
    ("word", "is_first_name"),
    [
        pytest.param("Céline", True, id="accented"),
        pytest.param("MEGAN", True, id="capitals"),
        pytest.param("Grace", False, id="everyday-word"),
        pytest.param("Invoice", False, id="not-a-name"),
        pytest.param("Megan-Céline", True, id="hyphenated-pair"),
        pytest.param("Grace-Megan", True, id="hyphenated-one-distinctive"),
        pytest.param("Grace-Grace", False, id="hyphenated-everyday-only"),
        pytest.param("Megan-Invoice", False, id="hyphenated-with-a-word"),
        pytest.param("Hae-won", True, id="korean-given-name"),
        pytest.param("Go-live", False, id="hyphenated-words"),
    ],
)
def test_first_names_exclude_everyday_words(word: str, is_first_name: bool) -> None:
    """A first name that is also an everyday word does not count alone."""
    assert _GAZETTEER.is_first_name(word) is is_first_name


@pytest.mark.parametrize(
    ("given", "word", "expected"),
    [
        pytest.param("Hae-won", "Park", True, id="korean-given-name"),
        pytest.param("Ji-hoon", "Song", True, id="another-family-name"),
        pytest.param("Hyde", "Park", False, id="not-a-korean-given-name"),
        pytest.param("Hae-won", "Road", False, id="not-a-family-name"),
    ],
)
def test_korean_family_names_after_a_given_name(
    given: str, word: str, expected: bool
) -> None:
    assert _GAZETTEER.is_korean_surname_after(given, word) is expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Meeting with Céline Dupont about the invoice.", "Céline Dupont",
            id="no-deny-list-entry",
        ),
        pytest.param(
            "Meeting with Ce\u0301line Dupont about the invoice.",
            "Ce\u0301line Dupont", id="decomposed-accent",
        ),
        pytest.param("Call Ilse Vandermoortel", "Ilse Vandermoortel", id="verb"),
        pytest.param("Megan lives on the third floor.", "Megan", id="lone-first"),
        pytest.param(
            "follow up with patricia desrosiers next week", "patricia desrosiers",
            id="lower-case",
        ),
        pytest.param("Min-jun Park approved.", "Min-jun Park", id="korean-park"),
        pytest.param("Maja Sigurdsson reports that the site is down.",
                     "Maja Sigurdsson", id="given-name-in-the-dictionary"),
        pytest.param("The review moved; Sander Jansen will present.",
                     "Sander Jansen", id="given-name-a-tool-too"),
        pytest.param("\u2022 Hae-won Park \u2013 CFO", "Hae-won Park",
                     id="korean-park-in-a-list"),
        pytest.param("To:\nPark Jae-sung\nAurora Tours ehf.", "Park Jae-sung",
                     id="korean-park-first"),
    ],
)  # fmt: skip
def test_people_are_found_as_person(
    ner_analyzer: PresidioAnalyzer, text: str, name: str
) -> None:
    """The whole name, and nothing more, is found as PERSON."""
    assert ("PERSON", name) in _masked(ner_analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Grace period ends on Friday.", id="everyday-first-name"),
        pytest.param("The invoice is due in March.", id="month"),
        pytest.param("Santa Barbara office opens.", id="place-before-name"),
    ],
)
def test_everyday_words_are_not_people(
    ner_analyzer: PresidioAnalyzer, text: str
) -> None:
    """Capitalised everyday words and place names are not masked as people."""
    assert [t for t, _ in _masked(ner_analyzer, text) if t == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Ask Ce\u0301line Dupont today", "Ce\u0301line Dupont", id="nfd"),
        pytest.param("Ask Céline Dupont today", "Céline Dupont", id="nfc"),
        pytest.param(
            "Ask 🚀 Megan Ma\u0301rquez today", "Megan Ma\u0301rquez", id="nfd-emoji"
        ),
    ],
)
def test_decomposed_text_keeps_offsets(
    ner_redactor: Redactor, text: str, name: str
) -> None:
    """A decomposed name is masked whole; no accent mark is left behind."""
    redacted = ner_redactor.scope(f"nfd-{text}").redact(text)
    assert redacted.text.startswith("Ask ")
    assert name not in redacted.text
    assert "\u0301" not in redacted.text and "\u0308" not in redacted.text
    assert redacted.text.endswith(" today")


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        pytest.param(
            "Koskikatu 25 Apt. 864\nArtilleros\nUruguay", "Artilleros", "LOCATION",
            id="line-after-street",
        ),
        pytest.param(
            "Søndergade 52, Megan Dupont", "Megan Dupont", "LOCATION",
            id="after-a-comma",
        ),
        pytest.param(
            "Søndergade 52\nAttn: Megan Dupont", "Megan Dupont", "PERSON",
            id="words-between",
        ),
        pytest.param(
            "Megan Dupont\nSøndergade 52", "Megan Dupont", "PERSON",
            id="name-before-address",
        ),
        pytest.param(
            "Søndergade 52", "Søndergade", "LOCATION", id="inside-the-street",
        ),
        pytest.param(
            "drops you off at Dalmatinova 43a.", "Dalmatinova", "LOCATION",
            id="before-a-house-number",
        ),
        pytest.param(
            "Report by Megan Dupont 2024 edition", "Megan Dupont", "PERSON",
            id="before-a-year",
        ),
        pytest.param(
            "The taxi waits at Rua Oscar Freire today.", "Rua Oscar Freire",
            "LOCATION", id="opens-with-a-street-word",
        ),
    ],
)  # fmt: skip
def test_a_person_that_is_part_of_an_address_is_a_place(
    text: str, person: str, expected: str
) -> None:
    """Street and town names the model reads as people become LOCATION."""
    spans = [
        EntitySpan("PERSON", text.index(person), text.index(person) + len(person), 0.85)
    ]
    if "Søndergade 52" in text:
        street = text.index("Søndergade 52")
        spans.append(EntitySpan("LOCATION", street, street + 13, 0.85))
    if "Apt. 864" in text:
        spans.append(EntitySpan("LOCATION", 0, text.index("Apt. 864") + 8, 0.85))
    settled = NameTyper(_GAZETTEER).settle(text, spans)
    [found] = [
        s for s in settled if s.start == text.index(person) and s.end == spans[0].end
    ]
    assert found.entity_type == expected


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        pytest.param("The taxi waits at Rua Oscar Freire today.", "Rua Oscar Freire",
                     "LOCATION", id="opens-with-a-street-word"),
        pytest.param("Dipendente: Corso Leandro\nReparto: Contabilità",
                     "Corso Leandro", "PERSON", id="surname-first-like-corso"),
        pytest.param("Il sig. Piazza Maarten ha firmato il contratto.",
                     "Piazza Maarten", "PERSON", id="surname-first-like-piazza"),
        pytest.param("Firmato: Strada Elin, ufficio acquisti", "Strada Elin",
                     "PERSON", id="surname-first-like-strada"),
    ],
)  # fmt: skip
def test_a_street_word_opening_a_person_makes_it_a_place(
    text: str, person: str, expected: str
) -> None:
    """A street word opens a street, unless it is a surname too ("Corso")."""
    start = text.index(person)
    span = EntitySpan("PERSON", start, start + len(person), 0.85)
    [found] = places_in_addresses(text, [span], lambda word: False)
    assert found.entity_type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Megan Vandaele wrote. Later vandaele and Vandaele agreed.",
            ["vandaele", "Vandaele"],
            id="surname-in-any-case",
        ),
        pytest.param(
            "Megan Hopper wrote. The hopper is full, Hopper said.",
            ["Hopper"],
            id="dictionary-surname-only-as-written",
        ),
        pytest.param(
            "Radomir wrote. Ask radomir or RADOMIR.",
            ["radomir", "RADOMIR"],
            id="a-lone-name-in-any-case",
        ),
    ],
)
def test_parts_of_a_found_name_are_found_again(text: str, expected: list[str]) -> None:
    typer = NameTyper(_GAZETTEER, english_words=frozenset({"hopper", "wrote"}))
    name_end = text.index(" wrote")
    settled = typer.settle(text, [EntitySpan("PERSON", 0, name_end, 0.85)])
    repeats = [text[s.start : s.end] for s in settled if s.start > name_end]
    assert sorted(repeats) == sorted(expected)


def test_a_lone_name_that_is_a_word_is_found_again_as_written() -> None:
    text = "Hello Joy, thanks. Joy to send pricing, with joy."
    typer = NameTyper(_GAZETTEER, english_words=frozenset({"joy", "send", "hello"}))
    name = text.index("Joy")
    settled = typer.settle(text, [EntitySpan("PERSON", name, name + 3, 0.85)])
    assert sorted(text[s.start : s.end] for s in settled) == ["Joy", "Joy"]
    assert all(s.start != text.index("joy") for s in settled)


_GROUP_TYPER = NameTyper(
    _GAZETTEER,
    english_words=frozenset(
        {"welcome", "aboard", "the", "belgian", "team", "and", "catholics",
         "vendor", "portal", "open", "english", "dupont"}
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "group", "expected"),
    [
        pytest.param("Welcome aboard, Zorvetta Hopper!", "Zorvetta Hopper",
                     "PERSON", id="unknown-and-census-names"),
        pytest.param("Welcome aboard, Megan!", "Megan", "PERSON", id="census-name"),
        pytest.param("The Belgian team", "Belgian", "NRP", id="nationality"),
        pytest.param("The Catholics", "Catholics", "NRP", id="group"),
        pytest.param("Open Vendorportal", "Vendorportal", "NRP", id="compound-jargon"),
        pytest.param("The Dupont team", "Dupont", "NRP", id="census-word"),
    ],
)  # fmt: skip
def test_a_group_made_of_names_is_a_person(
    text: str, group: str, expected: str
) -> None:
    """The model calls some unfamiliar names a nationality or group (NORP)."""
    start = text.index(group)
    span = EntitySpan("NRP", start, start + len(group), 0.85)
    settled = _GROUP_TYPER.settle(text, [span])
    assert [(s.entity_type, text[s.start : s.end]) for s in settled] == [
        (expected, group)
    ]


def test_the_analyzer_masks_a_name_the_model_calls_a_group(
    ner_analyzer: PresidioAnalyzer,
) -> None:
    """Found as PERSON; the groups themselves stay unreported (not masked).

    Another rule may find the same name too: the redactor merges them.
    """
    text = "Welcome aboard, Hamza Darwish!"
    assert set(_masked(ner_analyzer, text)) == {("PERSON", "Hamza Darwish")}
    assert _masked(ner_analyzer, "Our Belgian and Flemish clients") == []


def test_a_signature_above_its_firm_stays_a_person(ner_redactor: Redactor) -> None:
    """The firm's line under a name does not make the name a firm."""
    text = (
        "From: Thibault Brinkhorst <tb@example.com>\n\nHi Katrien,\n"
        "the export is uploaded. Milestone M3 is due on 2024-05-13.\n\n-- \n"
        "Thibault Brinkhorst\nTalvenor Engineering GmbH\nKeizersgracht 177\n"
        "1015 CJ Amsterdam\nMobile: +1 604 555 4100"
    )
    redacted = ner_redactor.scope("signature").redact(text).text
    assert "Brinkhorst" not in redacted


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("--\nIoana Popescu\nData Protection Officer | Tessera BV\n",
                     "Ioana Popescu", id="title-under-a-name"),
        pytest.param("--\nSunny Hartley\nKey User | Brightwave GmbH\n",
                     "Sunny Hartley", id="title-under-a-word-name"),
    ],
)  # fmt: skip
def test_a_job_title_is_no_person(ner_redactor: Redactor, text: str, name: str) -> None:
    """The title under a signature's name stays readable; the name does not."""
    redacted = ner_redactor.scope("titles").redact(text).text
    title = text.splitlines()[2].split(" |")[0]
    assert name not in redacted
    assert title in redacted


def test_an_initial_and_a_name_the_dictionary_knows_stay_a_person() -> None:
    """ "C.Delacroix" is a person though WordNet knows the painter; "C.Next"
    is no one."""
    english = EnglishWords({"c", "delacroix", "next"}, everyday={"c", "next"})
    typer = NameTyper(_GAZETTEER, english_words=english)
    for text, expected in (("C.Delacroix prepares it", 1), ("C.Next comes", 0)):
        end = text.index(" ")
        settled = typer.settle(text, [EntitySpan("PERSON", 0, end, 0.85)])
        assert len([s for s in settled if s.entity_type == "PERSON"]) == expected


@pytest.mark.parametrize(
    ("text", "name", "is_kept"),
    [
        pytest.param("Thanks,\nTorvik", "Torvik", True, id="signature"),
        pytest.param("Best\nTorvik Q.", "Torvik Q.", True, id="word-and-initial"),
        pytest.param("Torvik,\nthe file is in.", "Torvik", True, id="greeting"),
        pytest.param("Thanks,\nNext", "Next", True, id="everyday-word-signing"),
        pytest.param("Torvik View\n", "Torvik View", False, id="two-words"),
        pytest.param("Torvik view of it\n", "Torvik", False, id="opening-a-line"),
    ],
)  # fmt: skip
def test_a_dictionary_word_alone_on_its_line_stays_a_name(
    text: str, name: str, is_kept: bool
) -> None:
    """Where the model found a person alone on a line, a signature or a
    greeting, the dictionary does not overrule it."""
    english = EnglishWords({"torvik", "next", "view", "q"}, everyday={"next", "view"})
    assert (name in _kept(text, name, english)) is is_kept


@pytest.mark.parametrize(
    ("text", "word", "is_kept"),
    [
        pytest.param('{"tier": "hopper", "id": 7}', "hopper", False, id="json-value"),
        pytest.param('{"hopper": 1}', "hopper", False, id="json-key"),
        pytest.param("Well done! #hopper", "hopper", False, id="hashtag"),
        pytest.param("[09:15] hopper: on it", "hopper", True, id="chat-speaker"),
        pytest.param('{"name": "megan"}', "megan", True, id="census-first-name"),
        pytest.param('{"name": "Hopper"}', "Hopper", True, id="capitalised"),
        pytest.param('{"assignee": "hopper"}', "hopper", True, id="person-key"),
        pytest.param('{"owner_login": "hopper"}', "hopper", True,
                     id="person-key-in-snake-case"),
        pytest.param('{"createdBy": "hopper"}', "hopper", True,
                     id="person-key-in-camel-case"),
        pytest.param('ask "hopper" about it', "hopper", True, id="quoted-in-prose"),
    ],
)  # fmt: skip
def test_a_lower_case_word_alone_in_quotes_is_no_name(
    text: str, word: str, is_kept: bool
) -> None:
    """A census surname that is a word ("hopper"), in lower case, is no
    person as a JSON key, the value of a key for no person, or a hashtag."""
    words = {"hopper", "megan", "tier", "name"}
    assert bool(_kept(text, word, EnglishWords(words, everyday=words))) is is_kept


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        pytest.param("Ring Al-Masri-Kendrick Associates today.", "Al-Masri",
                     ("ORGANIZATION", "Al-Masri-Kendrick"),
                     id="firm-word-after-the-widened-name"),
        pytest.param("Ring van der Berg-Hunt Associates today.", "van der Berg",
                     ("ORGANIZATION", "van der Berg-Hunt"), id="after-particles"),
    ],
)  # fmt: skip
def test_a_name_widened_up_to_a_firm_word_is_typed_again(
    text: str, found: str, expected: tuple[str, str]
) -> None:
    start = text.index(found)
    span = EntitySpan("PERSON", start, start + len(found), 0.85)
    settled = NameTyper(_GAZETTEER).settle(text, [span])
    assert [(s.entity_type, text[s.start : s.end]) for s in settled] == [expected]
