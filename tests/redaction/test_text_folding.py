"""Folding keeps every folded character pointing at its original."""

from __future__ import annotations

import pytest

from redaction.folding import fold, fold_identifier, fold_key


@pytest.mark.parametrize(
    ("original", "folded"),
    [
        pytest.param("Ilse", "ilse", id="ascii"),
        pytest.param("Anaïs Lefèvre", "anais lefevre", id="accents"),
        pytest.param("Søren Ødegård", "soren odegard", id="nordic-letters"),
        pytest.param("Straße", "strasse", id="sharp-s"),
        pytest.param("Anai\u0308s", "anais", id="decomposed-accent"),
        pytest.param("😀 Zoë", "😀 zoe", id="emoji"),
        pytest.param("Kowal\u200bczyk", "kowalczyk", id="zero-width-space"),
        pytest.param("Zyg\u00admunt\ufeff", "zygmunt", id="soft-hyphen-and-bom"),
    ],
)
def test_fold_lowers_and_strips_accents(original: str, folded: str) -> None:
    """Case, accents and ligature-like letters fold to plain lower case."""
    assert fold(original).text == folded


@pytest.mark.parametrize(
    ("original", "target"),
    [
        pytest.param("🇧🇪😀 Søren Ødegård!", "Søren Ødegård", id="flag-and-emoji"),
        pytest.param("Straße Anaïs", "Anaïs", id="expanding-letter-before"),
        pytest.param("日本語 Zoë 👩🏽‍💻", "Zoë", id="cjk-and-zwj"),
        pytest.param("Ask Søren Øde\u200bgård!", "Søren Øde\u200bgård", id="zwsp"),
    ],
)
def test_original_span_maps_back_exactly(original: str, target: str) -> None:
    """A span found in folded text maps back to the same original characters."""
    folded = fold(original)
    needle = fold(target).text
    start = folded.text.index(needle)
    first, last = folded.original_span(start, start + len(needle))
    assert original[first:last] == target


def test_original_span_keeps_trailing_combining_mark() -> None:
    """A decomposed accent right after a span belongs to the span."""
    original = "Ane\u0300s came"
    folded = fold(original)
    first, last = folded.original_span(0, 4)
    assert original[first:last] == "Ane\u0300s"


def test_fold_key_collapses_whitespace() -> None:
    """Runs of whitespace compare as one space."""
    assert fold_key("  Ilse \n\t VANDERMOORTEL ") == "ilse vandermoortel"


@pytest.mark.parametrize(
    ("identifier", "words"),
    [
        pytest.param("last_name", "last name", id="snake-case"),
        pytest.param("lastName", "last name", id="camel-case"),
        pytest.param("OwnerLogin", "owner login", id="pascal-case"),
        pytest.param("ID_Prénom", "id prenom", id="accents-and-capitals"),
        pytest.param("HTTPStatus", "httpstatus", id="acronym-stays-one-word"),
    ],
)
def test_identifier_folds_into_words(identifier: str, words: str) -> None:
    """Key and header identifiers read as the words they join."""
    assert fold_identifier(identifier) == words
