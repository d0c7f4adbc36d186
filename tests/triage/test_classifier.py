"""Default taxonomy with little history; the firm's own labels with enough."""

from __future__ import annotations

import pytest

from copilot.triage import (
    DefaultModel,
    Evidence,
    TriageClassifier,
    TriagePolicy,
    decide_category,
)
from redaction import Redactor
from retrieval import HashingEmbedder, IndexedTicket, MemoryTicketIndex, Neighbour

# A firm that names its categories its own way, with teams and assignees.
FIRM = {
    "Bug": (
        "Support",
        "7",
        [
            "The timesheet app shows an error when saving",
            "Invoice PDF prints blank since the update",
            "Bank sync stopped, nothing imported",
            "Export job failed again with a timeout",
        ],
    ),
    "Billing & contracts": (
        "Finance",
        "8",
        [
            "Invoice amount higher than the purchase order",
            "Please resend last month's invoice",
            "Payment made but invoice still unpaid",
            "Wrong VAT number on our invoices",
        ],
    ),
    "Logins": (
        "Support",
        "9",
        [
            "Cannot log in, password reset never arrives",
            "Create a portal account for our new accountant",
            "Locked out after too many attempts",
            "Remove access for a colleague who left",
        ],
    ),
}


def firm_index(redactor: Redactor, copies: int) -> MemoryTicketIndex:
    index = MemoryTicketIndex(HashingEmbedder())
    scope = redactor.scope("tests/firm")
    rows = []
    for label, (team, user, texts) in FIRM.items():
        for n in range(copies):
            text = texts[n % len(texts)]
            rows.append(
                IndexedTicket(
                    f"{label}-{n}",
                    scope.redact(f"{text} ({n})"),
                    {"category": label, "team": team, "user": user, "priority": "1"},
                )
            )
    index.add(rows)
    return index


def classify(
    model: DefaultModel, index: MemoryTicketIndex, redactor: Redactor, text: str
) -> object:
    classifier = TriageClassifier(model, index, TriagePolicy(min_history=12))
    return classifier.classify_many([redactor.scope("tests/q").redact(text)])[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I forgot my password and cannot log in to the portal", "access"),
        (
            "Invoice INV/2026/0042 was charged twice, please send a credit note",
            "billing",
        ),
        ("Could you add an approval step for purchases over 5k?", "change_request"),
        ("How do I export the aged receivables report to Excel?", "question"),
    ],
)
def test_without_history_the_default_taxonomy_answers(
    default_model: DefaultModel, redactor: Redactor, text: str, expected: str
) -> None:
    """An empty index gives the default category, and no team or assignee."""
    index = MemoryTicketIndex(HashingEmbedder())
    suggestion = classify(default_model, index, redactor, text)
    assert suggestion.category.value == expected  # type: ignore[attr-defined]
    assert suggestion.category.source == "default"  # type: ignore[attr-defined]
    assert suggestion.team.value is None  # type: ignore[attr-defined]
    assert suggestion.team.is_unsure  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "category", "team", "user"),
    [
        ("Password reset e-mail does not arrive, locked out", "Logins", "Support", "9"),
        (
            "The invoice does not match our purchase order",
            "Billing & contracts",
            "Finance",
            "8",
        ),
        ("Saving hours fails with an error since the update", "Bug", "Support", "7"),
    ],
)
def test_with_history_the_firms_own_labels_are_suggested(
    default_model: DefaultModel,
    redactor: Redactor,
    text: str,
    category: str,
    team: str,
    user: str,
) -> None:
    """Enough closed tickets: the firm's category names, team and person."""
    suggestion = classify(default_model, firm_index(redactor, 12), redactor, text)
    assert suggestion.category.value == category  # type: ignore[attr-defined]
    assert suggestion.team.value == team  # type: ignore[attr-defined]
    assert suggestion.assignee.value == user  # type: ignore[attr-defined]
    assert suggestion.history_size == 36  # type: ignore[attr-defined]


def test_little_history_falls_back_on_the_default_taxonomy(
    default_model: DefaultModel, redactor: Redactor
) -> None:
    """Below the minimum history the default category stands."""
    index = firm_index(redactor, 2)
    text = "Password reset e-mail does not arrive"
    suggestion = classify(default_model, index, redactor, text)
    assert suggestion.category.value == "access"  # type: ignore[attr-defined]


def test_out_of_scope_without_an_other_label_is_unsure(
    default_model: DefaultModel, redactor: Redactor
) -> None:
    """Nothing like it in a history that has no `other`: flagged unsure."""
    index = firm_index(redactor, 12)
    text = "Do you know a good caterer for our summer barbecue?"
    suggestion = classify(default_model, index, redactor, text)
    assert suggestion.category.is_unsure  # type: ignore[attr-defined]


def test_low_confidence_is_flagged_unsure(
    default_model: DefaultModel, redactor: Redactor
) -> None:
    """A threshold above every confidence marks every suggestion unsure."""
    index = MemoryTicketIndex(HashingEmbedder())
    classifier = TriageClassifier(default_model, index, TriagePolicy(unsure_below=1.01))
    text = redactor.scope("tests/u").redact("Cannot log in")
    suggestion = classifier.classify_many([text])[0]
    assert suggestion.category.is_unsure and suggestion.priority.is_unsure


def evidence(learned: dict[str, float], top: float) -> Evidence:
    """The firm model's opinion and one neighbour at similarity `top`."""
    near = (Neighbour("n1", top, {"category": "access"}, None, "x"),)
    scores = {"category": {"question": 1.0}, "priority": {"1": 1.0}}
    return Evidence(
        scores, learned, {"access": 1.0}, near, frozenset({"access", "other"})
    )


STRICT = TriagePolicy(
    history_weight=1.0,
    knn_share=0.0,
    out_of_scope_below=0.4,
    out_of_scope_confidence_below=0.6,
)


@pytest.mark.parametrize(
    ("learned", "top", "expected", "source"),
    [
        ({"access": 0.9, "other": 0.1}, 0.1, "access", "history"),
        ({"access": 0.45, "other": 0.3, "billing": 0.25}, 0.1, "other", "out_of_scope"),
        ({"access": 0.45, "other": 0.3, "billing": 0.25}, 0.8, "access", "history"),
    ],
)
def test_out_of_scope_needs_both_no_close_ticket_and_a_weak_opinion(
    learned: dict[str, float], top: float, expected: str, source: str
) -> None:
    """A confident answer far from history stands; a weak one far away is other."""
    _default, category = decide_category(evidence(learned, top), STRICT)
    assert (category.value, category.source) == (expected, source)


def _grow(index: MemoryTicketIndex, redactor: Redactor, label: str, count: int) -> None:
    scope = redactor.scope("tests/grow")
    index.add(
        [
            IndexedTicket(
                f"{label}-new-{n}",
                scope.redact(f"Our data warehouse feed is late again ({n})"),
                {"category": label, "team": "Data", "user": "10", "priority": "1"},
            )
            for n in range(count)
        ]
    )


@pytest.mark.parametrize("is_background", [True, False])
def test_a_grown_history_is_refitted_without_holding_the_request(
    default_model: DefaultModel, redactor: Redactor, is_background: bool
) -> None:
    """The previous fit answers while a refit on the grown history runs."""
    index = firm_index(redactor, 6)
    policy = TriagePolicy(min_history=12, refit_in_background=is_background)
    classifier = TriageClassifier(default_model, index, policy)
    query = [redactor.scope("tests/q").redact("Our data warehouse feed is late")]
    assert classifier.classify_many(query)[0].history_size == 18
    _grow(index, redactor, "Data feeds", 12)
    answered = classifier.classify_many(query)[0]
    classifier.wait_for_refit(timeout=60)
    refitted = classifier.classify_many(query)[0]
    assert answered.history_size == (18 if is_background else 30)
    assert refitted.history_size == 30
    assert refitted.category.value == "Data feeds"
