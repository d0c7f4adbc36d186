"""Which detected entities are masked, and how sure a detection must be."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from copilot.errors import RedactionError
from redaction.folding import WORD, fold_key
from redaction.package_data import read_string_list
from redaction.spans import EntitySpan, SpanSource

__all__ = [
    "DEFAULT_MIN_SCORE",
    "RedactionPolicy",
    "default_allowed_terms",
    "default_masked_types",
    "folded_allowed_terms",
    "is_identifier",
    "name_types",
]

# Presidio scores its phone matches 0.4 and its weakest US-identifier
# patterns 0.01 to 0.3 (they fire on Odoo references such as "SO0042").
DEFAULT_MIN_SCORE = 0.35
_PERSON = "PERSON"


def default_masked_types() -> frozenset[str]:
    """Every personal or confidential entity type the product masks by default."""
    return frozenset(read_string_list("policy.json", "masked_types"))


def default_allowed_terms() -> frozenset[str]:
    """Acronyms, Odoo words and tools the name recognizer wrongly calls entities."""
    return allowed_tools() | frozenset(read_string_list("policy.json", "allowed_terms"))


@cache
def folded_allowed_terms() -> frozenset[str]:
    """The allowed terms folded (case and accents aside), for word lookups."""
    return frozenset(fold_key(term) for term in default_allowed_terms())


@cache
def allowed_tools() -> frozenset[str]:
    """Software and services consultants name; none is a census name."""
    return frozenset(read_string_list("policy.json", "allowed_tools"))


@cache
def name_types() -> frozenset[str]:
    """Types that name something: people, organisations, places, groups."""
    return frozenset(read_string_list("policy.json", "name_types"))


@cache
def _weak_name_types() -> frozenset[str]:
    return frozenset(read_string_list("policy.json", "weak_name_types"))


_CELL_SEPARATORS = frozenset(";,@|")
# Words that join the tools of a list ("Postgres to Kubernetes and Grafana").
_CONNECTORS = frozenset({"and", "or", "to", "from", "with", "via", "vs"})


def is_identifier(surface: str) -> bool:
    """One word with a digit: an Odoo reference or a product code, no name."""
    # One word with a digit ("SO0042", "INV/2024/0001") is an Odoo
    # reference, not a name; "Room 1" is two words and stays masked, and so
    # does a run of cells the model read as one ("Hoffmann;Jürgen;j.h@x.it;+49").
    return any(char.isdigit() for char in surface) and not any(
        char.isspace() or char in _CELL_SEPARATORS for char in surface
    )


@dataclass(frozen=True)
class RedactionPolicy:
    """What the analyzer's findings must be to be masked.

    Deny-list and vault matches are always masked: they are confidential by
    construction. Analyzer findings are masked when their type is in
    ``masked_types`` and their score reaches ``min_score``, except
    ``allowed_terms`` (compared case- and accent-insensitively) and one-word
    names containing a digit, which are Odoo references. A name found as a
    PERSON and retyped a place or a company by its context ("I work for
    Agnieszka") is masked wherever people are, whatever its type.
    """

    masked_types: frozenset[str] = field(default_factory=default_masked_types)
    min_score: float = DEFAULT_MIN_SCORE
    allowed_terms: frozenset[str] = field(default_factory=default_allowed_terms)

    def __post_init__(self) -> None:
        if not 0.0 <= self.min_score <= 1.0:
            raise RedactionError("min_score must lie between 0 and 1")
        folded = frozenset(fold_key(term) for term in self.allowed_terms)
        object.__setattr__(self, "allowed_terms", folded)

    def is_masked(self, span: EntitySpan, text: str) -> bool:
        """Whether ``span`` of ``text`` must be replaced by a placeholder."""
        if span.source is not SpanSource.ANALYZER:
            return True
        if span.entity_type not in self.masked_types and not (
            span.was_person and _PERSON in self.masked_types
        ):
            return False
        if span.score < self.min_score:
            return False
        surface = text[span.start : span.end]
        if fold_key(surface) in self.allowed_terms:
            return False
        if span.entity_type not in name_types():
            return True
        return not is_identifier(surface) and self._has_name_words(surface)

    def _has_name_words(self, surface: str) -> bool:
        """Whether a name span keeps a word once amounts, references and terms go.

        "EUR 12,436.00", "Milestone M4" and "In Progress" are not names, nor
        is a list of known tools ("Postgres to Kubernetes and Grafana").
        """
        words = WORD.findall(surface)
        named = [
            word
            for word in words
            if not any(char.isdigit() for char in word)
            and fold_key(word) not in self.allowed_terms
        ]
        return bool(named) and (
            len(named) == len(words) or not all(word in _CONNECTORS for word in named)
        )

    def is_remembered(self, span: EntitySpan, text: str) -> bool:
        """Whether a masked value is searched for in later texts and by the guard.

        Known values and names of people always are. A single word the
        analyzer took for a place or an organisation ("English", "JSON") is
        masked where found, but not searched for elsewhere: prompt templates
        would trip the leak guard on it.
        """
        if span.source is not SpanSource.ANALYZER:
            return True
        if span.entity_type not in _weak_name_types():
            return True
        return len(WORD.findall(text[span.start : span.end])) > 1
