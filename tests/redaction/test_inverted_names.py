"""A name written surname first is one person, not two."""

from __future__ import annotations

import re

import pytest

from redaction import EntitySpan
from redaction.inverted_names import joined_inverted_names

# Every name below is invented for these tests.
_GIVEN = frozenset({"ingrid", "megan", "ilse", "tom"})


def _is_given(word: str) -> bool:
    return word.lower() in _GIVEN


def _joined(text: str, *names: str) -> list[str]:
    spans = []
    for name in names:
        match = re.search(rf"\b{re.escape(name)}\b", text)
        assert match is not None, name
        spans.append(EntitySpan("PERSON", match.start(), match.end(), 0.8))
    joined = joined_inverted_names(text, spans, _is_given)
    return [text[s.start : s.end] for s in joined]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param("Payroll change: Bergstrom, Ingrid, new account",
                     ("Bergstrom", "Ingrid"), ["Bergstrom, Ingrid"], id="given-second"),
        pytest.param("Attendees: Wisniewski, Jakub; Mamani, Daniela",
                     ("Wisniewski", "Jakub", "Mamani", "Daniela"),
                     ["Wisniewski, Jakub", "Mamani, Daniela"], id="field-items"),
        pytest.param("Team: Megan, Ilse\nNext", ("Megan", "Ilse"), ["Megan", "Ilse"],
                     id="two-given-names"),
        pytest.param("Present: Okafor, Megan and Tom.", ("Okafor", "Megan", "Tom"),
                     ["Okafor", "Megan", "Tom"], id="a-list-goes-on"),
        pytest.param("We met Okafor, Lindqvist later.", ("Okafor", "Lindqvist"),
                     ["Okafor", "Lindqvist"], id="two-surnames-in-a-sentence"),
        pytest.param('Contact,Title\n"Zorvetta, Quelbrink",Head of Finance',
                     ("Zorvetta", "Quelbrink"), ["Zorvetta, Quelbrink"],
                     id="quoted-csv-cell"),
        pytest.param('x,"Zorvetta, Quelbrink"\n', ("Zorvetta", "Quelbrink"),
                     ["Zorvetta, Quelbrink"], id="last-quoted-cell"),
        pytest.param('He said "Zorvetta, Quelbrink" twice', ("Zorvetta", "Quelbrink"),
                     ["Zorvetta", "Quelbrink"], id="quote-in-prose"),
        pytest.param("Bergstrom,Ingrid", ("Bergstrom", "Ingrid"),
                     ["Bergstrom", "Ingrid"], id="no-space-after-the-comma"),
    ],
)  # fmt: skip
def test_joined_inverted_names(
    text: str, names: tuple[str, ...], expected: list[str]
) -> None:
    assert _joined(text, *names) == expected


def test_other_types_are_not_joined() -> None:
    text = "Bergstrom, Ingrid"
    spans = [EntitySpan("ORGANIZATION", 0, 9, 0.8), EntitySpan("PERSON", 11, 17, 0.8)]
    assert joined_inverted_names(text, spans, _is_given) == spans
