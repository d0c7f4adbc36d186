"""The words around a name that make it a place or an organisation.

The model and the unfamiliar-word rule read many places and companies as
people. English often says which it is: "I am in Hirvli", "originally
from Eckenroth", "arrived at Lendava", "12521 Belgrád" (a postcode or
house number) and "Stensås terrace" are places; "I work for Thinknum"
and "Symcat Orchestra" are organisations. A name with a census first
name or a surname ending keeps PERSON unless a set phrase says otherwise
("originally from Dolores", "I work for Ellis-Ingram").
"""

from __future__ import annotations

import re

from redaction.folding import fold_key
from redaction.package_data import read_string_list
from redaction.recognizers.pattern_data import pattern_setting
from redaction.spans import EntitySpan

__all__ = ["NameContext"]

_REACH = 32
_NEXT_WORD = re.compile(r"[ ]+([^\W\d_]+)")
_LAST_WORD = re.compile(r"([^\W_]+)\.?[ ]+\Z")


class NameContext:
    """LOCATION or ORGANIZATION when the neighbouring words say so."""

    def __init__(self) -> None:
        self._places = frozenset(read_string_list("patterns.json", "place_words"))
        self._organisations = frozenset(
            read_string_list("names.json", "organisation_words")
        )
        self._place_before = pattern_setting("place_cue_before")
        self._place_phrase = pattern_setting("place_phrase_before")
        self._organisation_phrase = pattern_setting("organisation_phrase_before")

    def decisive_type(self, text: str, span: EntitySpan) -> str | None:
        """The type a set phrase gives ``span`` even when it reads as a name.

        "originally from Dolores", "I work for Ellis-Ingram", "the corner
        of Alšova 408": a census first name or surname ending yields.
        """
        before = text[max(0, span.start - _REACH) : span.start]
        if self._organisation_phrase.search(before):
            return "ORGANIZATION"
        if self._place_phrase.search(before):
            return "LOCATION"
        return None

    def entity_type(self, text: str, span: EntitySpan) -> str | None:
        """The type the context gives ``span``, or None when it says nothing."""
        before = text[max(0, span.start - _REACH) : span.start]
        last = _LAST_WORD.search(before)
        previous = fold_key(last.group(1)) if last else ""
        following = _NEXT_WORD.match(text, span.end)
        after = fold_key(following.group(1)) if following else ""
        decisive = self.decisive_type(text, span)
        if decisive is not None:
            return decisive
        if after in self._organisations:
            return "ORGANIZATION"
        if (
            self._place_before.search(before)
            or previous.isdigit()
            or previous in self._places
            or after in self._places
        ):
            return "LOCATION"
        return None
