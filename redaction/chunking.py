"""Cutting long texts into overlapping pieces the NLP engine accepts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from redaction.spans import EntitySpan

__all__ = ["Chunk", "join_chunk_spans", "split_text"]

CHUNK_SIZE = 100_000
"""Characters per piece: a tenth of spaCy's one-million-character limit."""
OVERLAP = 500
"""Characters each piece repeats of the previous one, so no entity is cut."""


@dataclass(frozen=True)
class Chunk:
    """A piece of a text and where it starts in that text."""

    offset: int
    text: str


def split_text(
    text: str, *, size: int = CHUNK_SIZE, overlap: int = OVERLAP
) -> list[Chunk]:
    """``text`` in pieces of at most ``size`` characters, cut at whitespace.

    Consecutive pieces overlap by at least ``overlap`` characters, so any
    entity shorter than that lies whole inside one piece.
    """
    if len(text) <= size:
        return [Chunk(0, text)]
    chunks: list[Chunk] = []
    start = 0
    while True:
        end = min(len(text), start + size)
        if end < len(text):
            cut = max(
                text.rfind(" ", start + overlap * 2, end),
                text.rfind("\n", start + overlap * 2, end),
            )
            end = cut if cut > start else end
        chunks.append(Chunk(start, text[start:end]))
        if end >= len(text):
            return chunks
        start = _word_start(text, max(start + 1, end - overlap), start + 1)


def join_chunk_spans(
    chunks: Sequence[Chunk], found: Iterable[Sequence[EntitySpan]]
) -> list[EntitySpan]:
    """Spans of every piece, moved to the whole text's offsets, duplicates dropped."""
    joined: dict[tuple[str, int, int], EntitySpan] = {}
    for chunk, spans in zip(chunks, found, strict=True):
        for span in spans:
            moved = span.shifted(chunk.offset)
            key = (moved.entity_type, moved.start, moved.end)
            if key not in joined or joined[key].score < moved.score:
                joined[key] = moved
    return sorted(joined.values(), key=lambda span: (span.start, span.end))


def _word_start(text: str, position: int, lowest: int) -> int:
    """``position``, moved back to the start of the word it falls in.

    A piece that began inside a word ("dobro|slava") would read its tail as
    a word of its own.
    """
    space = max(text.rfind(" ", lowest, position), text.rfind("\n", lowest, position))
    return space + 1 if space >= 0 else position
