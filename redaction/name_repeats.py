"""Found people's names, and parts of them, standing alone elsewhere.

"directed by Maciej Borkowski, starring Borkowski": the second "Borkowski"
is the same person, though nothing around it says so. A name found alone,
or the surname (and a census first name) of a longer one, is searched
again in the same text: in any case when no dictionary knows it
("radomir"), as written when it is also a word ("Joy" after "Attendees:
Camille, Joy", not "joy").
"""

from __future__ import annotations

from collections.abc import Sequence

from redaction.common_words import is_distinctive
from redaction.folding import WORD, fold_key
from redaction.name_gazetteer import NameGazetteer
from redaction.spans import EntitySpan
from redaction.whole_words import whole_word_spans

__all__ = ["repeated_names"]

_PERSON = "PERSON"
_REPEAT_SCORE = 0.6
_MIN_REPEAT_LENGTH = 3


def repeated_names(
    text: str,
    spans: Sequence[EntitySpan],
    names: NameGazetteer,
    english_words: frozenset[str],
) -> list[EntitySpan]:
    """New PERSON spans where a part of a found person stands uncovered."""
    wanted = [
        part
        for part in _name_parts(text, spans, names)
        if len(part) >= _MIN_REPEAT_LENGTH and part[0].isupper()
    ]
    if not wanted:
        return []
    any_case = [
        part
        for part in wanted
        if fold_key(part) not in english_words and is_distinctive((fold_key(part),))
    ]
    matches = whole_word_spans(text, wanted) + whole_word_spans(
        text, any_case, ignore_case=True
    )
    covered = bytearray(len(text))
    for span in spans:
        covered[span.start : span.end] = b"\x01" * span.length
    found: dict[tuple[int, int], EntitySpan] = {}
    for start, end in matches:
        if not any(covered[start:end]):
            found[(start, end)] = EntitySpan(_PERSON, start, end, _REPEAT_SCORE)
    return list(found.values())


def _name_parts(
    text: str, spans: Sequence[EntitySpan], names: NameGazetteer
) -> set[str]:
    """The words of found people worth searching for, as written."""
    parts: set[str] = set()
    for span in spans:
        if span.entity_type != _PERSON:
            continue
        words = WORD.findall(text, span.start, span.end)
        if len(words) == 1:
            parts.add(words[0])  # "Joy", even a word, found as a person
        elif len(words) > 1:
            # A part of a longer name only if no common word ("Mitchell
            # Admin" leaves "Admin" alone).
            ends = [words[-1]]
            if names.is_first_name(words[0]):
                ends.append(words[0])
            parts.update(part for part in ends if is_distinctive((fold_key(part),)))
    return parts
