"""The suggestion state machine allows only the documented transitions."""

from __future__ import annotations

import pytest

from copilot.store import SuggestionState, TransitionRefused, check_transition

S = SuggestionState

ALLOWED = [
    (S.PROPOSED, S.POSTED),
    (S.PROPOSED, S.FAILED),
    (S.PROPOSED, S.APPROVED),
    (S.PROPOSED, S.REJECTED),
    (S.PROPOSED, S.EXPIRED),
    (S.POSTED, S.APPROVED),
    (S.POSTED, S.REJECTED),
    (S.POSTED, S.EXPIRED),
    (S.FAILED, S.PROPOSED),
    (S.FAILED, S.REJECTED),
    (S.FAILED, S.EXPIRED),
]


@pytest.mark.parametrize(("current", "target"), ALLOWED)
def test_allowed_transition_passes(current: S, target: S) -> None:
    """Each documented move is accepted."""
    check_transition(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [(c, t) for c in S for t in S if (c, t) not in ALLOWED],
)
def test_other_transition_is_refused_with_both_states_named(
    current: S, target: S
) -> None:
    """Every other move (terminal states included) raises a caller error."""
    with pytest.raises(TransitionRefused) as info:
        check_transition(current, target)
    assert current.value in str(info.value)
    assert target.value in str(info.value)


def test_a_refused_retry_says_what_can_be_retried() -> None:
    """Retrying a posted suggestion names what retry is for."""
    with pytest.raises(TransitionRefused, match="only a failed write-back"):
        check_transition(S.POSTED, S.PROPOSED)
