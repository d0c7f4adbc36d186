"""Handles and logins that spell a person are people; teams and Odoo names are not."""

from __future__ import annotations

import pytest

from redaction import PresidioAnalyzer
from tests.support.people import people_found

# Every handle below is invented for these tests.


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        pytest.param("Approved after changes. @zorvetta.ekdahl", "zorvetta.ekdahl",
                     id="mention"),
        pytest.param("<@m_quelbrink> welcome! docs are pinned.", "m_quelbrink",
                     id="slack-mention-with-an-initial"),
        pytest.param("Quality check failed [s_quelbrink] - lot SO6524", "s_quelbrink",
                     id="bracketed-tag"),
        pytest.param("Login successful for login:zquelbrink from 10.0.0.1",
                     "zquelbrink", id="login-field"),
        pytest.param("[12:00] zorvetta.ekdahl: customer read me the card",
                     "zorvetta.ekdahl", id="stamped-speaker"),
        pytest.param("thanks @quelbrink42 for it", "quelbrink42", id="digits"),
        pytest.param("@zorvetta.kovalenko please review", "zorvetta.kovalenko",
                     id="surname-ending"),
        pytest.param("[10:01] zorvetta.k: did anyone check?", "zorvetta.k",
                     id="stamped-speaker-with-a-trailing-initial"),
        pytest.param("@zorvetta.k please check", "zorvetta.k",
                     id="mention-with-a-trailing-initial"),
        pytest.param("Hoi @maja, kun jij de klant terugbellen?", "maja",
                     id="mention-of-a-rare-word-on-a-foreign-line"),
        pytest.param("Present: @bo.quelbrink, @nikolas", "bo.quelbrink",
                     id="mention-with-a-short-given-name"),
        pytest.param("ping @tao about the import", "tao",
                     id="mention-of-a-one-sense-word"),
        pytest.param("Skype: live:zorvetta.ekdahl", "zorvetta.ekdahl",
                     id="skype-id"),
        pytest.param("github: zquelbrink", "zquelbrink", id="messenger-field"),
        pytest.param("Username: Megan85, real name pending", "Megan",
                     id="first-name-and-digits"),
        pytest.param("her login is Zorvetta2003", "Zorvetta", id="login-is"),
        pytest.param("his handle is Megan91", "Megan", id="handle-is"),
    ],
)  # fmt: skip
def test_handles_that_spell_a_person(
    ner_analyzer: PresidioAnalyzer, text: str, handle: str
) -> None:
    assert any(handle in found for found in people_found(ner_analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("@here the build is green, @frontend please check",
                     id="channel-and-team"),
        pytest.param("@sales_team and @odoobot", id="team-and-bot"),
        pytest.param("see [res.partner], [ir.cron] and [account_accountant]",
                     id="odoo-technical-names"),
        pytest.param("mail zorvetta.ekdahl@example.com now", id="inside-an-e-mail"),
        pytest.param("login: admin", id="admin-login"),
        pytest.param("the login page is blocked", id="login-page"),
        pytest.param("Customer says login fails", id="login-fails"),
        pytest.param("go live: friday after the backup", id="go-live-date"),
        pytest.param("ping @a.b and [x.y] now", id="initials-only"),
        pytest.param("cc @devops, @finance and @design_review", id="everyday-words"),
    ],
)  # fmt: skip
def test_handles_that_are_no_person(ner_analyzer: PresidioAnalyzer, text: str) -> None:
    assert people_found(ner_analyzer, text) == []
