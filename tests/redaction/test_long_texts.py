"""Texts of any length are analysed in pieces; offsets index the whole text."""

from __future__ import annotations

import pytest

from redaction import EntitySpan, PresidioAnalyzer
from redaction.chunking import join_chunk_spans, split_text


@pytest.mark.parametrize(
    ("length", "size", "overlap"),
    [
        pytest.param(10, 100, 5, id="short-one-piece"),
        pytest.param(1_000, 100, 10, id="many-pieces"),
        pytest.param(2_500, 700, 50, id="uneven"),
    ],
)
def test_pieces_cover_the_text(length: int, size: int, overlap: int) -> None:
    """Pieces are no longer than asked, start where they say, and cover all."""
    text = ("word " * length)[:length]
    chunks = split_text(text, size=size, overlap=overlap)
    covered: set[int] = set()
    for chunk in chunks:
        assert len(chunk.text) <= size
        assert text[chunk.offset : chunk.offset + len(chunk.text)] == chunk.text
        assert chunk.offset == 0 or text[chunk.offset - 1] in " \n"  # a word start
        covered.update(range(chunk.offset, chunk.offset + len(chunk.text)))
    assert covered == set(range(length))


def test_spans_from_overlapping_pieces_are_joined_once() -> None:
    """A value seen by two overlapping pieces is reported once, in place."""
    chunks = split_text("x " * 60, size=50, overlap=20)
    spans = [[EntitySpan("PERSON", 40, 44, 0.8)], [EntitySpan("PERSON", 10, 14, 0.9)]]
    offset = chunks[1].offset
    spans[1] = [EntitySpan("PERSON", 40 - offset, 44 - offset, 0.9)]
    joined = join_chunk_spans(chunks[:2], spans)
    assert [(s.start, s.end, s.score) for s in joined] == [(40, 44, 0.9)]


def test_text_beyond_spacys_limit(pattern_analyzer: PresidioAnalyzer) -> None:
    """A 1.2-million-character text is analysed; a late value keeps its offset."""
    filler = "Status unchanged. " * 66_700
    text = filler + "Mail ilse@korvex.be please."
    found = [
        s for s in pattern_analyzer.analyze(text) if s.entity_type == "EMAIL_ADDRESS"
    ]
    assert [text[s.start : s.end] for s in found] == ["ilse@korvex.be"]
