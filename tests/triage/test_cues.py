"""Category cues come from the taxonomy's definitions or training data only."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from copilot.triage import TAXONOMY, load_training_set
from copilot.triage.cues import CueLexicon, load_cues


def definitions() -> dict[str, str]:
    path = resources.files("copilot.triage").joinpath("cues.json")
    data: dict[str, dict[str, str]] = json.loads(path.read_text("utf-8"))
    return data["_definitions"]


@pytest.mark.parametrize("category", TAXONOMY)
def test_every_cue_is_in_the_definition_or_the_training_requests(
    category: str,
) -> None:
    """A cue no training request of its category uses must be in its definition.

    This keeps cues from being fitted to held-out requests: a word only the
    test set uses has neither backing.
    """
    cues = load_cues()
    training = [e.text for e in load_training_set() if e.category == category]
    definition = definitions()[category]
    for stem in cues.signals["category"][category]:
        single = CueLexicon({"category": {category: (stem,)}})
        in_definition = single.counts("category", definition)[category] > 0
        in_training = any(
            single.counts("category", text)[category] for text in training
        )
        assert in_definition or in_training, stem


def test_every_category_has_a_definition() -> None:
    """The taxonomy and the definitions name the same categories."""
    assert set(definitions()) == set(TAXONOMY)


@pytest.mark.parametrize(
    ("text", "language", "is_sure"),
    [
        pytest.param("The invoice is wrong, please fix it", "en", True, id="en"),
        pytest.param("Bonjour, la facture est fausse", "fr", True, id="fr"),
        pytest.param("Die Rechnung ist falsch, bitte korrigieren", "de", True, id="de"),
        pytest.param("no id here", None, False, id="one-marker-word"),
        pytest.param("SO0042 INV/2024/0007", None, False, id="no-words"),
    ],
)
def test_language_guess_is_sure_only_on_enough_evidence(
    text: str, language: str | None, is_sure: bool
) -> None:
    """One marker word ("no") is no proof of Spanish."""
    code, confidence = load_cues().language(text)
    assert (confidence >= 0.55) is is_sure
    if language is not None:
        assert code == language
