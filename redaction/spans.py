"""Entity spans found in a text, and the merge of overlapping ones."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import IntEnum

from redaction.common_words import is_distinctive
from redaction.folding import WORD, fold_key
from redaction.name_gazetteer import census_gazetteer

__all__ = ["EntitySpan", "SpanSource", "combine_spans", "filled_line", "merge_spans"]

_MAX_NAME_WORDS = 3


class SpanSource(IntEnum):
    """Who found a span; a higher value wins a tie between equal spans."""

    ANALYZER = 1
    VAULT = 2
    DENY_LIST = 3


@dataclass(frozen=True)
class EntitySpan:
    """An entity at ``[start, end)`` of a text, in code points.

    ``canonical`` is the known original value the span stands for (a
    deny-list entry or a value the vault already holds), when there is one.
    ``was_person`` marks a name first found as a PERSON and retyped by its
    context: wherever people are masked, it stays masked.
    """

    entity_type: str
    start: int
    end: int
    score: float
    source: SpanSource = SpanSource.ANALYZER
    canonical: str | None = None
    was_person: bool = False

    @property
    def length(self) -> int:
        """Number of code points covered."""
        return self.end - self.start

    def retyped(self, entity_type: str) -> EntitySpan:
        """The span under another type, remembering that it was a PERSON."""
        was_person = self.was_person or self.entity_type == "PERSON"
        return replace(self, entity_type=entity_type, was_person=was_person)

    def shifted(self, offset: int) -> EntitySpan:
        """The same span ``offset`` code points further on (a piece's span)."""
        return replace(self, start=self.start + offset, end=self.end + offset)


def filled_line(text: str, span: EntitySpan) -> tuple[int, int] | None:
    """The line ``span`` fills, if it fills one: only spaces and quote marks
    (">") before it on the line, only spaces after it."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end < 0 else end
    if text[start : span.start].strip(" \t>") or text[span.end : end].strip():
        return None
    return start, end


def _rank(span: EntitySpan) -> tuple[int, int, float]:
    return (span.length, span.source, span.score)


def _resolve(cluster: list[EntitySpan]) -> EntitySpan:
    if len(cluster) == 1:  # the usual case: a span that overlaps no other
        return cluster[0]
    start = min(span.start for span in cluster)
    end = max(span.end for span in cluster)
    winner = max(cluster, key=_rank)
    if (winner.start, winner.end) == (start, end):
        return winner
    # The union is wider than any one span: mask all of it, under the type of
    # the widest span, but it no longer stands for a known canonical value.
    return replace(winner, start=start, end=end, canonical=None)


def merge_spans(spans: Iterable[EntitySpan]) -> list[EntitySpan]:
    """Merge overlapping spans into disjoint ones, sorted by start.

    Overlaps are resolved by masking their union (over-masking rather than
    leaving part of an entity visible). The widest span gives the type; on a
    tie the deny-list beats the vault, which beats the analyzer.
    """
    ordered = sorted(spans, key=lambda span: (span.start, -span.end))
    merged: list[EntitySpan] = []
    cluster: list[EntitySpan] = []
    cluster_end = -1
    for span in ordered:
        if cluster and span.start < cluster_end:
            cluster.append(span)
            cluster_end = max(cluster_end, span.end)
            continue
        if cluster:
            merged.append(_resolve(cluster))
        cluster = [span]
        cluster_end = span.end
    if cluster:
        merged.append(_resolve(cluster))
    return merged


def _clip(
    span: EntitySpan, known: list[EntitySpan], ends: list[int], text: str
) -> list[EntitySpan]:
    """The parts of ``span`` outside the known spans (disjoint, sorted).

    ``ends`` are the known spans' ends, in order (a binary search finds the
    first that may overlap). A span that overlaps no known span is returned
    whole. Otherwise each remaining part is trimmed to its words and dropped
    if they are only punctuation, a possessive "s" or common words ("Dear"
    in "Dear Ilse").
    """
    overlapping: list[EntitySpan] = []
    index = bisect_right(ends, span.start)
    while index < len(known) and known[index].start < span.end:
        overlapping.append(known[index])
        index += 1
    if not overlapping:
        return [span]
    pieces: list[EntitySpan] = []
    start = span.start
    for other in overlapping:
        pieces.extend(_trimmed(span, start, other.start, text))
        start = max(start, other.end)
    pieces.extend(_trimmed(span, start, span.end, text))
    return pieces


def _trimmed(span: EntitySpan, start: int, end: int, text: str) -> list[EntitySpan]:
    words = list(WORD.finditer(text, start, end))
    folded = tuple(fold_key(word.group(0)) for word in words)
    if not words or not (is_distinctive(folded) or _is_census_name(folded)):
        return []
    return [replace(span, start=words[0].start(), end=words[-1].end())]


def _is_census_name(folded: tuple[str, ...]) -> bool:
    """A census first name and surname, words both ("DAWN FISHER" cut off
    the address the model read with it): a name, not "Dear" or "Kind regards"."""
    names = census_gazetteer()
    return (
        2 <= len(folded) <= _MAX_NAME_WORDS
        and folded[0] in names.first_names
        and names.is_surname(folded[-1])
    )


def _select_known(spans: Iterable[EntitySpan], text: str) -> list[EntitySpan]:
    """Disjoint known values, leftmost-longest first, keeping their canonicals.

    A known value overlapping a chosen one ("vandermoortel (ILSE" read as
    the name written surname first) is cut to what lies outside the chosen
    ones, so no word of it is left unmasked.
    """
    ordered = sorted(spans, key=lambda span: (span.start, -span.length, -span.source))
    chosen: list[EntitySpan] = []
    overlapping: list[EntitySpan] = []
    for span in ordered:
        if chosen and span.start < chosen[-1].end:
            overlapping.append(span)
        else:
            chosen.append(span)
    ends = [span.end for span in chosen]
    leftovers = [
        piece for span in overlapping for piece in _clip(span, chosen, ends, text)
    ]
    return [*chosen, *(replace(piece, canonical=None) for piece in leftovers)]


_CUT_AROUND = frozenset({"EMAIL_ADDRESS", "URL"})


def combine_spans(
    known: Iterable[EntitySpan],
    found: Iterable[EntitySpan],
    text: str,
    is_name: Callable[[str], bool],
) -> list[EntitySpan]:
    """Disjoint spans from known values and analyzer findings over ``text``.

    A known value (deny-list, vault) keeps its own placeholder: a name the
    analyzer found around it ("Ilse Vandermoortel (ILSE, Ilse)" taken as one
    person) is cut into the known values and what lies between them, which
    stays masked unless it is only punctuation, a possessive "s" or common
    words. A name the model read over an e-mail address or a URL ("Jan
    Peeters jan@acme.be" as one PERSON) is cut the same way, so the address
    keeps its own type; a number inside a name or an address (often a house
    number read as a phone) stays merged. Other findings (an e-mail address
    containing a known name) are merged whole.
    """
    known_spans = merge_spans(_select_known(known, text))
    found = list(found)
    cutters = merge_spans(
        [*known_spans, *(span for span in found if span.entity_type in _CUT_AROUND)]
    )
    ends = [span.end for span in cutters]
    pieces: list[EntitySpan] = []
    for span in found:
        if is_name(span.entity_type):
            pieces.extend(_clip(span, cutters, ends, text))
        else:
            pieces.append(span)
    return merge_spans([*known_spans, *pieces])
