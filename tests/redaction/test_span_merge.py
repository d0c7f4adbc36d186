"""Overlapping findings become disjoint spans without unmasking anything."""

from __future__ import annotations

import pytest

from redaction import EntitySpan, SpanSource
from redaction.spans import combine_spans, merge_spans

KNOWN = SpanSource.DENY_LIST


def _is_name(entity_type: str) -> bool:
    return entity_type in {"PERSON", "ORGANIZATION"}


def _at(text: str, surface: str, entity_type: str, **extra: object) -> EntitySpan:
    start = text.index(surface)
    return EntitySpan(entity_type, start, start + len(surface), 0.85, **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        pytest.param(
            [EntitySpan("PERSON", 0, 4, 0.8), EntitySpan("URL", 2, 9, 0.5)],
            [(0, 9, "URL")],
            id="union-takes-widest-type",
        ),
        pytest.param(
            [EntitySpan("PERSON", 0, 4, 0.8), EntitySpan("PERSON", 4, 8, 0.8)],
            [(0, 4, "PERSON"), (4, 8, "PERSON")],
            id="adjacent-stay-apart",
        ),
        pytest.param(
            [
                EntitySpan("PERSON", 0, 8, 0.8),
                EntitySpan("ORGANIZATION", 0, 8, 1.0, KNOWN, "Acme"),
            ],
            [(0, 8, "ORGANIZATION")],
            id="tie-goes-to-deny-list",
        ),
    ],
)
def test_merge_spans(
    spans: list[EntitySpan], expected: list[tuple[int, int, str]]
) -> None:
    """Overlaps are masked as a whole; the widest or best-known span names them."""
    assert [(s.start, s.end, s.entity_type) for s in merge_spans(spans)] == expected


@pytest.mark.parametrize(
    ("text", "known", "found", "expected"),
    [
        pytest.param(
            "Dear Ilse, hello",
            ["Ilse"],
            [("Dear Ilse", "ORGANIZATION")],
            ["Ilse"],
            id="common-word-remainder-dropped",
        ),
        pytest.param(
            "Ilse Peeters CFO agreed",
            ["Ilse Peeters"],
            [("Ilse Peeters CFO", "PERSON")],
            ["Ilse Peeters", "CFO"],
            id="distinctive-remainder-kept",
        ),
        pytest.param(
            "Ilse Peeters's desk",
            ["Ilse Peeters"],
            [("Ilse Peeters's", "PERSON")],
            ["Ilse Peeters"],
            id="possessive-dropped",
        ),
        pytest.param(
            "mail ilse.peeters@korvex.example now",
            ["ilse.peeters"],
            [("ilse.peeters@korvex.example", "EMAIL_ADDRESS")],
            ["ilse.peeters@korvex.example"],
            id="address-kept-whole",
        ),
    ],
)
def test_combine_spans_keeps_known_values_whole(
    text: str,
    known: list[str],
    found: list[tuple[str, str]],
    expected: list[str],
) -> None:
    """Known values keep their own spans; names around them are cut, not merged."""
    known_spans = [_at(text, s, "PERSON", source=KNOWN, canonical=s) for s in known]
    found_spans = [_at(text, s, kind) for s, kind in found]
    combined = combine_spans(known_spans, found_spans, text, _is_name)
    assert [text[s.start : s.end] for s in combined] == expected


def test_overlapping_known_values_keep_their_canonicals() -> None:
    """A name written twice, read across the comma, stays two clean matches."""
    text = "Ilse Vandermoortel (ILSE VANDERMOORTEL)"
    first = _at(text, "Ilse Vandermoortel", "PERSON", source=KNOWN, canonical="I")
    across = _at(text, "Vandermoortel (ILSE", "PERSON", source=KNOWN, canonical="I")
    second = _at(text, "ILSE VANDERMOORTEL", "PERSON", source=KNOWN, canonical="I")
    combined = combine_spans([first, across, second], [], text, _is_name)
    assert [(text[s.start : s.end], s.canonical) for s in combined] == [
        ("Ilse Vandermoortel", "I"),
        ("ILSE VANDERMOORTEL", "I"),
    ]


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        pytest.param(
            [("Jan Peeters jan@acme.example", "PERSON"),
             ("jan@acme.example", "EMAIL_ADDRESS")],
            [("PERSON", "Jan Peeters"), ("EMAIL_ADDRESS", "jan@acme.example")],
            id="name-read-over-an-address",
        ),
        pytest.param(
            [("jan@acme.example", "PERSON"), ("jan@acme.example", "EMAIL_ADDRESS")],
            [("EMAIL_ADDRESS", "jan@acme.example")],
            id="address-read-as-a-name",
        ),
    ],
)  # fmt: skip
def test_a_pattern_keeps_its_type_inside_a_name(
    found: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    """A name the model read over an e-mail address is cut around it."""
    text = "Jan Peeters jan@acme.example"
    spans = [_at(text, s, kind) for s, kind in found]
    combined = combine_spans([], spans, text, _is_name)
    assert [(s.entity_type, text[s.start : s.end]) for s in combined] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("DAWN FISHER;dawn.f@acme.example", ["DAWN FISHER"],
                     id="census-name-in-capitals-before-an-address"),
        pytest.param("Kind regards dawn.f@acme.example", [],
                     id="common-words-before-an-address"),
    ],
)  # fmt: skip
def test_a_name_cut_off_an_address_stays_masked(text: str, expected: list[str]) -> None:
    """Left of an address the model read with it, a census first name and
    surname stay masked even if both are words ("Dawn", "Fisher")."""
    spans = [
        EntitySpan("ORGANIZATION", 0, len(text), 0.85),
        _at(text, "dawn.f@acme.example", "EMAIL_ADDRESS"),
    ]
    combined = combine_spans([], spans, text, _is_name)
    assert [text[s.start : s.end] for s in combined][:-1] == expected
