"""Odoo HTML becomes readable text with its data-carrying attributes shown."""

from __future__ import annotations

import pytest

from redaction import html_to_text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        pytest.param("<p>One</p><p>Two</p>", "One\nTwo", id="paragraphs"),
        pytest.param("Line<br>break<br/>again", "Line\nbreak\nagain", id="br"),
        pytest.param(
            "Caf&eacute; &amp; co&nbsp;here &#64; 9",
            "Café & co here @ 9",
            id="entities",
        ),
        pytest.param(
            "<script>var who = 'Ilse';</script><style>p {color: red}</style>Text",
            "Text",
            id="script-and-style-dropped",
        ),
        pytest.param("<!-- Ilse -->Hi", "Hi", id="comment-dropped"),
        pytest.param("<ul><li>A</li><li>B</li></ul>", "- A\n- B", id="list"),
        pytest.param(
            "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>",
            "a\tb\nc",
            id="table",
        ),
        pytest.param(
            "<p>Hello   <b>big</b>\n   world</p>", "Hello big world", id="whitespace"
        ),
        pytest.param(
            '<a href="mailto:ilse@brightlane.example?subject=Quote">write</a>',
            "write (ilse@brightlane.example)",
            id="mailto-shown",
        ),
        pytest.param(
            '<a href="mailto:ilse%40brightlane.example">write</a>',
            "write (ilse@brightlane.example)",
            id="mailto-percent-encoded",
        ),
        pytest.param(
            '<a href="mailto:ilse@brightlane.example">ilse@brightlane.example</a>',
            "ilse@brightlane.example",
            id="mailto-equal-to-text-not-repeated",
        ),
        pytest.param(
            '<a href="tel:+32470123456">call</a>', "call (+32470123456)", id="tel"
        ),
        pytest.param(
            '<a href="https://portal.example/my/orders/7?access_token=abc">order</a>',
            "order (https://portal.example/my/orders/7)",
            id="query-token-dropped",
        ),
        pytest.param(
            '<img alt="Ilse at the desk" src="data:image/png;base64,AAAA">',
            "(Ilse at the desk)",
            id="alt-shown-data-uri-not",
        ),
        pytest.param(
            '<span data-oe-model="res.partner" data-oe-id="7">@Ilse</span>',
            "@Ilse",
            id="odoo-technical-attributes-hidden",
        ),
        pytest.param(
            '<span data-contact="jan@korvex.example">Jan</span>',
            "Jan (jan@korvex.example)",
            id="data-attribute-shown",
        ),
        pytest.param('<a href="#top">up</a>', "up", id="fragment-link-hidden"),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    """Blocks break lines, entities decode, hidden data is shown or dropped."""
    assert html_to_text(html) == text


def test_plain_text_passes_through() -> None:
    """Text without markup is returned as it was, whitespace tidied."""
    assert html_to_text("Ilse called 😀 twice") == "Ilse called 😀 twice"
