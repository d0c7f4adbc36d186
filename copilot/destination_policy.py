"""The destination policy the service's redactor follows.

Redacted text from every job may reach the chat model, and a ticket's text
also reaches the triage index (embeddings); logs never carry text. So the
service's one redactor leaves unmasked only the types that both the model's
destination and embeddings may see (`COPILOT_REDACTION_UNMASKED_*`). The
model is local when no endpoint is configured (the built-in narrator) or
when the endpoint is on a loopback or private address; otherwise remote.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from copilot.settings import Settings
from redaction import Destination, DestinationPolicy, Redactor

__all__ = ["for_settings_destinations", "model_destination"]


def model_destination(settings: Settings) -> Destination:
    """Where prompts go: a local model, or a remote one."""
    if settings.llm_base_url is None:
        return (
            Destination.REMOTE_MODEL
            if settings.llm_api_key is not None
            else Destination.LOCAL_MODEL
        )
    host = urlsplit(settings.llm_base_url).hostname or ""
    if host == "localhost":
        return Destination.LOCAL_MODEL
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return Destination.REMOTE_MODEL
    is_local = address.is_loopback or address.is_private
    return Destination.LOCAL_MODEL if is_local else Destination.REMOTE_MODEL


def for_settings_destinations(settings: Settings, redactor: Redactor) -> Redactor:
    """``redactor`` masking all but what the model and embeddings may both see."""
    policy = DestinationPolicy.from_lists(settings.unmasked_by_destination)
    model = model_destination(settings)
    shared = policy.unmasked.get(model, frozenset()) & policy.unmasked.get(
        Destination.EMBEDDINGS, frozenset()
    )
    if not shared:
        return redactor
    return redactor.for_destination(model, DestinationPolicy({model: shared}))
