"""The German noun list: lemmas with plural or case forms, names aside."""

from __future__ import annotations

from evals.redaction.german_noun_list import german_nouns
from redaction.name_gazetteer import NameGazetteer

# Invented lemma table: form -> lemma.
_LEMMAS = {
    "Quelbrinke": "Quelbrink",  # a plural: a noun
    "Zorvettas": "Zorvetta",  # a genitive only: a name
    "Tarnen": "Tarn",  # a noun whose lemma is a census surname: "tarnen" only
    "Oxe": "Ox",  # too short
    "laufen": "lauf",  # not capitalised
}
_NAMES = NameGazetteer(
    first_names=frozenset(),
    surnames=frozenset({"tarn"}),
    everyday_words=frozenset(),
    surname_endings=(),
)


def test_german_nouns() -> None:
    assert german_nouns(_LEMMAS, _NAMES) == ["quelbrink", "quelbrinke", "tarnen"]
