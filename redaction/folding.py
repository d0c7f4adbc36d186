"""Case and accent folding that remembers where each folded character came from."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from redaction.composition import is_format_char
from redaction.package_data import read_string_list, read_string_map

__all__ = [
    "WORD",
    "FoldedText",
    "fold",
    "fold_identifier",
    "fold_key",
    "folded_words",
    "has_accents",
]

WORD = re.compile(r"[^\W_]+")
"""A word: letters and digits. "_" separates words, as in "ilse_vandermoortel"."""


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Words and short values are folded again and again (names, terms, cues).
_KEY_CACHE_SIZE = 32768


@cache
def _transliterations() -> dict[str, str]:
    return read_string_map("matching.json", "transliterations")


@cache
def _fold_char(char: str) -> str:
    if is_format_char(char):
        # Invisible (soft hyphen, zero-width space): "Kowal\u200bczyk" is
        # one word; see ``composition``.
        return ""
    lowered = char.casefold()
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    table = _transliterations()
    return "".join(table.get(c, c) for c in stripped)


@dataclass(frozen=True)
class FoldedText:
    """A folded copy of ``original`` and a map back to original offsets.

    ``origin[i]`` is the index in ``original`` of the character that produced
    folded character ``i``; ``None`` means the identity map (ASCII input).
    """

    original: str
    text: str
    origin: tuple[int, ...] | None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the folded span ``[start, end)`` back onto ``original``.

        The end is pushed past combining marks and invisible characters so
        that a decomposed accent is never left behind a replaced span.
        """
        if self.origin is None:
            return start, end
        first = self.origin[start]
        last = self.origin[end - 1] + 1
        while last < len(self.original) and _is_mark(self.original[last]):
            last += 1
        return first, last


def _is_mark(char: str) -> bool:
    """A combining mark or an invisible character: part of the letter before."""
    return bool(unicodedata.combining(char)) or is_format_char(char)


def fold(text: str) -> FoldedText:
    """Lower-case, strip accents and transliterate ``text``, keeping offsets.

    Folding is per code point, so emoji and other multi-byte characters keep
    their own offsets and never shift a span. Format characters (category
    Cf) fold to nothing, so a value with one inside still matches.
    """
    if text.isascii():
        return FoldedText(original=text, text=text.lower(), origin=None)
    pieces: list[str] = []
    origin: list[int] = []
    position = 0
    # ASCII runs fold by ``lower()`` in one call; only other characters are
    # folded one by one (business text is mostly ASCII).
    for run in _NON_ASCII.finditer(text):
        start, end = run.span()
        pieces.append(text[position:start].lower())
        origin.extend(range(position, start))
        for index in range(start, end):
            folded = _fold_char(text[index])
            pieces.append(folded)
            origin.extend([index] * len(folded))
        position = end
    pieces.append(text[position:].lower())
    origin.extend(range(position, len(text)))
    return FoldedText(original=text, text="".join(pieces), origin=tuple(origin))


@lru_cache(maxsize=_KEY_CACHE_SIZE)
def fold_key(text: str) -> str:
    """Fold ``text`` and collapse its whitespace; for comparing values."""
    return " ".join(fold(text).text.split())


def fold_identifier(identifier: str) -> str:
    """A snake_case or camelCase identifier folded into words, as
    ``fold_key`` folds text ("last_name" and "lastName" as "last name")."""
    return fold_key(_CAMEL_CASE.sub(" ", identifier).replace("_", " "))


def has_accents(word: str) -> bool:
    """Whether ``word`` holds a letter with a diacritic ("Thaís", "Renée")."""
    if word.isascii():
        return False
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", word))


def folded_words(name: str, key: str) -> frozenset[str]:
    """The word list ``key`` of the data file ``name``, folded as
    ``fold_key`` folds the text it is compared with ("envoyé" as "envoye")."""
    return frozenset(fold_key(word) for word in read_string_list(name, key))
