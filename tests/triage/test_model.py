"""Triage results as JSON: ids keep their type, Odoo ids are integers."""

from __future__ import annotations

import json
from typing import Any

import pytest

from copilot.triage import (
    RequestId,
    Scored,
    SimilarTicket,
    TriageResult,
    TriageSuggestion,
)


def result(request_id: RequestId | None, assignee: str | None) -> TriageResult:
    """A result whose only ids are the request's, the assignee's and one
    similar ticket's."""
    plain = Scored("x", 0.9, False)
    suggestion = TriageSuggestion(
        category=plain,
        default_category=plain,
        priority=plain,
        sentiment=plain,
        language=plain,
        team=plain,
        assignee=Scored(assignee, 0.9, False, "history"),
        similar=(SimilarTicket("43", 0.5, True, None, "", None),),
    )
    return TriageResult(request_id, suggestion, None, None, "c0ffee")


def as_json(triaged: TriageResult) -> Any:
    """The result as a script reads it from `--json`."""
    return json.loads(json.dumps(triaged.as_dict()))


@pytest.mark.parametrize(
    ("request_id", "shown"),
    [(66, 66), ("a-1", "a-1"), ("3", "3"), (3.5, 3.5), (None, None)],
)
def test_the_request_id_is_shown_as_given(
    request_id: RequestId | None, shown: object
) -> None:
    """A ticket's integer id stays an integer; a caller's string stays a string."""
    assert as_json(result(request_id, None))["id"] == shown


@pytest.mark.parametrize(("assignee", "shown"), [("10", 10), (None, None)])
def test_odoo_ids_are_integers(assignee: str | None, shown: int | None) -> None:
    """The assignee (an Odoo user) and similar tickets carry integer ids."""
    payload = as_json(result(66, assignee))
    assert payload["assignee_id"] == payload["details"]["assignee"]["value"] == shown
    [similar] = payload["similar"]
    assert (similar["ticket_id"], similar["id"]) == (43, 43)
