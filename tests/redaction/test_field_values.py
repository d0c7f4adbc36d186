"""The value of a field that holds a person is a person, in any case."""

from __future__ import annotations

import pytest

from redaction import PresidioAnalyzer
from tests.support.people import people_found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("ASSIGNED TO: EMILY ASHWORTH\nREVIEWER: GRANT BOATENG\nDUE: 1",
                     "GRANT BOATENG", id="capitals-word-name"),
        pytest.param("CARD NO: 2221-1906-2790-4798\nHOLDER: GIFT O'CONNOR\nEXP: 08/28",
                     "GIFT O'CONNOR", id="card-holder"),
        pytest.param("Participant: THORNTON Chase, badge 358", "THORNTON Chase",
                     id="surname-first-then-a-comma"),
        pytest.param("Reviewer: Hope Mbeki - please check", "Hope Mbeki",
                     id="value-then-a-dash"),
        pytest.param("Reviewer: Grace Martin", "Grace Martin",
                     id="a-first-name-that-is-a-word"),
        pytest.param("Approved by: Ama Owusu\nReviewed by: Dawn Price",
                     "Dawn Price", id="reviewed-by"),
        pytest.param("Checked by: GRANT LOVELL", "GRANT LOVELL", id="checked-by"),
        pytest.param("- Created by: Will Sterling", "Will Sterling",
                     id="created-by-in-a-list"),
        pytest.param("Last Updated by: Rose Marsh", "Rose Marsh",
                     id="odoo-last-updated-by"),
        pytest.param("Geprüft von: Hope Lange", "Hope Lange", id="german-checked-by"),
        pytest.param("Validé par : HOPE LEFORT", "HOPE LEFORT",
                     id="french-validated-by"),
        pytest.param("Goedgekeurd door: Joy de Wit", "Joy de Wit",
                     id="dutch-approved-by"),
        pytest.param("Assigned: Bill; Reviewer: Frank; Approver: Sunny", "Sunny",
                     id="field-after-a-semicolon"),
        pytest.param("Status: open | Owner: Hope | Priority: high", "Hope",
                     id="field-after-a-bar"),
    ],
)  # fmt: skip
def test_field_values_are_people(
    ner_analyzer: PresidioAnalyzer, text: str, name: str
) -> None:
    assert any(name in value for value in people_found(ner_analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Owner: Finance Team", id="a-team"),
        pytest.param("Reviewer: TBD", id="shorthand"),
        pytest.param("Contact: Customer Service", id="a-label"),
        pytest.param("Owner: Project Manager", id="dictionary-words"),
        pytest.param("Reviewed by: Finance Team", id="reviewed-by-a-team"),
        pytest.param(
            "Qty: 4; Owner: Finance Team; Due: Friday", id="a-team-after-a-semicolon"
        ),
    ],
)
def test_other_field_values_stay(ner_analyzer: PresidioAnalyzer, text: str) -> None:
    assert people_found(ner_analyzer, text) == []
