"""Long runs of symbols are broken up before spaCy reads a text.

spaCy's tokenizer peels prefixes and suffixes off a token one character at
a time, so a run of punctuation or emoji with no space in it ("=" x 10,000,
a wall of quotes) costs time that grows with the square of its length:
ten thousand "=" took 18 seconds. No name, address or number is written
that way, so every ``_RUN_LENGTH``-th character of such a run is read as a
space. The text keeps its length, so every offset still points into the
caller's text; the pattern recognizers read the caller's text unchanged.
"""

from __future__ import annotations

import re

__all__ = ["broken_symbol_runs"]

_RUN_LENGTH = 32
_RUN = re.compile(rf"[^\w\s]{{{_RUN_LENGTH},}}")


def broken_symbol_runs(text: str) -> str:
    """``text`` with a space every ``_RUN_LENGTH`` characters of a symbol run."""
    if _RUN.search(text) is None:
        return text
    chars = list(text)
    for run in _RUN.finditer(text):
        for index in range(run.start() + _RUN_LENGTH - 1, run.end(), _RUN_LENGTH):
            chars[index] = " "
    return "".join(chars)
