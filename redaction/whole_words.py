"""Where given words stand whole in a text, not inside a longer word."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["whole_word_spans"]

# A run of word characters, apostrophes and hyphens ("O'Neil", "Jean-Luc"):
# a word stands whole only as such a run of its own.
_RUN = re.compile(r"[\w'\u2019\-]+")


def whole_word_spans(
    text: str, words: Sequence[str], *, ignore_case: bool = False
) -> list[tuple[int, int]]:
    """The spans, in text order, where one of ``words`` stands whole.

    ``words`` are letters and digits only. A word stands whole where no
    letter, digit, ``_``, apostrophe or hyphen touches it on either side:
    it fills such a run on its own, so runs are looked up in a set. Ignoring
    case, a text or word beyond ASCII goes through one regular expression
    of all the words instead, whose Unicode case rules then apply
    (``re.IGNORECASE`` lets a dotless i match "i"; ``str.lower`` does not).
    """
    if not words:
        return []
    if not ignore_case:
        exact = set(words)
        return [run.span() for run in _RUN.finditer(text) if run[0] in exact]
    if text.isascii() and all(word.isascii() for word in words):
        lowered = {word.lower() for word in words}
        return [run.span() for run in _RUN.finditer(text) if run[0].lower() in lowered]
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    pattern = re.compile(
        rf"(?<![\w'\u2019\-])(?:{alternatives})(?![\w'\u2019\-])", re.IGNORECASE
    )
    return [match.span() for match in pattern.finditer(text)]
