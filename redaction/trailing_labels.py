"""A form's next label that the model read into a name is cut off.

Forms written on one line put the next field's label right after a value
("LAST NAME: Wong FIRST NAME: Deepika COUNTRY: Portugal", "Surname: Wong
Given names: Deepika"). The model reads "Wong FIRST NAME" and "Deepika
COUNTRY" as names: masked whole, the labels are lost to the reader, and
a label word found in a name is then masked wherever it recurs. A name
span followed by a colon loses its last words when they, with up to two
words after the span, make a listed label ("first name", "given names"),
when the span is itself a field's value (a colon before it). A one-word
label that is a surname too is left ("Holder: Elise Holder: ok"), and so
is a speaker's name ("Eric Holder: my card was charged"). A span that is
all a label is left whole, for the rules that tell labels from names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from redaction.folding import WORD, fold_key
from redaction.spans import EntitySpan

__all__ = ["without_trailing_label"]

_NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
_LABEL_END = re.compile(r"(?P<rest>(?:[ ]+[^\W\d_]+){0,2})[ ]*:")
_VALUE_REACH = 16


def without_trailing_label(
    text: str,
    span: EntitySpan,
    labels: frozenset[str],
    is_surname: Callable[[str], bool],
) -> EntitySpan:
    """``span`` without the folded label of ``labels`` it ends in;
    ``is_surname`` tells a one-word label that is a surname too."""
    if span.entity_type not in _NAME_TYPES:
        return span
    after = _LABEL_END.match(text, span.end)
    before = text[max(0, span.start - _VALUE_REACH) : span.start].rstrip(" \t")
    if after is None or not before.endswith(":"):
        return span  # no field's value
    rest = [fold_key(word) for word in after.group("rest").split()]
    words = list(WORD.finditer(text, span.start, span.end))
    for first in range(len(words)):
        label = " ".join([fold_key(word.group(0)) for word in words[first:]] + rest)
        if label in labels or label.removesuffix("s") in labels:
            if " " not in label and is_surname(label):
                return span  # "Elise Holder:", "Martina Champion:"
            if first == 0:
                return span  # all a label ("LAST NAME:"), which is no name
            return replace(span, end=words[first - 1].end(), canonical=None)
    return span
