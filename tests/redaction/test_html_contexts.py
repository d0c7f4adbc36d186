"""E-mail addresses and numbers are masked in every HTML context Odoo produces."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.mark.parametrize(
    ("html", "secret"),
    [
        pytest.param(
            "<p>write <b>ruairi</b>.tjornvik@korvex.be</p>", "tjornvik", id="split-bold"
        ),
        pytest.param(
            "<p>ruairi<span>@</span>korvex.be</p>", "korvex.be", id="split-at"
        ),
        pytest.param(
            '<a href="mailto:ruairi@korvex.be">Ruairí</a>', "korvex", id="mailto"
        ),
        pytest.param('<a href="tel:+32470123456">call</a>', "470123456", id="tel-link"),
        pytest.param('<img alt="ruairi@korvex.be"/>', "ruairi@", id="alt"),
        pytest.param(
            "<p>🚀 IBAN <code>BE71 0961 2345 6769</code> 👍</p>", "6769", id="emoji"
        ),
    ],
)
def test_values_in_html_are_masked(
    ner_redactor: Redactor, html: str, secret: str
) -> None:
    """No part of the value survives, wherever the HTML put it."""
    redacted = ner_redactor.scope("html").redact_html(html).text
    assert secret not in redacted
