"""Addresses written as a block of lines are masked line by line."""

from __future__ import annotations

import pytest

from redaction import DEFAULT_MIN_SCORE, PresidioAnalyzer

# Every street, town and postcode below is invented.


def _places(analyzer: PresidioAnalyzer, text: str) -> set[str]:
    return {
        text[span.start : span.end]
        for span in analyzer.analyze(text)
        if span.entity_type == "LOCATION" and span.score >= DEFAULT_MIN_SCORE
    }


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        pytest.param(
            "Ship to:\n4821 Varnekatu 17\n Suite 220\n Lumila\n\n Finland 40412\n",
            {"4821 Varnekatu 17", "Suite 220", "Lumila", "Finland 40412"},
            id="envelope",
        ),
        pytest.param(
            "> 77 Holmvik gate 3\n> Apt. 12\n> BRENNDAL\n> Norway 7012",
            {"77 Holmvik gate 3", "Apt. 12", "BRENNDAL", "Norway 7012"},
            id="quoted",
        ),
        pytest.param(
            "Our office:\n12 Larkspur Yard\nKestrelton 4410\nThanks",
            {"12 Larkspur Yard", "Kestrelton 4410"},
            id="street-and-postcode",
        ),
    ],
)
def test_address_blocks_are_masked(
    pattern_analyzer: PresidioAnalyzer, text: str, lines: set[str]
) -> None:
    """Street, flat, town and country lines of a block are each a LOCATION."""
    assert lines <= _places(pattern_analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Agenda\n2 Budget items\nReview\n", id="one-numbered-line"),
        pytest.param("Tasks done\n3 tickets closed\n4 tickets open\n", id="counts"),
        pytest.param("Stage\nIn Progress\nDone\n", id="labels"),
    ],
)
def test_lists_are_not_addresses(pattern_analyzer: PresidioAnalyzer, text: str) -> None:
    """Numbered notes and stage names are not address blocks."""
    assert _places(pattern_analyzer, text) == set()
