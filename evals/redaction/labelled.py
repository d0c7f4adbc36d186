"""Labelled texts: text plus the character spans of every confidential value."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["GoldSpan", "LabelledText", "TextBuilder", "locate", "read_jsonl"]


@dataclass(frozen=True)
class GoldSpan:
    """A confidential value at ``[start, end)`` of its text, in code points."""

    entity_type: str
    start: int
    end: int


@dataclass(frozen=True)
class LabelledText:
    """One eval item; ``kind`` says where such text comes from."""

    item_id: str
    kind: str
    text: str
    spans: tuple[GoldSpan, ...]


@dataclass
class TextBuilder:
    """Writes a text piece by piece and records where each value lands."""

    pieces: list[str] = field(default_factory=list)
    spans: list[GoldSpan] = field(default_factory=list)
    length: int = 0

    def say(self, text: str) -> TextBuilder:
        """Append plain text."""
        self.pieces.append(text)
        self.length += len(text)
        return self

    def value(self, entity_type: str, text: str) -> TextBuilder:
        """Append a confidential value and label it."""
        self.spans.append(GoldSpan(entity_type, self.length, self.length + len(text)))
        return self.say(text)

    def build(self, item_id: str, kind: str) -> LabelledText:
        """The finished item."""
        return LabelledText(item_id, kind, "".join(self.pieces), tuple(self.spans))


def locate(
    text: str, values: list[tuple[str, str]], item_id: str, kind: str
) -> LabelledText:
    """Label ``values`` (type, visible text) found in order in ``text``.

    Used for HTML items: the labels are placed on the plain text the product
    derives from the HTML, where a value split across tags reads whole.
    """
    spans: list[GoldSpan] = []
    position = 0
    for entity_type, visible in values:
        start = text.find(visible, position)
        if start < 0:
            raise ValueError(f"{item_id}: a labelled value is not in the text")
        spans.append(GoldSpan(entity_type, start, start + len(visible)))
        position = start + len(visible)
    return LabelledText(item_id, kind, text, tuple(spans))


def read_jsonl(path: Path, kind: str) -> list[LabelledText]:
    """The labelled texts of a JSON-lines file of ``{"id", "text", "spans"}``."""
    items = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        spans = tuple(GoldSpan(s["type"], s["start"], s["end"]) for s in row["spans"])
        items.append(LabelledText(row["id"], kind, row["text"], spans))
    return items
