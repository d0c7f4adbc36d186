"""The suggestion life cycle: states and the transitions a person or job may make."""

from __future__ import annotations

from enum import StrEnum

from copilot.errors import CallerError

__all__ = ["SuggestionState", "TransitionRefused", "check_transition"]


class SuggestionState(StrEnum):
    PROPOSED = "proposed"  # stored, waiting in the outbox for Odoo
    POSTED = "posted"  # left in Odoo as an activity for a person
    APPROVED = "approved"
    REJECTED = "rejected"
    EXPIRED = "expired"  # superseded by newer advice on the same record
    FAILED = "failed"  # the write-back gave up; in the exception queue


class TransitionRefused(CallerError):
    """A suggestion cannot move from its current state to the one asked for."""


_ALLOWED: dict[SuggestionState, frozenset[SuggestionState]] = {
    SuggestionState.PROPOSED: frozenset(
        {
            SuggestionState.POSTED,
            SuggestionState.FAILED,
            SuggestionState.APPROVED,
            SuggestionState.REJECTED,
            SuggestionState.EXPIRED,
        }
    ),
    SuggestionState.POSTED: frozenset(
        {SuggestionState.APPROVED, SuggestionState.REJECTED, SuggestionState.EXPIRED}
    ),
    # A failed write-back can be queued again, or decided without Odoo.
    SuggestionState.FAILED: frozenset(
        {
            SuggestionState.PROPOSED,
            SuggestionState.REJECTED,
            SuggestionState.EXPIRED,
        }
    ),
    SuggestionState.APPROVED: frozenset(),
    SuggestionState.REJECTED: frozenset(),
    SuggestionState.EXPIRED: frozenset(),
}


def check_transition(current: SuggestionState, target: SuggestionState) -> None:
    """Raise `TransitionRefused` unless `current` may become `target`."""
    if target not in _ALLOWED[current]:
        raise TransitionRefused(
            f"A suggestion that is {current.value} cannot become {target.value}"
            + _HINTS.get(target, "")
            + "."
        )


_HINTS = {
    # `retry` moves a failed write-back back to the outbox.
    SuggestionState.PROPOSED: " (only a failed write-back can be retried)",
    SuggestionState.APPROVED: " (only a proposed or posted suggestion is decided)",
    SuggestionState.REJECTED: " (only a suggestion not yet decided can be rejected)",
}
