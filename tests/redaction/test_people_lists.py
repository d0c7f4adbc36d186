"""People listed in lower case after a label that only people fill."""

from __future__ import annotations

import pytest

from redaction import PresidioAnalyzer
from redaction.name_gazetteer import NameGazetteer
from redaction.recognizers.people_lists import PeopleListRecognizer
from tests.support.people import people_found

# Every name below is invented for these tests.
_DICTIONARY = frozenset(
    {"finance", "team", "support", "sales", "managers", "yes", "none", "rose",
     "miles", "young", "topics", "website", "sign", "intake", "office", "board",
     "grant", "april", "residing"}
)  # fmt: skip


def _found(text: str) -> list[str]:
    recognizer = PeopleListRecognizer()
    recognizer._census = NameGazetteer(
        first_names=frozenset({"rose", "miles", "april", "grant"}),
        surnames=frozenset({"young"}),
        everyday_words=frozenset(),
        surname_endings=(),
    )
    return [text[r.start : r.end] for r in recognizer.find(text, _DICTIONARY)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("attendees: zorvetta van den quelbrink, miles young, s. ekdahl",
                     ["zorvetta van den quelbrink", "miles young", "s. ekdahl"],
                     id="attendees"),
        pytest.param("apologies: zorvetta.", ["zorvetta"], id="one-person"),
        pytest.param("participants: rose, quelbrink and w. ekdahl\ntopics: sign",
                     ["rose", "quelbrink", "w. ekdahl"], id="and-ends-the-list"),
        pytest.param("cc: miles young; zorvetta quelbrink",
                     ["miles young", "zorvetta quelbrink"], id="semicolons"),
        pytest.param("- chair: zorvetta quelbrink", ["zorvetta quelbrink"],
                     id="bulleted-label"),
        pytest.param("present: zorvetta quelbrink (chair), ekdahl",
                     ["zorvetta quelbrink", "ekdahl"], id="a-role-in-brackets"),
        pytest.param("to: zorvetta quelbrink <zq@example.test>",
                     ["zorvetta quelbrink"], id="a-display-name"),
        pytest.param("approved by: miles young", ["miles young"],
                     id="a-person-field-label"),
        pytest.param("attendees: finance team, it support and the sales managers",
                     [], id="teams"),
        pytest.param("present: yes\nabsent: none", [], id="answers"),
        pytest.param("guests: april intake, grant office", [],
                     id="a-first-name-before-a-word-no-name-has"),
        pytest.param("involved: rose and finance", [],
                     id="a-word-name-beside-a-team"),
        pytest.param("involved: zorvetta and finance", ["zorvetta"],
                     id="an-unknown-name-beside-a-team"),
        pytest.param("involved: rose (forklift operator), zorvetta (visitor)",
                     ["rose", "zorvetta"], id="roles-in-brackets-are-no-items"),
        pytest.param("employee: miles young, residing in the office",
                     ["miles young"], id="a-clause-is-no-thing"),
        pytest.param("facilitator: zorvetta intake", [],
                     id="an-unknown-word-and-a-thing"),
        pytest.param("cc: zorvetta@example.test", [], id="an-address"),
        pytest.param("attendees: Zorvetta Quelbrink", [], id="capitalised"),
        pytest.param("attendees: zorvetta quelbrink ekdahl sjögren brandt", [],
                     id="five-words"),
        pytest.param("the attendees: zorvetta", [], id="label-inside-a-line"),
        pytest.param("topics: zorvetta", [], id="another-label"),
    ],
)  # fmt: skip
def test_listed_people_are_found(text: str, found: list[str]) -> None:
    assert _found(text) == found


def test_the_analyzer_masks_them(ner_analyzer: PresidioAnalyzer) -> None:
    text = "weekly sync\nattendees: fleur van den wijk, miles young\napologies: huong"
    people = people_found(ner_analyzer, text)
    for name in ("fleur van den wijk", "miles young", "huong"):
        assert any(name in person for person in people), name
