"""The people of a pasted chat log are found in any case; bots and teams are not."""

from __future__ import annotations

import pytest

from redaction import PresidioAnalyzer
from redaction.recognizers.chat_speakers import ChatSpeakerRecognizer
from tests.support.people import people_found

# Every name below is invented for these tests.


def test_lower_case_speakers_and_their_mentions(ner_analyzer: PresidioAnalyzer) -> None:
    text = (
        "zorvetta > ask zorvetta, they did the rental setup\n"
        "support bot > thx zorvetta!!\n"
        "quelbrink > ok will ping zorvetta then\n"
        "odoobot > will check after lunch"
    )
    found = people_found(ner_analyzer, text)
    assert found.count("zorvetta") == 4
    assert "quelbrink" in found
    assert not any("bot" in name or "will" in name for name in found)


def test_stamped_lines_and_a_word_name_beside_a_person(
    ner_analyzer: PresidioAnalyzer,
) -> None:
    text = (
        "[13:00] zorvetta ekdahl: brb\n"
        "[13:05] hope: the customer called again\n"
        "[13:10] you: deploying now\n"
        "[13:15] zorvetta: hope is off today"
    )
    found = people_found(ner_analyzer, text)
    assert "zorvetta ekdahl" in " ".join(found) or "zorvetta" in found
    # The speaker "hope"; "hope is off today" may be read either way.
    assert found.count("hope") >= 1
    assert "you" not in found


def test_handles_that_spell_a_name(ner_analyzer: PresidioAnalyzer) -> None:
    text = (
        "[16:54] zorvetta_ekdahl: ping quelbrink about it\n"
        "[16:55] jean-marc.quelbrink: ok will do\n"
        "[16:56] support.team: closing the thread\n"
        "[16:57] odoo_bot: done\n"
        "[16:58] zorvetta_ekdahl: thx"
    )
    found = people_found(ner_analyzer, text)
    assert found.count("zorvetta_ekdahl") == 2
    assert "jean-marc.quelbrink" in found
    assert "quelbrink" in found  # the handle's name words, wherever they stand
    assert not any("support" in name or "bot" in name for name in found)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Subject: Invoice\nFrom: Sales\nStatus: open\nPriority: high",
                     id="header-fields"),
        pytest.param("support bot: hi\nyou: hello\noperator: ok thx", id="no-person"),
        pytest.param(
            "Sales Team: Europe\nnit: rename it to `total`\n"
            "Ship to: Warehouse B\nPath: Accounting > Invoices\nDUE: 1 Mar 2026",
            id="field-lines-with-a-function-word",
        ),
    ],
)  # fmt: skip
def test_logs_without_people_or_too_short(
    ner_analyzer: PresidioAnalyzer, text: str
) -> None:
    assert people_found(ner_analyzer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("al: hi there\ned: hello\njo: ok will do\nal: thanks",
                     id="lower-case-short-names"),
        pytest.param("Bo: can you check?\nPer: yes\nBo: thanks", id="nordic-names"),
    ],
)  # fmt: skip
def test_short_given_names_that_are_function_words_still_speak(
    ner_analyzer: PresidioAnalyzer, text: str
) -> None:
    """Short given names ("Al", "Per") are no function words here."""
    found = people_found(ner_analyzer, text)
    speakers = {line.split(":")[0] for line in text.splitlines()}
    assert speakers <= set(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("Why are the invoices stuck in draft?\nZorvetta: on it, "
                     "probably the lock date", ["Zorvetta"],
                     id="answers-in-lower-case"),
        pytest.param("Why are they stuck?\nZorvetta: The lock date.", [],
                     id="a-field-in-capitals"),
        pytest.param("Invoices are stuck.\nStatus: on hold since monday", [],
                     id="a-dictionary-label"),
        pytest.param("Betreff: neue rechnung fuer den kunden", [],
                     id="a-mail-header-label"),
        pytest.param("call me when you land\nzorvetta quelbrink: will do",
                     ["zorvetta quelbrink"], id="a-full-name-in-lower-case"),
        pytest.param("Why?\nnext steps: see below", [], id="dictionary-words"),
        pytest.param("can you check the export?\nana-sofia: ok will do",
                     ["ana-sofia"], id="a-first-name-in-lower-case"),
    ],
)  # fmt: skip
def test_a_lone_speaker_line(text: str, found: list[str]) -> None:
    dictionary = frozenset(
        {"status", "hold", "since", "lock", "date", "stuck", "next", "steps"}
    )
    results = ChatSpeakerRecognizer().find(text, dictionary)
    assert [text[r.start : r.end] for r in results] == found


def test_speakers_in_angle_brackets(ner_analyzer: PresidioAnalyzer) -> None:
    """An IRC-style log ("10:02 <nick> text") names its speakers too."""
    text = (
        "10:02 <zorvetta> ping\n"
        "10:03 <quelbrink> pong\n"
        "10:04 <zorvetta> export done\n"
        "10:05 <odoobot> ok"
    )
    found = people_found(ner_analyzer, text)
    assert found.count("zorvetta") == 2
    assert "quelbrink" in found
    assert not any("bot" in name for name in found)


def test_two_lines_make_no_log() -> None:
    """Two lines are too few for the rule to call their speakers people.

    The model may still take unfamiliar words before a colon for names.
    """
    text = "zorvetta: brb\nquelbrink: ok"
    assert ChatSpeakerRecognizer().find(text, frozenset({"brb", "ok"})) == []
