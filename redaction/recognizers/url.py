"""Whole URLs, masked to their last character when they carry secrets."""

from __future__ import annotations

import re

from redaction.recognizers.candidates import CandidateRecognizer
from redaction.recognizers.pattern_data import pattern_setting

__all__ = ["SensitiveUrlRecognizer"]

_TRAILING = ".,;:!?)]}>'\""


class SensitiveUrlRecognizer(CandidateRecognizer):
    """URLs with their query strings, bare domains, and token parameters.

    A URL whose query carries a token, key or signature, or whose path
    names a person (``/~ilse``, ``/users/ilse.v``, ``/home/ilse``), scores
    0.95; any other URL 0.6. Presidio's URL recognizer may stop at the host;
    this one covers the path and query, so no token stays visible. It
    replaces Presidio's, whose pattern cost a third of all recognizer time;
    bare domains count on a list of common and European top-level domains.
    """

    entity_type = "URL"

    def __init__(self) -> None:
        self.pattern = pattern_setting("url_candidate")
        self._secret = pattern_setting("url_secret")
        super().__init__("SensitiveUrlRecognizer")

    def judge(self, text: str, match: re.Match[str]) -> tuple[int, int, float] | None:
        """The URL without trailing punctuation, scored by what it carries."""
        start, end = match.start(), match.end()
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        if end - start < 4:
            return None
        is_secret = self._secret.search(text, start, end) is not None
        return start, end, 0.95 if is_secret else 0.6
