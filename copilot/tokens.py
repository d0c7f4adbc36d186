"""Token counts for model calls: the server's own numbers, else a local estimate.

tiktoken fetches its BPE files on first use and no installed package ships
them, so nothing here calls it. The estimate pre-splits text the way GPT
tokenizers do (words with their leading space, digit runs of up to three,
punctuation runs), counts a short word as one token and splits long words
and punctuation. It is deterministic, needs no files, and errs high on
English prose, which is the safe side for a budget.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

__all__ = ["TokenUsage", "estimate_tokens"]

_PIECE = re.compile(
    r"""'(?:s|t|re|ve|m|ll|d)| ?[^\W\d_]+| ?\d{1,3}| ?[^\s\w]+|\s+(?!\S)|\s+""",
    re.UNICODE,
)
# Chat formats add a few tokens per message for roles and separators.
_PER_MESSAGE = 4


def estimate_tokens(*messages: str) -> int:
    """A deterministic upper-leaning token estimate for chat messages."""
    total = 0
    for text in messages:
        total += _PER_MESSAGE
        for piece in _PIECE.findall(text):
            stripped = piece.strip()
            if not stripped:
                total += 1 if "\n" in piece else 0
                continue
            total += _piece_tokens(stripped)
    return total


def _piece_tokens(piece: str) -> int:
    """Common words up to seven letters are one token; longer ones split."""
    if piece[0].isalpha():
        return 1 if len(piece) <= 7 else math.ceil(len(piece) / 5)
    if piece[0].isdigit():
        return 1
    return math.ceil(len(piece) / 3)


@dataclass(frozen=True)
class TokenUsage:
    """Prompt and completion tokens of one call; `is_estimated` when local."""

    prompt_tokens: int
    completion_tokens: int
    is_estimated: bool

    @classmethod
    def of(
        cls,
        reported_prompt: int | None,
        reported_completion: int | None,
        *,
        prompt: tuple[str, ...],
        completion: str,
    ) -> TokenUsage:
        """The server's numbers when it sent both, else the local estimate."""
        if reported_prompt is not None and reported_completion is not None:
            return cls(reported_prompt, reported_completion, False)
        return cls(estimate_tokens(*prompt), estimate_tokens(completion), True)
