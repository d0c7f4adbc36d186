"""A person's name is cut at line breaks and sentence ends between non-names."""

from __future__ import annotations

import pytest

from redaction import EntitySpan, PresidioAnalyzer
from redaction.name_breaks import NameBreaks
from tests.support.people import people_found

# Every name below is invented for these tests.
_NAMES = frozenset({"zorvetta", "quelbrink", "bartholomew", "ngozi", "larissa"})
_PLAIN = frozenset(
    {"absent", "next", "plan", "good", "morning", "hello", "what", "de", "o'connor"}
    | {"building", "reception"}
)


_CENSUS = frozenset({"baker"})


def _breaks() -> NameBreaks:
    return NameBreaks(
        is_name_word=lambda word: word.casefold() in _NAMES,
        is_plain_word=lambda word: word.casefold() in _PLAIN | _CENSUS,
        is_census_name=lambda word: word.casefold() in _CENSUS,
    )


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        pytest.param("Larissa. Absent", ["Larissa", "Absent"], id="sentence-end"),
        pytest.param("Plan B. Next", ["Plan B", "Next"], id="label-letter"),
        pytest.param("Hello Bartholomew -\nGood morning",
                     ["Hello Bartholomew", "Good morning"], id="line-break"),
        pytest.param("Zorvetta Quelbrink\nPhone", ["Zorvetta Quelbrink", "Phone"],
                     id="label-on-next-line"),
        pytest.param("Zorvetta\nQuelbrink", ["Zorvetta\nQuelbrink"],
                     id="name-over-two-lines"),
        pytest.param("Zorvetta. Quelbrink", ["Zorvetta. Quelbrink"],
                     id="names-both-sides"),
        pytest.param("J. Quelbrink", ["J. Quelbrink"], id="initial"),
        pytest.param("J. Smith", ["J. Smith"], id="initial-before-a-maybe-name"),
        pytest.param("Dr. Quelbrink", ["Dr. Quelbrink"], id="title"),
        pytest.param("D. Baker", ["D. Baker"], id="initial-before-a-common-surname"),
        pytest.param("S. T. Quelbrink", ["S. T. Quelbrink"], id="two-initials"),
        pytest.param("building C. Reception", ["building C", "Reception"],
                     id="a-letter-then-a-word-the-dictionary-knows"),
        pytest.param("G. De Luca", ["G. De Luca"], id="initial-before-a-particle"),
        pytest.param("S. O'Connor", ["S. O'Connor"], id="initial-before-an-elision"),
        pytest.param('Quelbrink, Zorvetta",Head', ["Quelbrink, Zorvetta", "Head"],
                     id="quoted-field-end"),
        pytest.param("Zorvetta Quelbrink”; Next", ["Zorvetta Quelbrink", "Next"],
                     id="curly-quoted-field-end"),
        pytest.param("Ngozi! What", ["Ngozi", "What"], id="exclamation"),
        pytest.param("Ngozi. later", ["Ngozi. later"], id="lower-case-after"),
        pytest.param("Zorvetta Quelbrink", ["Zorvetta Quelbrink"], id="no-break"),
        pytest.param("Ly -- Zorvetta", ["Ly", "Zorvetta"], id="long-dash"),
        pytest.param("Ly — Zorvetta", ["Ly", "Zorvetta"], id="em-dash"),
        pytest.param("Dean - Rose", ["Dean - Rose"], id="hyphen-is-no-break"),
        pytest.param("Rotterdam \u2192 Preston", ["Rotterdam", "Preston"],
                     id="arrow"),
    ],
)  # fmt: skip
def test_person_spans_are_cut_at_breaks(text: str, pieces: list[str]) -> None:
    """Pieces keep the span's type and leave the break itself readable."""
    span = EntitySpan("PERSON", 0, len(text), 0.85)
    found = _breaks().split(text, span)
    assert [text[piece.start : piece.end] for piece in found] == pieces
    assert {piece.entity_type for piece in found} == {"PERSON"}


def test_other_types_are_not_cut() -> None:
    """An address runs over lines: only people are cut."""
    text = "Suite 240\nWest Brook"
    span = EntitySpan("LOCATION", 0, len(text), 0.85)
    assert _breaks().split(text, span) == [span]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("The meeting with Larissa. Absent: Tom.",
                     {"Larissa", "Tom"}, id="census-name-before-a-label"),
        pytest.param("Thanks,\nZorvetta Quelbrink\nPhone: +32 470 12 34 56",
                     {"Zorvetta Quelbrink"}, id="signature-label"),
        # The tuned model reads "Plan B." (capital P) as a name, the initial's
        # dot included: over-masked, and no word past the break.
        pytest.param("We need plan B. Next steps follow.", set(),
                     id="no-name-left"),
        pytest.param("Hi all,\nHello Bartholomew -\nGood morning Ngozi -\n"
                     "thanks for the call.", {"Bartholomew", "Ngozi"},
                     id="greeting-lines"),
        pytest.param("niloufar: did you see the mail?\n"
                     "niloufar: yep forwarded to Frank\nFrank: thx, after lunch",
                     {"niloufar", "Frank"}, id="model-name-run-into-a-speaker"),
        pytest.param("--\nD. Baker\nCfo | Kalvik Consulting", {"D. Baker"},
                     id="initial-and-a-common-surname-in-a-signature"),
        pytest.param("G. De Luca is project lead; De Luca wrote it.",
                     {"G. De Luca", "De Luca"}, id="initial-before-a-particle"),
        pytest.param('"Nwosu, Oluwaseun",Head of Finance,2.5',
                     {"Nwosu, Oluwaseun"}, id="csv-name-before-a-job-title"),
    ],
)  # fmt: skip
def test_the_analyzer_masks_no_word_past_a_break(
    ner_analyzer: PresidioAnalyzer, text: str, names: set[str]
) -> None:
    """Dictionary words past a sentence end or a line break stay readable."""
    assert set(people_found(ner_analyzer, text)) == names
