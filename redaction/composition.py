"""Unicode NFC composition, without format characters, mapped back to the input.

A name typed with decomposed accents ("Ce" + U+0301 + "line") reads as
"Celine" with a stray mark to the NER model and to word patterns, and one
with an invisible character inside ("Zyg" + U+00AD + "munt") reads as two
words. Analysis runs on the composed text with format characters (Unicode
category Cf: soft hyphen, zero-width spaces and joiners, BOM, bidi
controls; also variation selectors and the combining grapheme joiner)
removed and no-break and other fixed-width spaces read as plain spaces
("+32\u00a0470\u00a012\u00a034\u00a056" is a phone number, as HTML's
&nbsp; gives it); its spans are mapped back, so offsets always index the
caller's text and a replaced span leaves no mark or invisible piece behind.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

__all__ = ["ComposedText", "compose", "is_format_char"]


@dataclass(frozen=True)
class ComposedText:
    """``text`` is ``original`` in NFC without format characters, its
    fixed-width spaces read as plain ones.

    ``bounds[i]`` is the span of ``original`` that char ``i`` came from; a
    format character inside a cluster belongs to that cluster's span, one
    between clusters to neither. ``bounds`` is ``None`` when the original
    was already composed and free of format characters (the usual case),
    meaning the identity map.
    """

    original: str
    text: str
    bounds: tuple[tuple[int, int], ...] | None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` that composed ``[start, end)`` came from.

        Format characters removed between the first and last character lie
        inside the returned span.
        """
        if self.bounds is None or start >= end:
            return start, end
        return self.bounds[start][0], self.bounds[end - 1][1]


# Invisible marks that are not category Cf: the combining grapheme joiner,
# variation selectors (also the supplement's), Mongolian free variation
# selectors, and the Hangul fillers that render as nothing.
_INVISIBLE_MARKS = frozenset(
    {0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, *range(0x180B, 0x1810)}
    | set(range(0xFE00, 0xFE10))
    | set(range(0xE0100, 0xE01F0))
)


# No-break, figure, thin and other fixed-width spaces: one character each,
# so reading them as " " keeps every offset.
_SPACES = str.maketrans(
    {char: " " for char in ("\u00a0", "\u202f", "\u2007", "\u205f", "\u3000")}
    | {chr(code): " " for code in range(0x2000, 0x200B)}
)


def is_format_char(char: str) -> bool:
    """Whether ``char`` is invisible: category Cf, or a selector or joiner."""
    return unicodedata.category(char) == "Cf" or ord(char) in _INVISIBLE_MARKS


def _visible(text: str) -> list[int]:
    """Indexes of the characters of ``text`` that are not format characters."""
    return [index for index, char in enumerate(text) if not is_format_char(char)]


def _has_format_char(text: str) -> bool:
    """Whether any character of ``text`` is a format character.

    Each distinct character is checked once: a note repeats few of them.
    """
    return any(is_format_char(char) for char in set(text))


def _clusters(text: str, kept: list[int]) -> list[tuple[int, int]]:
    """Each kept starter with the kept combining marks that follow it.

    A cluster is given as positions in ``kept``, end exclusive.
    """
    clusters: list[tuple[int, int]] = []
    start = 0
    for position in range(1, len(kept) + 1):
        if position == len(kept) or not unicodedata.combining(text[kept[position]]):
            clusters.append((start, position))
            start = position
    return clusters


def compose(text: str) -> ComposedText:
    """``text`` in NFC without format characters, with the map back to it."""
    if text.isascii():
        return ComposedText(text, text, None)
    if not _has_format_char(text) and unicodedata.is_normalized("NFC", text):
        return ComposedText(text, text.translate(_SPACES), None)
    kept = _visible(text)
    pieces: list[str] = []
    bounds: list[tuple[int, int]] = []
    for first, last in _clusters(text, kept):
        cluster = "".join(text[index] for index in kept[first:last])
        composed = unicodedata.normalize("NFC", cluster)
        pieces.append(composed)
        bounds.extend([(kept[first], kept[last - 1] + 1)] * len(composed))
    return ComposedText(text, "".join(pieces).translate(_SPACES), tuple(bounds))
