"""HTML chatter items: values in links, attributes, and split across tags."""

from __future__ import annotations

import random

from evals.redaction.firm import Firm
from evals.redaction.labelled import LabelledText, locate
from evals.redaction.values import iban, phone_number
from redaction import html_to_text

__all__ = ["html_item"]


def _split_email(rng: random.Random, address: str) -> tuple[str, str]:
    """The address as HTML split across inline tags, and as it reads."""
    local, domain = address.split("@")
    cut = rng.randint(1, len(local) - 1)
    html = rng.choice(
        (
            f"<b>{local[:cut]}</b>{local[cut:]}@{domain}",
            f"{local}<span>@</span>{domain}",
            f"<i>{local}</i>@<i>{domain}</i>",
        )
    )
    return html, address


def html_item(rng: random.Random, firm: Firm, item_id: str) -> LabelledText:
    """An Odoo chatter body, labelled on the text the product derives from it."""
    author, mentioned = rng.sample(firm.known, 2)
    outsider = rng.choice(firm.external)
    split_html, split_text = _split_email(rng, outsider.email)
    phone = phone_number(rng)
    account = iban(rng)
    html = (
        f"<p>🚀 Update from <b>{author.name}</b>: the client confirmed 👍</p>"
        f'<p>Please loop in <a href="mailto:{mentioned.email}">{mentioned.first}</a>'
        f" and write to {split_html} about SO0{rng.randint(100, 999)}.</p>"
        f'<p>Call <a href="tel:{phone}">{phone}</a> — new bank account '
        f"<code>{account}</code> (not the old one).</p>"
        f'<p><img src="/web/image/42" alt="photo of {outsider.name}"/></p>'
    )
    values = [
        ("PERSON", author.name),
        ("PERSON", mentioned.first),
        ("EMAIL_ADDRESS", mentioned.email),
        ("EMAIL_ADDRESS", split_text),
        ("PHONE_NUMBER", phone),
        ("IBAN_CODE", account),
        ("PERSON", outsider.name),
    ]
    return locate(html_to_text(html), values, item_id, "html_chatter")
