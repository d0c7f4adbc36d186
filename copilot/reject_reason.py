"""Reject reasons are free text typed by a reviewer: masked before they are kept.

A reason may name the client, quote an e-mail or a phone number; the store,
the inbox and the audit export only ever see it with placeholders.
"""

from __future__ import annotations

from copilot.settings import Settings
from redaction import Redactor

__all__ = ["MAX_REASON_CHARS", "build_reason_redactor", "mask_reason"]

# The store's column, and what the API and the CLI accept; masking can make
# a reason longer, and a placeholder cut at the end still hides its value.
MAX_REASON_CHARS = 500


def build_reason_redactor(settings: Settings) -> Redactor:
    """Patterns, NER and, when Odoo is configured, its people on the deny-list.

    With Odoo configured but unreachable this raises Odoo's error: a reason
    is refused rather than kept with names the deny-list would have caught.
    """
    from copilot.shared_odoo import SharedOdoo, redactor_for

    if settings.odoo_url:
        return SharedOdoo(settings).redactor()
    return redactor_for(settings, ())


def mask_reason(redactor: Redactor, suggestion_id: int, reason: str) -> str:
    """`reason` with names, e-mails, phones and the like as placeholders.

    Never returns the original text of a masked value; fails closed with
    `RedactionError`.
    """
    masked = redactor.scope(f"reject-reason/{suggestion_id}").redact(reason).text
    return masked[:MAX_REASON_CHARS]
