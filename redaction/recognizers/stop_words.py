"""Words that stand where a name could, yet never are one."""

from __future__ import annotations

from functools import cache

from redaction.folding import folded_words
from redaction.policy import folded_allowed_terms
from redaction.recognizers.pattern_data import DATA, words

__all__ = ["no_name_words"]


@cache
def no_name_words() -> frozenset[str]:
    """Field labels ("Subject"), groups ("team"), chat shorthand ("lgtm") and
    the allowed terms, folded: the name rules' shared stop words."""
    return (
        folded_words(DATA, "label_words")
        | frozenset(words("group_vocatives"))
        | frozenset(words("chat_abbreviations"))
        | folded_allowed_terms()
    )
